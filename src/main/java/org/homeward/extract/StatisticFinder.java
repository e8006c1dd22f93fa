package org.homeward.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.model.Attribution;
import org.homeward.model.Entity;
import org.homeward.model.EntityType;
import org.homeward.model.Period;
import org.homeward.model.Population;
import org.homeward.model.Provenance;
import org.homeward.model.ReturnStatistic;
import org.homeward.model.Span;
import org.homeward.model.StatisticKind;

/**
 * Finds return statistics: a number of people in a return event or status, with the route, period and
 * speaker the sentence gives. The route comes from "from"/"to" phrases, from the people's nationality when
 * they go "home", and from the subject of an active return verb ("Ruritania repatriated 40 citizens":
 * destination Ruritania). A breakdown ("including 4 men") is linked to its total.
 */
final class StatisticFinder {

    private static final Set<StatisticKind> HOMEWARD = Set.of(
            StatisticKind.RETURNED, StatisticKind.REPATRIATED, StatisticKind.EXPECTED_TO_RETURN,
            StatisticKind.AWAITING_RETURN, StatisticKind.IDENTIFIED_FOR_RETURN);
    private static final Set<StatisticKind> STATUSES = Set.of(
            StatisticKind.EXPECTED_TO_RETURN, StatisticKind.AWAITING_RETURN, StatisticKind.IDENTIFIED_FOR_RETURN);
    private static final Set<String> BREAKDOWN_CUES = Set.of("including", "among", "of");

    private final PopulationReader populations;
    private final EventReader events;
    private final EntityTable table;
    private final String text;

    StatisticFinder(Lexicons lexicons, EntityTable table, String text) {
        this.populations = new PopulationReader(lexicons);
        this.events = new EventReader(lexicons);
        this.table = table;
        this.text = text;
    }

    /** The return statistics of one sentence. */
    List<ReturnStatistic> find(SentenceFacts facts) {
        List<ReturnStatistic> found = new ArrayList<>();
        ReturnEvent previous = null;
        for (int k = 0; k < facts.quantities().size(); k++) {
            Quantity q = facts.quantities().get(k);
            Optional<PopulationPhrase> people = populations.at(facts.tokens(), q.to(), facts.entities());
            if (people.isEmpty()) {
                continue;
            }
            Optional<ReturnEvent> event = coordinated(facts.tokens(), q, previous)
                    .or(() -> events.read(facts.tokens(), q, people.get()));
            if (event.isPresent()) {
                int windowEnd = k + 1 < facts.quantities().size() ? facts.quantities().get(k + 1).from() : facts.tokens().size();
                ReturnStatistic total = isBreakdown(facts.tokens(), q) && !found.isEmpty() ? found.get(0) : null;
                found.add(statistic(facts, q, people.get(), event.get(), windowEnd, total));
                previous = event.get();
            }
        }
        return found;
    }

    /** "identified 123 children ..., and 699 children ...": a coordinated number shares the verb before the first. */
    private static Optional<ReturnEvent> coordinated(List<Token> t, Quantity q, ReturnEvent previous) {
        boolean joined = q.from() > 0 && (t.get(q.from() - 1).is("and") || t.get(q.from() - 1).is(","));
        if (previous == null || !previous.active() || !joined) {
            return Optional.empty();
        }
        return Optional.of(new ReturnEvent(previous.kind(), previous.verb(), true, "stat.coordinated"));
    }

    private static boolean isBreakdown(List<Token> t, Quantity q) {
        return q.from() > 0 && BREAKDOWN_CUES.contains(t.get(q.from() - 1).lower())
                && !(t.get(q.from() - 1).is("of") && (q.from() < 2 || !t.get(q.from() - 2).is("out")));
    }

