package org.homeward.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.homeward.model.EntityType;
import org.homeward.model.Flight;
import org.homeward.model.Period;
import org.homeward.model.Provenance;
import org.homeward.model.ReturnStatistic;
import org.homeward.model.Span;
import org.homeward.model.StatisticKind;

/**
 * Finds repatriation flights: reports that count flights ("six flights since March 2021: five from
 * Libya and two from Niger"), and single flights described by their aircraft and route ("led through the
 * capital's airport to a state plane to take them to the capital"), whose passengers are the people a
 * return statistic of the same document counts.
 */
final class FlightFinder {

    /** The rule of a flight whose sentence states how many it carried. */
    static final String STATED_PASSENGERS = "flight.stated-passengers";
    private static final Set<StatisticKind> PROSPECTIVE = Set.of(
            StatisticKind.EXPECTED_TO_RETURN, StatisticKind.AWAITING_RETURN, StatisticKind.IDENTIFIED_FOR_RETURN);
    private static final Set<String> DEPARTURE_CUES = Set.of("from", "through", "via", "left");
    private static final Set<String> ARRIVAL_CUES = Set.of("to", "at", "in", "into", "for", "outside", "near");
    private static final Set<String> FLIGHT_MODIFIERS = Set.of(
            "repatriation", "evacuation", "charter", "special", "humanitarian", "military", "return", "chartered",
            "government", "commercial", "separate", "additional", "extra", "more", "further", "rescue", "relief",
            "deportation", "removal", "emergency", "direct", "scheduled");
    /** How many words may stand between a count and its flight noun ("nine IOM-chartered flights"). */
    private static final int FLIGHT_NOUN_REACH = 4;

    /** How many words may stand between a carrier's name and its aircraft noun ("Ethiopian Airlines Boeing 787"). */
    private static final int CARRIER_REACH = 3;

