package org.homeward.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.homeward.model.Entity;
import org.homeward.model.EntityType;
import org.homeward.model.Population;
import org.homeward.model.StatisticKind;

/**
 * Decides the route of the people a statistic counts, from the sentence first ("from …", "to …", "home",
 * where they are, the country that acts) and from the document's earlier figures where the sentence is
 * silent, never for groups whose members' countries differ.
 */
final class Routes {

    private static final Pattern FROM = Pattern.compile("obl:(from|out_of)");
    private static final Pattern TO = Pattern.compile("obl:(to|into)");
    private static final Pattern OBJECT = Pattern.compile("obj");
    private static final Pattern OWN_SUBJECT = Pattern.compile("nsubj(:pass)?"); // not a controlled ":xsubj"
    private static final Set<StatisticKind> SENT_HOME = Set.of(StatisticKind.RETURNED, StatisticKind.REPATRIATED);

    /** Groups whose members go to different countries: the document's other figures say nothing of where they went. */
    static final Set<Population> MIXED = Set.of(Population.MIGRANTS, Population.ASYLUM_SEEKERS);
    private static final Set<String> SUBJECT_STOPS = Set.of(
            ";", "\"", "“", "since", "after", "when", "while", "as", "because", "before", "until", "whereas", "which",
            "who", "that");
    private static final Set<String> LOCATIVES = Set.of(
            "across", "throughout", "elsewhere", "worldwide", "around", "abroad");

    private final RouteReader reader;
    private final EntityTable table;
    private final DocumentFigures figures;

    Routes(Lexicons lexicons, EntityTable table, DocumentFigures figures) {
        this.reader = new RouteReader(lexicons);
        this.table = table;
        this.figures = figures;
    }

    /**
     * "… were flown, after weeks of talks between the two governments, to Dakar": the places the parse hangs on
     * the verb with a relation of {@code relations}, however far from it the words stand.
     */
    private static List<String> parsedPlaces(SentenceFacts facts, int verb, Pattern relations) {
        Parse parse = facts.parse().get();
        IndexedWord node = parse.node(verb);
        List<String> places = new ArrayList<>();
        if (node == null) {
            return places;
        }
        for (SemanticGraphEdge edge : parse.graph().outgoingEdgeList(node)) {
            EntityMatch place = relations.matcher(edge.getRelation().toString()).matches()
                    ? RouteReader.place(facts.entities(), Parse.token(edge.getDependent())) : null;
            if (place != null) {
                places.add(place.key());
            }
        }
        return places;
    }

    /** Where the people come from: as the sentence says, where they are, or for displaced people their country. */
    List<String> origins(SentenceFacts facts, PopulationPhrase people, int from, int to, int verb, String nationality,
            Population population) {
        List<String> origins = reader.origins(facts.tokens(), from, to, facts.entities());
        if (origins.isEmpty()) {
            origins = parsedPlaces(facts, verb, FROM);
        }
        if (origins.isEmpty() && leaves(facts, verb)) {
            origins = parsedPlaces(facts, verb, OBJECT); // "180 Chileans have left Peru"
        }
        if (origins.isEmpty()) {
            origins = RouteReader.presentLocation(facts.tokens(), people.end(), facts.entities());
        }
        if (origins.isEmpty() && population != Population.INTERNALLY_DISPLACED_PERSONS) {
            List<String> earlier = reader.origins(facts.tokens(), 0, from, facts.entities());
            origins = earlier.size() == 1 ? earlier : List.of();
        }
        if (origins.isEmpty() && population == Population.INTERNALLY_DISPLACED_PERSONS && nationality != null) {
            origins = List.of(nationality);
        }
        return withCountries(origins);
    }

    private static boolean leaves(SentenceFacts facts, int verb) {
        Parse parse = facts.parse().get();
        return parse.node(verb) != null && parse.lemmas().get(verb).equalsIgnoreCase("leave");
    }

    /** Where the people go: as the sentence says, home, the acting country, or the document's destination. */
    List<String> destinations(SentenceFacts facts, ReturnEvent event, int from, int to, String nationality,
            String subject, List<String> origins, Population population, boolean unknownNationality) {
        List<Token> t = facts.tokens();
        List<String> explicit = RouteReader.destinations(t, from, to, facts.entities());
        if (explicit.isEmpty()) {
            explicit = reader.homePlace(t, from, to, facts.entities());
        }
        if (explicit.isEmpty()) {
            explicit = parsedPlaces(facts, event.verb(), TO);
        }
        if (explicit.isEmpty() && event.carried()) {
            explicit = RouteReader.landingPlace(t, event.verb(), facts.entities()); // "landed at … outside Paris"
        }
        if (!explicit.isEmpty()) {
            return withCountries(explicit);
        }
        if (nationality != null && reader.home(t, from, to)) {
            return List.of(nationality);
        }
        if (sendsOthersHome(subject, nationality, event.kind())) {
            return List.of(nationality);
        }
        if (subject != null && (event.kind() != StatisticKind.EVACUATED || subject.equals(nationality))) {
            return List.of(subject); // a state evacuates others to wherever it can, its own citizens home
        }
        if (nationality != null && (DocumentFigures.HOMEWARD.contains(event.kind())
                || event.kind() == StatisticKind.EVACUATED)) {
            return List.of(nationality); // "129 Indonesian citizens evacuated from Sudan" went home
        }
        return DocumentFigures.HOMEWARD.contains(event.kind()) && !MIXED.contains(population) && !unknownNationality
                ? figures.documentDestination(origins) : List.of();
    }