    private ReturnStatistic statistic(SentenceFacts facts, Quantity q, PopulationPhrase people, ReturnEvent event,
            int windowEnd, ReturnStatistic total) {
        List<Token> t = facts.tokens();
        int routeFrom = Math.min(people.end(), event.verb());
        int routeTo = Math.max(windowEnd, Math.min(t.size(), event.verb() + 1));
        String subject = event.active() ? subjectCountry(facts, event.verb()) : null;
        String nationality = people.nationality() != null ? people.nationality()
                : people.population() == Population.CITIZENS ? subject : null;
        Population population = RouteReader.fromAbroad(t, routeFrom, routeTo)
                && (people.population() == Population.PEOPLE || people.population() == Population.CITIZENS)
                ? Population.REFUGEES : people.population();
        List<String> origins = origins(facts, people, event, routeFrom, routeTo, nationality, population);
        List<String> destinations = destinations(facts, event, routeFrom, routeTo, nationality, subject);
        Attribution speaker = facts.speaker();
        int numberStart = t.get(q.numberFrom()).start();
        if (total != null) {
            return new ReturnStatistic("statistic-" + numberStart, q.value(), q.qualifier(), population, total.kind(),
                    nationality, total.origins(), total.destinations(), total.period(), total.statedBy(),
                    total.attribution(), total.id(), sentenceSpan(facts), new Provenance("stat.breakdown", 0.8));
        }
        return new ReturnStatistic("statistic-" + numberStart, q.value(), q.qualifier(), population, event.kind(),
                nationality, origins, destinations, period(facts, numberStart), speaker == null ? null : speaker.speaker(),
                speaker == null ? null : speaker.id(), null, sentenceSpan(facts),
                new Provenance(event.rule(), confidence(event)));
    }

    private List<String> origins(SentenceFacts facts, PopulationPhrase people, ReturnEvent event, int from, int to,
            String nationality, Population population) {
        List<String> origins = RouteReader.origins(facts.tokens(), from, to, facts.entities());
        if (origins.isEmpty() && STATUSES.contains(event.kind())) {
            origins = RouteReader.presentLocation(facts.tokens(), people.end(), facts.entities());
        }
        if (origins.isEmpty() && population == Population.INTERNALLY_DISPLACED_PERSONS && nationality != null) {
            origins = List.of(nationality);
        }
        return withCountries(origins);
    }

    private List<String> destinations(SentenceFacts facts, ReturnEvent event, int from, int to, String nationality,
            String subject) {
        List<String> explicit = RouteReader.destinations(facts.tokens(), from, to, facts.entities());
        if (!explicit.isEmpty()) {
            return withCountries(explicit);
        }
        if (nationality != null && RouteReader.home(facts.tokens(), from, to)) {
            return List.of(nationality);
        }
        if (subject != null && event.kind() != StatisticKind.EVACUATED) {
            return List.of(subject);
        }
        return nationality != null && HOMEWARD.contains(event.kind()) ? List.of(nationality) : List.of();
    }

    /** The country acting as subject of an active verb: named, or behind the organisation that acts. */
    private String subjectCountry(SentenceFacts facts, int verb) {
        List<Token> t = facts.tokens();
        for (int j = verb - 1; j >= 0 && !t.get(j).is(";") && !t.get(j).is("\"") && !t.get(j).is("“"); j--) {
            for (EntityMatch m : facts.entities()) {
                if (m.to() - 1 != j) {
                    continue;
                }
                if (m.type() == EntityType.COUNTRY && m.countryForm() == Lexicons.CountryForm.NAME) {
                    return m.key();
                }
                if (m.type() == EntityType.ORGANISATION) {
                    EntityMatch country = PopulationReader.countryAt(facts.entities(), m.from());
                    return country == null ? null : country.key();
                }
                if (m.type() == EntityType.PERSON) {
                    return table.get(m.key()).map(Entity::countryOfOffice).orElse(null);
                }
            }
        }
        return null;
    }

    List<String> withCountries(List<String> keys) {
        Set<String> all = new LinkedHashSet<>(keys);
        for (String key : keys) {
            table.get(key).filter(e -> e.type() == EntityType.PLACE).ifPresent(p -> all.add(table.country(p.country())));
        }
        return new ArrayList<>(all);
    }

    /** The time expression nearest the number, resolved. */
    static Period period(SentenceFacts facts, int offset) {
        TimeResolver.TimeExpression nearest = null;
        for (TimeResolver.TimeExpression e : facts.times()) {
            if (nearest == null || distance(e, offset) < distance(nearest, offset)) {
                nearest = e;
            }
        }
        return nearest == null ? Period.UNKNOWN : nearest.period();
    }

    private static int distance(TimeResolver.TimeExpression e, int offset) {
        return Math.min(Math.abs(e.start() - offset), Math.abs(e.end() - offset));
    }

    private Span sentenceSpan(SentenceFacts facts) {
        return Span.of(text, facts.sentence().start(), facts.sentence().end());
    }

    private static double confidence(ReturnEvent event) {
        switch (event.kind()) {
            case EXPECTED_TO_RETURN:
            case AWAITING_RETURN:
            case IDENTIFIED_FOR_RETURN:
                return 0.75;
            default:
                return event.active() ? 0.85 : 0.9;
        }
    }
}
