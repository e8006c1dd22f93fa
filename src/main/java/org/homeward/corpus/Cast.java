package org.homeward.corpus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Who and what one article is about, drawn once so that its sentences agree: the countries people return to
 * ({@code home}) and from ({@code origin}), places, speakers, the outlet, the date and the headline number.
 */
record Cast(Topic topic, Country home, Country origin, String homeCity, String originCity, String site,
        String officialTitle, Person official, Organisation organisation, Person worker, String workerRole,
        Publisher publisher, String agency, LocalDate published, long count) {

    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    /** Where people go back to, where they come from, and where they wait (the country of the site). */
    private record Route(Country home, Country origin, Country waiting) {}

    /** The cast of an article on the topic. */
    static Cast draw(Topic topic, Vocabulary vocabulary, Dice dice) {
        Route route = route(topic, vocabulary, dice);
        Country home = route.home();
        Country waiting = route.waiting();
        String site = dice.pick(waiting.sites().isEmpty() ? waiting.cities() : waiting.sites());
        String title = (dice.chance(0.3) ? home.adjective() + " " : "") + dice.pick(vocabulary.officials());
        Organisation organisation = dice.pick(vocabulary.organisations());
        Publisher publisher = dice.pick(vocabulary.publishers());
        String agency = publisher.tag().isEmpty() ? dice.pick(vocabulary.agencies()).name() : publisher.name();
        LocalDate published = FIRST_DAY.plusDays(dice.between(0, (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY)));
        return new Cast(topic, home, route.origin(), dice.pick(home.cities()), dice.pick(route.origin().cities()), site,
                title, vocabulary.names(home.region()).person(dice), organisation,
                vocabulary.names(waiting.region()).person(dice), dice.pick(organisation.roles()), publisher, agency,
                published, topic.count(dice));
    }

    /**
     * Citizens come home from conflicts; refugees from the countries that host them; displaced people wait
     * within their own country, which is also where the news of fighting happens; other news names any two.
     */
    private static Route route(Topic topic, Vocabulary vocabulary, Dice dice) {
        List<Country> conflicts = vocabulary.countries("conflict");
        return switch (topic) {
            case REPATRIATION, EVACUATION -> {
                Country home = dice.pick(vocabulary.countries("home"));
                Country origin = other(conflicts, home, dice);
                yield new Route(home, origin, origin);
            }
            case REFUGEE_RETURN -> {
                Country home = dice.pick(conflicts.stream().filter(c -> !c.hosts().isEmpty()).toList());
                Country host = vocabulary.country(dice.pick(home.hosts()));
                yield new Route(home, host, host);
            }
            case DISPLACED_RETURN, CONFLICT -> {
                Country home = dice.pick(conflicts);
                yield new Route(home, other(vocabulary.countries(), home, dice), home);
            }
            default -> {
                Country home = dice.pick(vocabulary.countries());
                yield new Route(home, other(vocabulary.countries(), home, dice), home);
            }
        };
    }

    private static Country other(List<Country> countries, Country not, Dice dice) {
        return dice.pick(countries.stream().filter(c -> !c.equals(not)).toList());
    }

    /** The value of a slot the cast fills, or nothing if it fills no such slot. */
    Optional<String> slot(String slot) {
        return Optional.ofNullable(switch (slot) {
            case "home" -> home.name();
            case "homeAdj" -> home.adjective();
            case "homePeople" -> home.people();
            case "homeCity" -> homeCity;
            case "origin" -> origin.name();
            case "originAdj" -> origin.adjective();
            case "originCity" -> originCity;
            case "site" -> site;
            case "official" -> officialTitle + " " + official.name();
            case "officialSurname" -> official.last();
            case "org" -> organisation.name();
            case "orgShort" -> organisation.shortName();
            case "worker" -> worker.name() + ", " + workerRole + " " + organisation.shortName();
            case "workerOfOrganisation" -> worker.name() + " of " + organisation.shortName();
            case "workerSurname" -> worker.last();
            case "agency" -> agency;
            default -> null;
        });
    }
}