    /** "The Philippines deported 186 foreign workers": a state that returns foreigners sends them from its own territory. */
    static boolean sendsForeignersAway(String subject, PopulationPhrase.Allegiance allegiance, StatisticKind kind) {
        return subject != null && allegiance == PopulationPhrase.Allegiance.FOREIGN && SENT_HOME.contains(kind);
    }

    /**
     * "Kenya deports 215 Ethiopian migrants": a state that returns people of another country sends them
     * home, from its own territory.
     */
    static boolean sendsOthersHome(String subject, String nationality, StatisticKind kind) {
        return subject != null && nationality != null && !subject.equals(nationality) && SENT_HOME.contains(kind);
    }

    /**
     * People carried by air returned when they land in their own country, when they are "returnees", or when
     * they land where the document's returns go.
     */
    boolean carriedHome(List<Token> t, PopulationPhrase people, String nationality, List<String> destinations,
            List<String> origins) {
        if (t.get(people.head()).is("returnees")) {
            return true;
        }
        if (nationality != null) {
            return destinations.contains(nationality);
        }
        List<String> context = figures.documentDestination(origins);
        return !destinations.isEmpty() && !context.isEmpty() && destinations.contains(context.get(0));
    }

    /**
     * People who arrived somewhere the sentence does not name went where the document's returns go, when they
     * are of that country or the text does not say whose they are.
     */
    List<String> whereReturnsGo(String nationality, List<String> origins) {
        List<String> context = figures.documentDestination(origins);
        return !context.isEmpty() && (nationality == null || nationality.equals(context.get(0))) ? context : List.of();
    }

    /** "236 Congolese refugees": a capitalised word before the noun that no lexicon places is a nationality unknown. */
    static boolean unrecognisedModifier(List<Token> t, int from, int head) {
        for (int j = from; j < head; j++) {
            if (Tokens.isCapitalisedWord(t.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** "45 children across the region": the text places them, only not in a country it names. */
    static boolean locatedElsewhere(List<Token> t, int phraseEnd) {
        return phraseEnd < t.size() && LOCATIVES.contains(t.get(phraseEnd).lower());
    }

    /**
     * "… has flown 1,100 Iraqis home from Beirut, the ministry said, as Baghdad sent aid to Lebanon": where a
     * clause with a subject of its own begins after the event's verb, before {@code end}. What others do there
     * is not the people's route.
     */
    static int beforeOtherClause(SentenceFacts facts, int verb, int people, int from, int end) {
        Parse parse = facts.parse().get();
        IndexedWord event = parse.node(verb);
        for (int j = Math.max(from, verb + 1); j < end && event != null; j++) {
            IndexedWord head = parse.node(j);
            if (head == null || !parse.tags().get(j).startsWith("VB") || !hasOwnSubject(parse, head, people)
                    || describesPeople(parse, head, people)) {
                continue;
            }
            Set<IndexedWord> clause = parse.graph().descendants(head);
            int first = clause.stream().mapToInt(Parse::token).min().orElse(j);
            if (!clause.contains(event) && first > verb) {
                return first;
            }
        }
        return end;
    }

    /** "52 evacuees who wish to travel to Japan": a clause on the people tells their route, whatever its subject. */
    private static boolean describesPeople(Parse parse, IndexedWord head, int people) {
        return parse.graph().incomingEdgeList(head).stream().anyMatch(e -> Parse.token(e.getGovernor()) == people);
    }

    private static boolean hasOwnSubject(Parse parse, IndexedWord head, int people) {
        return parse.graph().outgoingEdgeList(head).stream()
                .anyMatch(e -> OWN_SUBJECT.matcher(e.getRelation().toString()).matches()
                        && Parse.token(e.getDependent()) != people);
    }

    /** The country acting as subject of an active verb: named, or behind the organisation or person that acts. */
    String subjectCountry(SentenceFacts facts, int verb) {
        List<Token> t = facts.tokens();
        for (int j = verb - 1; j >= 0; j--) {
            if (SUBJECT_STOPS.contains(t.get(j).lower())) {
                return relativeAntecedent(facts, j);
            }
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

    /** "France, which has repatriated 35 children": the country a relative clause hangs on. */
    private static String relativeAntecedent(SentenceFacts facts, int pronoun) {
        List<Token> t = facts.tokens();
        boolean relative = (t.get(pronoun).is("which") || t.get(pronoun).is("who")) && pronoun >= 2 && t.get(pronoun - 1).is(",");
        if (!relative) {
            return null;
        }
        for (EntityMatch m : facts.entities()) {
            if (m.to() == pronoun - 1 && m.type() == EntityType.COUNTRY && m.countryForm() == Lexicons.CountryForm.NAME) {
                return m.key();
            }
        }
        return null;
    }

    /** The keys, each place followed by its country. */
    List<String> withCountries(List<String> keys) {
        Set<String> all = new LinkedHashSet<>(keys);
        for (String key : keys) {
            table.get(key).filter(e -> e.type() == EntityType.PLACE).ifPresent(p -> all.add(table.country(p.country())));
        }
        return new ArrayList<>(all);
    }
}