    private final PopulationReader populations;
    private final Periods periods;
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "this", "that", "his", "her");
    /** How many tokens an aircraft type may have ("McDonnell Douglas MD - 83"). */
    private static final int AIRCRAFT_TYPE_WORDS = 5;
    private static final int NOUN_PHRASE = 6;
    private final Set<String> carrierHeads;
    private final Set<String> aircraftMakers;
    private final Set<String> aircraftNouns;
    private final Set<String> flightNouns;
    private final Routes routes;
    private final RouteReader routeReader;
    private final StatedPassengers statedPassengers;
    private final String text;

    FlightFinder(Lexicons lexicons, Routes routes, String text) {
        this.populations = new PopulationReader(lexicons);
        this.periods = new Periods(lexicons);
        this.carrierHeads = lexicons.carrierHeads;
        this.aircraftMakers = lexicons.aircraftMakers;
        this.aircraftNouns = lexicons.aircraftNouns;
        this.flightNouns = lexicons.flightNouns;
        this.routes = routes;
        this.routeReader = new RouteReader(lexicons);
        this.statedPassengers = new StatedPassengers(lexicons);
        this.text = text;
    }

    /** Reports in the sentence that count several flights, with their breakdowns. */
    List<Flight> aggregated(SentenceFacts facts) {
        List<Token> t = facts.tokens();
        List<Flight> found = new ArrayList<>();
        for (Quantity q : facts.quantities()) {
            int noun = flightNounAfter(t, q.to());
            if (noun < 0) {
                continue;
            }
            PopulationPhrase people = peopleAfter(facts, noun + 1);
            String nationality = people == null ? null : people.nationality();
            List<String> destinations = RouteReader.destinations(t, noun + 1, t.size(), facts.entities());
            if (destinations.isEmpty() && nationality != null && routeReader.home(t, noun + 1, t.size())) {
                destinations = List.of(nationality);
            }
            String id = "flight-" + t.get(q.numberFrom()).start();
            BigDecimal carried = statedPassengers.onFlights(facts, q, noun).orElse(null);
            Flight total = new Flight(id, routeReader.origins(t, noun + 1, t.size(), facts.entities()), destinations,
                    null, null, periods.nearest(facts, t.get(q.numberFrom()).start()), carried, q.value(),
                    people == null ? null : people.population(), nationality, organiser(facts, q.from()), carrier(facts, noun),
                    null, speaker(facts), attribution(facts), null, span(facts), new Provenance("flight.counted", 0.85));
            List<Flight> parts = breakdown(facts, noun + 1, total);
            Set<String> origins = new LinkedHashSet<>(total.origins());
            parts.forEach(p -> origins.addAll(p.origins()));
            found.add(new Flight(id, new ArrayList<>(origins), destinations, null, null, total.period(), carried, q.value(),
                    total.population(), nationality, total.organisedBy(), total.carrier(), null, total.statedBy(), total.attribution(), null,
                    total.evidence(), total.provenance()));
            found.addAll(parts);
        }
        return found;
    }

    /**
     * A single flight: an aircraft in a sentence whose passengers a statistic counts — in the same sentence
     * ("162 migrants returned home aboard a chartered flight from Misrata to Lagos"), or before it when the
     * sentence refers back to them ("flying them to Pristina", "The evacuation flight left Tripoli") — or whose
     * sentence states how many it carried ("the charter carried 54"). A number the sentence states wins over a
     * group told before, and over a figure of the sentence larger than any plane carries.
     */
    Optional<Flight> single(SentenceFacts facts, List<ReturnStatistic> inSentence,
            java.util.function.Function<String, ReturnStatistic> earlier) {
        int aircraft = aircraftNoun(facts.tokens());
        List<ReturnStatistic> done = inSentence.stream()
                .filter(s -> s.partOf() == null && !PROSPECTIVE.contains(s.kind())
                        && !StatisticFinder.RUNNING_TOTAL.equals(s.provenance().rule())).toList();
        Optional<Flight> counted = aircraft < 0 ? Optional.empty() : counted(facts, aircraft, inSentence, done, earlier);
        boolean trusted = counted.isPresent() && !done.isEmpty()
                && counted.get().passengerCount().compareTo(StatedPassengers.MOST_ON_BOARD) <= 0;
        if (trusted) {
            return counted;
        }
        Optional<Quantity> stated = statedPassengers.find(facts, anchors(facts));
        // more than a plane holds is a running total ("With today's flight, 18,204 citizens have returned")
        return stated.isPresent() ? Optional.of(statedFlight(facts, aircraft, stated.get(), inSentence))
                : counted.filter(f -> f.passengerCount().compareTo(StatedPassengers.MOST_ON_BOARD) <= 0);
    }

    /** The flight of the aircraft noun whose passengers a statistic of the sentence, or one told before, counts. */
    private Optional<Flight> counted(SentenceFacts facts, int aircraft, List<ReturnStatistic> inSentence,
            List<ReturnStatistic> done, java.util.function.Function<String, ReturnStatistic> earlier) {
        List<Token> t = facts.tokens();
        boolean refersBack = Composition.refersToGroup(t, t.size()) || definite(t, aircraft);
        ReturnStatistic stat = !done.isEmpty() ? done.get(0)
                : refersBack ? groupTold(inSentence, earlier.apply(groupNationality(facts)), indefinite(t, aircraft))
                : null;
        String departure = departure(facts);
        String arrival = arrival(facts, aircraft);
        if (stat == null || inSentence.isEmpty() && departure == null && arrival == null) {
            return Optional.empty();
        }
        List<String> origins = departure == null ? countriesOf(stat.origins()) : countryOf(departure);
        List<String> destinations = arrival == null ? countriesOf(stat.destinations()) : countryOf(arrival);
        String organiser = nationalityBefore(facts, aircraft).orElse(stat.destinations().isEmpty() ? null
                : stat.destinations().get(0));
        Period period = stat.period().isUnknown() ? periods.nearest(facts, t.get(aircraft).start()) : stat.period();
        return Optional.of(new Flight("flight-" + t.get(aircraft).start(), origins, destinations, departure, arrival,
                period, passengers(facts, stat, done), null, stat.population(), stat.nationality(), organiser, carrier(facts, aircraft), aircraftType(facts), speaker(facts),
                attribution(facts), null, span(facts), new Provenance("flight.single-aircraft", 0.7)));
    }

    /**
     * A flight whose sentence says how many it carried ("the charter carried 54", "151 Xlanders flew home"): that
     * many, with the groups joined to them by "and", whether or not a statistic counts them as returning.
     */
    private Flight statedFlight(SentenceFacts facts, int aircraft, Quantity q, List<ReturnStatistic> inSentence) {
        List<Token> t = facts.tokens();
        int at = aircraft >= 0 ? aircraft : q.numberFrom();
        ReturnStatistic stat = inSentence.stream().filter(s -> s.id().equals(StatisticFinder.id(facts, q)))
                .findFirst().orElse(null);
        String departure = departure(facts);
        String arrival = arrival(facts, at);
        List<String> origins = departure != null ? countryOf(departure) : stat == null ? List.of() : countriesOf(stat.origins());
        List<String> destinations = arrival != null ? countryOf(arrival)
                : stat == null ? List.of() : countriesOf(stat.destinations());
        String organiser = nationalityBefore(facts, at).orElse(stat == null || stat.destinations().isEmpty() ? null
                : stat.destinations().get(0));
        Period period = stat == null || stat.period().isUnknown() ? periods.nearest(facts, t.get(at).start())
                : stat.period();
        String carrier = aircraft >= 0 && carrier(facts, aircraft) != null ? carrier(facts, aircraft)
                : carrier(facts, q.from());
        return new Flight("flight-" + t.get(at).start(), origins, destinations, departure, arrival, period,
                statedPassengers.total(facts, q), null,
                stat == null ? null : stat.population(), stat == null ? null : stat.nationality(), organiser, carrier,
                aircraftType(facts), speaker(facts), attribution(facts), null, span(facts),
                new Provenance(STATED_PASSENGERS, 0.7));
    }

    /** The tokens that can be the subject of a verb that carried people: aircraft nouns, makers, types, carriers. */
    private List<Integer> anchors(SentenceFacts facts) {
        List<Token> t = facts.tokens();
        List<Integer> anchors = new ArrayList<>();
        for (int j = 0; j < t.size(); j++) {
            String w = t.get(j).lower();
            if (aircraftNouns.contains(w) || aircraftMakers.contains(w) || isDesignation(t, j, t.size())) {
                anchors.add(j);
            }
        }
        for (EntityMatch m : facts.entities()) {
            if (m.type() == EntityType.ORGANISATION && carrierHeads.contains(t.get(m.to() - 1).lower())) {
                anchors.add(m.to() - 1);
            }
        }
        return anchors;
    }

    /**
     * The group a flight of the sentence carried when the sentence counts none of its own: the one told before,
     * if the sentence says nothing of others, or only breaks that one down and the flight is a new one ("The
     * group, 17 women and 62 children, was put on a plane"; not "The plane carried 89 adults and five infants").
     */
    private static ReturnStatistic groupTold(List<ReturnStatistic> inSentence, ReturnStatistic told,
            boolean newFlight) {
        boolean breaksItDown = told != null && newFlight
                && inSentence.stream().allMatch(s -> isPartOf(s, told, inSentence));
        return inSentence.isEmpty() || breaksItDown ? told : null;
    }

    /** Whether the statistic breaks the group down, or breaks down a part of it ("30 children, of whom 17 are boys"). */
    private static boolean isPartOf(ReturnStatistic s, ReturnStatistic group, List<ReturnStatistic> inSentence) {
        if (group.id().equals(s.partOf())) {
            return true;
        }
        return inSentence.stream().filter(p -> p.id().equals(s.partOf())).findFirst()
                .map(p -> p != s && isPartOf(p, group, inSentence)).orElse(false);
    }

    /**
     * The people on board: the group counted, with the groups joined to it by "and" ("four women and eleven
     * children landed": 15).
     */
    private BigDecimal passengers(SentenceFacts facts, ReturnStatistic first, List<ReturnStatistic> done) {
        List<Token> t = facts.tokens();
        BigDecimal sum = first.value();
        Quantity last = quantityOf(facts, first).orElse(null);
        for (int i = done.indexOf(first) + 1; last != null && i < done.size(); i++) {
            Quantity next = quantityOf(facts, done.get(i)).orElse(null);
            int gap = next == null ? -1 : next.from() - last.to();
            if (gap <= 0 || gap > 3 || !t.get(next.from() - 1).is("and")) {
                break;
            }
            sum = sum.add(done.get(i).value());
            last = next;
        }
        // "took 19 Xlandic citizens and nine citizens of Yland": groups on board that are no return of their own
        BigDecimal joined = quantityOf(facts, first).map(q -> statedPassengers.total(facts, q)).orElse(sum);
        return joined.max(sum);
    }

    /** The number of the sentence that the statistic counts. */
    private static Optional<Quantity> quantityOf(SentenceFacts facts, ReturnStatistic s) {
        return facts.quantities().stream().filter(q -> s.id().equals(StatisticFinder.id(facts, q))).findFirst();
    }

    /** "The German returnees were flown …": the nationality the sentence gives the people it refers to. */
    private static String groupNationality(SentenceFacts facts) {
        return facts.entities().stream()
                .filter(m -> m.type() == EntityType.COUNTRY && m.countryForm() == Lexicons.CountryForm.ADJECTIVE)
                .map(EntityMatch::key).findFirst().orElse(null);
    }

    /** "The evacuation flight left …": a definite aircraft is the one the text has been telling of. */
    private static boolean definite(List<Token> t, int aircraft) {
        for (int j = aircraft - 1; j >= 0 && j >= aircraft - 3; j--) {
            if (t.get(j).is("the")) {
                return true;
            }
        }
        return false;
    }

    /** "a chartered Acme Air Boeing 737": an aircraft the sentence introduces, not one told of before. */
    private static boolean indefinite(List<Token> t, int aircraft) {
        for (int j = aircraft - 1; j >= 0 && j >= aircraft - NOUN_PHRASE; j--) {
            if (DETERMINERS.contains(t.get(j).lower())) {
                return t.get(j).is("a") || t.get(j).is("an");
            }
        }
        return false;
    }

    private static List<String> countriesOf(List<String> keys) {
        return keys.stream().filter(k -> k.startsWith("country/")).toList();
    }

    /** "five from Libya and two from Niger": parts of a counted total, sharing its route, period and sources. */
    private List<Flight> breakdown(SentenceFacts facts, int from, Flight total) {
        List<Token> t = facts.tokens();
        List<Flight> parts = new ArrayList<>();
        for (Quantity q : facts.quantities()) {
            if (q.from() < from || q.to() + 1 >= t.size() || !t.get(q.to()).is("from")) {
                continue;
            }
            EntityMatch origin = RouteReader.place(facts.entities(), q.to() + 1);
            if (origin != null) {
                parts.add(new Flight("flight-" + t.get(q.numberFrom()).start(), List.of(origin.key()),
                        total.destinations(), null, null, total.period(), null, q.value(), total.population(),
                        total.nationality(), total.organisedBy(), total.carrier(), null, total.statedBy(), total.attribution(), total.id(),
                        total.evidence(), new Provenance("flight.breakdown", 0.8)));
            }
        }
        return parts;
    }

    private static String speaker(SentenceFacts facts) {
        return facts.speaker() == null ? null : facts.speaker().speaker();
    }

    private static String attribution(SentenceFacts facts) {
        return facts.speaker() == null ? null : facts.speaker().id();
    }

    private int flightNounAfter(List<Token> t, int from) {
        for (int j = from; j < t.size() && j < from + FLIGHT_NOUN_REACH; j++) {
            if (flightNouns.contains(t.get(j).lower()) && !t.get(j).is("flight")) {
                return j;
            }
            boolean named = Tokens.isCapitalisedWord(t.get(j)) || t.get(j).is("-"); // "three RAF flights", "IOM-chartered"
            if (!FLIGHT_MODIFIERS.contains(t.get(j).lower()) && !named) {
                return -1;
            }
        }
        return -1;
    }

    private PopulationPhrase peopleAfter(SentenceFacts facts, int from) {
        List<Token> t = facts.tokens();
        for (int j = from; j < t.size(); j++) {
            Optional<PopulationPhrase> p = populations.at(t, j, facts.entities());
            if (p.isPresent() && p.get().head() == j || p.isPresent() && j > 0 && !t.get(j - 1).isNumeric()
                    && p.get().nationality() != null) {
                return p.get();
            }
        }
        return null;
    }

    /**
     * The airline or air force that flies the flight or aircraft noun: an organisation whose name ends in a
     * carrier's word, right before the noun ("an Ethiopian Airlines charter") or right after it ("flights of
     * Ethiopian Airlines", "a flight of the Peruvian Air Force").
     */
    private String carrier(SentenceFacts facts, int noun) {
        for (EntityMatch m : facts.entities()) {
            boolean near = m.to() <= noun && m.to() >= noun - CARRIER_REACH || m.from() > noun && m.from() <= noun + 3;
            if (near && m.type() == EntityType.ORGANISATION
                    && carrierHeads.contains(facts.tokens().get(m.to() - 1).lower())) {
                return m.key();
            }
        }
        return null;
    }

    /**
     * The aircraft type the sentence names, "an Ilyushin Il-76 plane", "aboard a Boeing 737-400", "a C-130
     * Hercules flew": the run of capitalised words, numbers and hyphens that no entity covers around the first
     * maker's word or letter-and-number designation of the sentence.
     */
    private String aircraftType(SentenceFacts facts) {
        List<Token> t = facts.tokens();
        for (int j = 0; j < t.size(); j++) {
            if (!Tokens.covered(facts.entities(), j) && (aircraftMakers.contains(t.get(j).lower())
                    || isDesignation(t, j, t.size()))) {
                int from = j;
                while (from > 0 && isTypeToken(t, from - 1) && !Tokens.covered(facts.entities(), from - 1)) {
                    from--;
                }
                int to = j + 1;
                while (to < t.size() && to < from + AIRCRAFT_TYPE_WORDS && isTypeToken(t, to)
                        && !Tokens.covered(facts.entities(), to)) {
                    to++;
                }
                return Tokens.text(t, from, to);
            }
        }
        return null;
    }

    /** A word, number or hyphen of an aircraft type; "A" is one only when a number follows it closely ("A330"). */
    private static boolean isTypeToken(List<Token> t, int j) {
        Token token = t.get(j);
        boolean joined = j + 1 < t.size() && t.get(j + 1).start() == token.end();
        return token.isCapitalised() && token.isWord() && (!DETERMINERS.contains(token.lower()) || joined)
                || token.isNumeric() || token.is("-");
    }

    /**
     * "C-130", "A400M", "Il-76", "An-124": up to three letters, then a number; letters not all capitals ("Il")
     * only before a hyphen, so that neither "March 3" nor "On 12" is one.
     */
    private static boolean isDesignation(List<Token> t, int j, int end) {
        String letters = t.get(j).text();
        boolean hyphen = j + 1 < end && t.get(j + 1).is("-");
        int number = hyphen ? j + 2 : j + 1;
        boolean capitals = letters.equals(letters.toUpperCase(Locale.ROOT));
        return t.get(j).isWord() && t.get(j).isCapitalised() && letters.length() <= 3 && (capitals || hyphen)
                && number < end && t.get(number).isNumeric();
    }

    /** The country, organisation or person that acts before the flights are counted. */
    private static String organiser(SentenceFacts facts, int before) {
        String found = null;
        for (EntityMatch m : facts.entities()) {
            boolean agent = m.type() == EntityType.ORGANISATION || m.type() == EntityType.PERSON
                    || (m.type() == EntityType.COUNTRY && m.countryForm() == Lexicons.CountryForm.NAME);
            if (agent && m.to() <= before) {
                found = m.key();
            }
        }
        return found;
    }

    /**
     * The first aircraft noun or maker's name of the sentence ("aboard an Airbus A330"), unless it is counted
     * ("seven flights" are reported elsewhere).
     */
    private int aircraftNoun(List<Token> t) {
        for (int j = 0; j < t.size(); j++) {
            if (aircraftNouns.contains(t.get(j).lower()) || aircraftMakers.contains(t.get(j).lower())) {
                return j;
            }
            if (flightNouns.contains(t.get(j).lower())) {
                return -1;
            }
        }
        return -1;
    }

    /** "through X's international airport", "took off from X", "left X's airport for …". */
    private static String departure(SentenceFacts facts) {
        List<Token> t = facts.tokens();
        for (EntityMatch m : facts.entities()) {
            if (m.type() != EntityType.PLACE || m.from() == 0) {
                continue;
            }
            String before = t.get(m.from() - 1).lower();
            boolean airport = m.to() + 2 < t.size() && (t.get(m.to()).is("airport") || t.get(m.to() + 1).is("airport")
                    || t.get(m.to() + 2).is("airport"));
            if (DEPARTURE_CUES.contains(before) || airport && !ARRIVAL_CUES.contains(before) && !landing(t, m.from())) {
                return m.key();
            }
        }
        return null;
    }

    /** The last place named after "to" or "for", or where the aircraft "landed in", after the aircraft. */
    private static String arrival(SentenceFacts facts, int aircraft) {
        List<Token> t = facts.tokens();
        String found = null;
        for (EntityMatch m : facts.entities()) {
            boolean placeLike = m.type() == EntityType.PLACE
                    || (m.type() == EntityType.COUNTRY && m.countryForm() == Lexicons.CountryForm.NAME);
            if (!placeLike || m.from() < 1 || m.from() <= aircraft - 12) {
                continue;
            }
            String before = t.get(m.from() - 1).lower();
            if (before.equals("to") || before.equals("for") || landing(t, m.from())) {
                found = m.key();
            }
        }
        return found;
    }

    /** "landed in X", "arrived at X airport outside Y": the place follows a verb of arrival. */
    private static boolean landing(List<Token> t, int place) {
        if (place < 2 || !ARRIVAL_CUES.contains(t.get(place - 1).lower())) {
            return false;
        }
        for (int j = place - 2; j >= 0 && j >= place - 5; j--) {
            if (t.get(j).is("landed") || t.get(j).is("arrived") || t.get(j).is("touched")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> nationalityBefore(SentenceFacts facts, int aircraft) {
        for (EntityMatch m : facts.entities()) {
            if (m.type() == EntityType.COUNTRY && m.countryForm() == Lexicons.CountryForm.ADJECTIVE
                    && m.to() <= aircraft && m.to() >= aircraft - 3) {
                return Optional.of(m.key());
            }
        }
        return Optional.empty();
    }

    private List<String> countryOf(String placeKey) {
        return routes.withCountries(List.of(placeKey)).stream().filter(k -> k.startsWith("country/")).toList();
    }

    private Span span(SentenceFacts facts) {
        return Span.of(text, facts.sentence().start(), facts.sentence().end());
    }
}
