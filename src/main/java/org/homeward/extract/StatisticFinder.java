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
import org.homeward.model.Qualifier;
import org.homeward.model.ReturnStatistic;
import org.homeward.model.Span;
import org.homeward.model.StatisticKind;

/**
 * Finds the return statistics of one document, sentence by sentence: a number of people in a return event
 * or status, with the route, period and speaker the sentence gives. The route comes from "from"/"to"
 * phrases, from where the people are ("stranded in Libya"), from their nationality when they go "home",
 * from the subject of an active return verb ("Ruritania repatriated 40 citizens": destination Ruritania),
 * and failing those from the document's earlier figures. A breakdown ("including 4 men", "Among them
 * were 12 women") is linked to its total and shares its route and period.
 */
final class StatisticFinder {

    private static final Set<StatisticKind> HOMEWARD = Set.of(
            StatisticKind.RETURNED, StatisticKind.REPATRIATED, StatisticKind.EXPECTED_TO_RETURN,
            StatisticKind.AWAITING_RETURN, StatisticKind.IDENTIFIED_FOR_RETURN);
    private static final Set<String> BREAKDOWN_CUES = Set.of("including", "among", "—", "–", ":", "(");
    private static final Set<String> CONTINUATION = Set.of("more", "other", "another", "further", "additional");
    private static final int COMPOSITION_REACH = 6;
    private static final String COORDINATED = "stat.coordinated";
    private static final Set<String> JOINERS = Set.of("and", ",", "or", "(");
    private static final Set<String> COUNTED = Set.of("numbered", "totalled", "totaled", "totalling", "totaling");
    /** Groups whose members' countries differ: the document's other figures say nothing of their route. */
    private static final Set<Population> MIXED = Set.of(Population.MIGRANTS, Population.ASYLUM_SEEKERS);
    private static final Set<String> RETRACTIONS = Set.of("correction", "erroneously", "incorrectly", "mistakenly");
    private static final Set<String> RANGE_JOINERS = Set.of("and");
    private static final Set<String> TOTAL_LINKS = Set.of(
            "to", "at", "reached", "hit", "topped", "passed", "exceeded", "was", "is", "stands", "stood");
    private static final Set<String> COMPARISONS = Set.of("compared", "against", "up", "down", "more", "fewer", "less");
    private static final Set<String> SUBJECT_STOPS = Set.of(
            ";", "\"", "“", "since", "after", "when", "while", "as", "because", "before", "until", "whereas", "which",
            "who", "that");
    private static final Set<String> SPEECH = Set.of(
            "said", "says", "told", "announced", "reported", "stated", "added", "confirmed", "noted");
    private static final Set<String> LOCATIVES = Set.of(
            "across", "throughout", "elsewhere", "worldwide", "around", "abroad");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", "while", "whereas", "but", "although", "though");

    /** A statistic with the index of the sentence it was read from. */
    private record Found(ReturnStatistic statistic, int sentence) {}

    private final PopulationReader populations;
    private final EventReader events;
    private final EntityTable table;
    private final String text;
    private final List<Found> totals = new ArrayList<>();
    private final List<ReturnStatistic> all = new ArrayList<>();
    private int compositionSentence = -1;

    StatisticFinder(Lexicons lexicons, EntityTable table, String text) {
        this.populations = new PopulationReader(lexicons);
        this.events = new EventReader(lexicons);
        this.table = table;
        this.text = text;
    }

    /** The return statistics of the next sentence of the document. */
    List<ReturnStatistic> find(SentenceFacts facts) {
        List<ReturnStatistic> found = new ArrayList<>();
        if (retracts(facts.tokens())) {
            return found;
        }
        ReturnEvent previous = null;
        ReturnStatistic breakdownOf = null;
        List<Token> t = facts.tokens();
        for (int k = 0; k < facts.quantities().size(); k++) {
            Quantity q = facts.quantities().get(k);
            Optional<PopulationPhrase> copular = populations.afterCopula(t, q.to(), facts.entities());
            Optional<PopulationPhrase> people = copular.isPresent() ? Optional.empty() : peopleOf(facts, k);
            if (copular.isEmpty() && people.isEmpty()) {
                cumulative(facts, k, null).or(() -> counted(facts, q, found)).or(() -> elliptical(facts, q, found))
                        .ifPresent(s -> record(s, found, facts));
                continue;
            }
            PopulationPhrase named = copular.orElseGet(people::get);
            boolean groupCountedHere = countedWithoutReturn(facts, k); // "50 citizens remain, among them 18 children"
            ReturnStatistic total = breakdownOf != null && joined(t, q) ? breakdownOf : totalWithin(t, q, found);
            if (total == null && !groupCountedHere && Composition.isComposition(t, q, copular.isPresent(), named.end())) {
                total = totalOfNationality(compositionTotal(facts, q, copular.isPresent()), named.nationality(),
                        facts.sentence().index());
            }
            if (total != null) {
                ReturnStatistic part = breakdown(facts, q, named, total);
                found.add(part);
                all.add(part);
                breakdownOf = total;
                compositionSentence = facts.sentence().index();
                continue;
            }
            if (people.isEmpty()) {
                continue;
            }
            Optional<ReturnEvent> event = coordinated(t, q, previous).or(() -> events.read(t, q, people.get()));
            if (event.isPresent()) {
                ReturnStatistic statistic = statistic(facts, q, people.get(), event.get(), routeEnd(t, facts.quantities(), k));
                record(statistic, found, facts);
                previous = event.get();
            } else {
                // "the total number of Iraqis returned … stands at 2,300 families": the unit is the number's own
                cumulative(facts, k, people.get()).ifPresent(s -> record(s, found, facts));
            }
        }
        return found;
    }

    /** "Correction: an earlier version of this post said 156": a figure the text itself withdraws. */
    private static boolean retracts(List<Token> t) {
        for (int j = 0; j < t.size(); j++) {
            String w = t.get(j).lower();
            if (RETRACTIONS.contains(w) || w.equals("version") && j > 0 && t.get(j - 1).is("earlier")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an earlier number of this sentence counts people who did not return: they are the group. */
    private boolean countedWithoutReturn(SentenceFacts facts, int k) {
        for (int i = 0; i < k; i++) {
            Quantity earlier = facts.quantities().get(i);
            boolean people = populations.at(facts.tokens(), earlier.to(), facts.entities()).isPresent();
            String id = id(facts, earlier);
            if (people && all.stream().noneMatch(s -> s.id().equals(id))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the number is given as "the figure": "the final figure was", "put the figure higher, at". */
    private static boolean figureOf(List<Token> t, int from) {
        if (from < 2 || !Set.of("was", "is", "at", "of").contains(t.get(from - 1).lower())) {
            return false;
        }
        for (int j = Math.max(0, from - 6); j < from - 1; j++) {
            if (t.get(j).is("figure") || t.get(j).is("figures") || t.get(j).is("tally") || t.get(j).is("estimate")) {
                return true;
            }
        }
        return false;
    }

    private void record(ReturnStatistic statistic, List<ReturnStatistic> found, SentenceFacts facts) {
        found.add(statistic);
        all.add(statistic);
        totals.add(new Found(statistic, facts.sentence().index()));
    }

    /** The people a number counts; in a range ("between 300 and 400 families") the first shares the second's. */
    private Optional<PopulationPhrase> peopleOf(SentenceFacts facts, int k) {
        List<Token> t = facts.tokens();
        Quantity q = facts.quantities().get(k);
        Optional<PopulationPhrase> people = populations.at(t, q.to(), facts.entities());
        boolean range = people.isEmpty() && k + 1 < facts.quantities().size() && q.to() < t.size()
                && RANGE_JOINERS.contains(t.get(q.to()).lower()) && facts.quantities().get(k + 1).numberFrom() == q.to() + 1;
        return range ? populations.at(t, facts.quantities().get(k + 1).to(), facts.entities()) : people;
    }

    /**
     * The group a make-up statement breaks down: for "N were women" the sentence must point back at the group
     * ("Of the returnees, …", "the passengers") or continue the make-up begun in the sentence before.
     */
    private ReturnStatistic compositionTotal(SentenceFacts facts, Quantity q, boolean copular) {
        List<Token> t = facts.tokens();
        int sentence = facts.sentence().index();
        boolean pointsBack = Composition.refersToGroup(t, copular ? Math.min(t.size(), q.to() + 4) : q.from());
        boolean continues = copular && compositionSentence == sentence - 1;
        return pointsBack || continues || !copular ? latestTotal(sentence) : null;
    }

    /** The latest recent total before the sentence, of the nationality if one is given and any total has it. */
    ReturnStatistic latestTotal(int sentence, String nationality) {
        return totalOfNationality(latestTotal(sentence), nationality, sentence);
    }

    /** Of the recent totals, the latest whose people share the nationality, or the latest of all. */
    private ReturnStatistic totalOfNationality(ReturnStatistic latest, String nationality, int sentence) {
        if (latest == null || nationality == null || nationality.equals(latest.nationality())) {
            return latest;
        }
        for (int i = totals.size() - 1; i >= 0; i--) {
            Found f = totals.get(i);
            if (f.sentence() < sentence && f.sentence() >= sentence - COMPOSITION_REACH
                    && nationality.equals(f.statistic().nationality())) {
                return f.statistic();
            }
        }
        return latest;
    }

    /**
     * "brings to 86 the number of children the Netherlands has brought home", "the number of Syrians who
     * have returned … has reached 145,639", "put the number of returnees at about 165,000": a running total.
     */
    private Optional<ReturnStatistic> cumulative(SentenceFacts facts, int k, PopulationPhrase unit) {
        List<Token> t = facts.tokens();
        Quantity q = facts.quantities().get(k);
        boolean linked = q.from() > 0 && TOTAL_LINKS.contains(t.get(q.from() - 1).lower());
        int of = numberOf(t);
        if (!linked || of < 0) {
            return Optional.empty();
        }
        Optional<PopulationPhrase> people = populations.at(t, of + 1, facts.entities());
        if (people.isEmpty()) {
            return Optional.empty();
        }
        int clauseEnd = q.from() > of ? q.from() : t.size();
        PopulationPhrase counted = unit == null ? people.get()
                : new PopulationPhrase(unit.population(), people.get().nationality(), people.get().head(), people.get().end());
        Optional<ReturnEvent> event = events.clause(t, people.get(), clauseEnd);
        return event.map(e -> statistic(facts, q, counted, e, clauseEnd));
    }

    /**
     * "Chadian returnees numbered 148,300", "Gambians, who numbered 1,021": the people come before the number,
     * and what they did is what returnees do, or what the figure just given counts.
     */
    private Optional<ReturnStatistic> counted(SentenceFacts facts, Quantity q, List<ReturnStatistic> found) {
        List<Token> t = facts.tokens();
        int verb = q.from() - 1;
        if (verb < 1 || !COUNTED.contains(t.get(verb).lower())) {
            return Optional.empty();
        }
        int last = verb - 1;
        while (last > 0 && (t.get(last).is("who") || t.get(last).is(","))) {
            last--;
        }
        int head = last;
        int start = head;
        while (start > 0 && start > head - 2 && t.get(start - 1).isWord() && !t.get(start - 1).is("the")) {
            start--;
        }
        Optional<PopulationPhrase> people = populations.at(t, start, facts.entities()).filter(p -> p.head() == head);
        if (people.isEmpty()) {
            return Optional.empty();
        }
        ReturnStatistic model = !found.isEmpty() ? found.get(found.size() - 1) : all.isEmpty() ? null : all.get(all.size() - 1);
        StatisticKind kind = t.get(head).is("returnees") ? StatisticKind.RETURNED : model == null ? null : model.kind();
        return kind == null ? Optional.empty() : Optional.of(statistic(facts, q, people.get(),
                new ReturnEvent(kind, verb, false, "stat.numbered"), t.size()));
    }

    /** The "of" of "the number of", "the total number of", "the total of". */
    private static int numberOf(List<Token> t) {
        for (int j = 1; j + 1 < t.size(); j++) {
            if (t.get(j).is("of") && (t.get(j - 1).is("number") || t.get(j - 1).is("total"))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * "another 41,000 had returned from Iran", "compared with 9,310 in 2023": a number whose people the
     * sentence leaves to the figure just given.
     */
    private Optional<ReturnStatistic> elliptical(SentenceFacts facts, Quantity q, List<ReturnStatistic> found) {
        List<Token> t = facts.tokens();
        String before = q.from() > 0 ? t.get(q.from() - 1).lower() : "";
        boolean another = before.equals("another") || before.equals("further") || before.equals("additional");
        boolean compared = (before.equals("with") || before.equals("than")) && q.from() > 1
                && COMPARISONS.contains(t.get(q.from() - 2).lower())
                || before.equals("and") && !found.isEmpty() && q.to() < t.size() && t.get(q.to()).is("from");
        boolean figure = figureOf(t, q.from()); // "the correct figure was 127", "puts the figure higher, at 90,000"
        ReturnStatistic model = !found.isEmpty() ? found.get(found.size() - 1)
                : (another || figure) && !all.isEmpty() ? all.get(all.size() - 1) : null;
        if (model == null || !(another || compared || figure) || model.partOf() != null) {
            return Optional.empty();
        }
        if (figure) {
            return Optional.of(statistic(facts, q, new PopulationPhrase(model.population(), model.nationality(),
                    q.to() - 1, q.to()), new ReturnEvent(model.kind(), q.from() - 1, false, "stat.figure"), t.size()));
        }
        PopulationPhrase people = new PopulationPhrase(model.population(), model.nationality(), q.to() - 1, q.to());
        Optional<ReturnEvent> event = another ? events.clause(t, people, t.size())
                : Optional.of(new ReturnEvent(model.kind(), q.from() - 1, false, "stat.compared"));
        return event.map(e -> statistic(facts, q, people, e, routeEnd(t, facts.quantities(), facts.quantities().indexOf(q))));
    }

    /**
     * Where the route of the k-th number may be read: up to the next number that is not its breakdown
     * ("31 nationals — eight women and 23 children — from the Roj camp"), or the end of its clause.
     */
    private static int routeEnd(List<Token> t, List<Quantity> quantities, int k) {
        int end = t.size();
        boolean listing = false;
        for (int n = k + 1; n < quantities.size(); n++) {
            int before = quantities.get(n).from() - 1;
            String cue = before >= 0 ? t.get(before).lower() : "";
            boolean breakdown = BREAKDOWN_CUES.contains(cue) || listing && (cue.equals("and") || cue.equals(","));
            if (!breakdown) {
                end = quantities.get(n).from();
                break;
            }
            listing = true;
        }
        for (int j = quantities.get(k).to(); j < end; j++) {
            if (CLAUSE_BREAKS.contains(t.get(j).lower())) {
                return j;
            }
        }
        return end;
    }

    /** "identified 123 children ..., and 699 children ...": a coordinated number shares the verb before the first. */
    private static Optional<ReturnEvent> coordinated(List<Token> t, Quantity q, ReturnEvent previous) {
        boolean nominal = q.from() > 0 && t.get(q.from() - 1).is("of"); // "the repatriation of 28 …, and of three …"
        boolean rangeEnd = q.qualifier() == Qualifier.UP_TO && t.get(q.from()).is("and"); // "between 300 and 400"
        if (previous != null && rangeEnd) {
            return Optional.of(previous);
        }
        if (previous == null || !(previous.active() || nominal) || !joined(t, q)) {
            return Optional.empty();
        }
        return Optional.of(new ReturnEvent(previous.kind(), previous.verb(), true, COORDINATED, previous.carried()));
    }

    private static boolean joined(List<Token> t, Quantity q) {
        int before = q.from() - 1;
        if (before > 0 && t.get(before).is("of")) {
            before--; // "the repatriation of 28 …, and of three …"
        }
        if (before > 0 && t.get(before).is("by") && t.get(before - 1).is("followed")) {
            return true; // "35 minors in July, followed by 40 children in October"
        }
        return before >= 0 && JOINERS.contains(t.get(before).lower()); // "2,300 families, or around 9,700 people"
    }

    /** "100 citizens, including 23 women": the total this number breaks down, earlier in the same sentence. */
    private static ReturnStatistic totalWithin(List<Token> t, Quantity q, List<ReturnStatistic> found) {
        boolean cue = q.from() > 0 && BREAKDOWN_CUES.contains(t.get(q.from() - 1).lower());
        return cue && !found.isEmpty() ? found.get(found.size() - 1) : null;
    }

    /** The main figure of the latest of the last few sentences that counted people, before sentence {@code sentence}. */
    ReturnStatistic latestTotal(int sentence) {
        ReturnStatistic first = null;
        int latest = -1;
        for (Found f : totals) {
            if (f.sentence() >= sentence - COMPOSITION_REACH && f.sentence() < sentence && f.sentence() > latest) {
                first = f.statistic(); // the main figure of the latest sentence that counted people
                latest = f.sentence();
            }
        }
        return first;
    }

    private ReturnStatistic breakdown(SentenceFacts facts, Quantity q, PopulationPhrase people, ReturnStatistic total) {
        Attribution speaker = facts.speaker();
        String nationality = people.nationality() != null ? people.nationality() : total.nationality();
        boolean ownHome = people.nationality() != null && !people.nationality().equals(total.nationality())
                && HOMEWARD.contains(total.kind()); // "including 312 Malians": they go to Mali
        return new ReturnStatistic(id(facts, q), q.value(), q.qualifier(), people.population(), total.kind(),
                nationality, total.origins(), ownHome ? List.of(people.nationality()) : total.destinations(), total.period(),
                speaker != null ? speaker.speaker() : total.statedBy(), speaker != null ? speaker.id() : total.attribution(),
                total.id(), sentenceSpan(facts), new Provenance("stat.breakdown", 0.8));
    }

    private ReturnStatistic statistic(SentenceFacts facts, Quantity q, PopulationPhrase people, ReturnEvent event,
            int windowEnd) {
        List<Token> t = facts.tokens();
        boolean sharedVerb = event.rule().equals(COORDINATED);
        int routeFrom = sharedVerb ? people.end() : Math.min(people.end(), event.verb());
        int routeTo = Math.max(windowEnd, Math.min(t.size(), event.verb() + 1));
        String subject = event.active() ? subjectCountry(facts, event.verb()) : null;
        String nationality = nationality(facts, q, people, event, subject);
        Population population = RouteReader.fromAbroad(t, routeFrom, routeTo)
                && (people.population() == Population.PEOPLE || people.population() == Population.CITIZENS)
                ? Population.REFUGEES : people.population();
        List<String> origins = origins(facts, people, routeFrom, routeTo, nationality, population);
        List<String> destinations = destinations(facts, event, routeFrom, routeTo, nationality, subject, origins,
                population, nationality == null && unrecognisedModifier(t, q.to(), people.head()));
        if (origins.isEmpty() && population == Population.INTERNALLY_DISPLACED_PERSONS) {
            origins = countriesOf(destinations);
        } else if (origins.isEmpty() && !locatedElsewhere(t, people.end()) && !MIXED.contains(population)) {
            origins = documentOrigin(event.kind(), destinations);
        }
        if (nationality == null && people.population() == Population.CITIZENS && HOMEWARD.contains(event.kind())
                && countriesOf(destinations).size() == 1) {
            nationality = countriesOf(destinations).get(0); // citizens going home: "110 of its citizens"
        }
        StatisticKind kind = event.carried() && carriedHome(t, people, nationality, destinations, origins)
                ? StatisticKind.RETURNED : event.kind();
        Attribution speaker = facts.speaker();
        return new ReturnStatistic(id(facts, q), q.value(), q.qualifier(), population, kind, nationality, origins,
                destinations, periodOf(facts, q), speaker == null ? null : speaker.speaker(),
                speaker == null ? null : speaker.id(), null, sentenceSpan(facts),
                new Provenance(event.rule(), confidence(event)));
    }

    /**
     * The people's country: as the phrase says it; or the country that brings its own citizens home
     * ("Kosovo repatriated 110 citizens"); or, for "40 more children", that of the earlier figure.
     */
    private String nationality(SentenceFacts facts, Quantity q, PopulationPhrase people, ReturnEvent event,
            String subject) {
        if (people.nationality() != null) {
            return people.nationality();
        }
        boolean ownPeople = people.population() == Population.CITIZENS || event.kind() == StatisticKind.REPATRIATED
                || event.kind() == StatisticKind.RETURNED || event.kind() == StatisticKind.TRANSFERRED;
        if (subject != null && ownPeople) {
            return subject;
        }
        return continues(facts.tokens(), q, people)
                .map(ReturnStatistic::nationality).orElse(null);
    }

    /** "another 74 children", "40 more children": the earlier figure of the same people this one adds to. */
    private Optional<ReturnStatistic> continues(List<Token> t, Quantity q, PopulationPhrase people) {
        boolean cue = q.from() > 0 && CONTINUATION.contains(t.get(q.from() - 1).lower())
                || q.to() < t.size() && CONTINUATION.contains(t.get(q.to()).lower());
        if (!cue) {
            return Optional.empty();
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).population() == people.population() && all.get(i).nationality() != null) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    private List<String> origins(SentenceFacts facts, PopulationPhrase people, int from, int to, String nationality,
            Population population) {
        List<String> origins = RouteReader.origins(facts.tokens(), from, to, facts.entities());
        if (origins.isEmpty()) {
            origins = RouteReader.presentLocation(facts.tokens(), people.end(), facts.entities());
        }
        if (origins.isEmpty() && population != Population.INTERNALLY_DISPLACED_PERSONS) {
            List<String> earlier = RouteReader.origins(facts.tokens(), 0, from, facts.entities());
            origins = earlier.size() == 1 ? earlier : List.of();
        }
        if (origins.isEmpty() && population == Population.INTERNALLY_DISPLACED_PERSONS && nationality != null) {
            origins = List.of(nationality);
        }
        return withCountries(origins);
    }

    private List<String> destinations(SentenceFacts facts, ReturnEvent event, int from, int to, String nationality,
            String subject, List<String> origins, Population population, boolean unknownNationality) {
        List<Token> t = facts.tokens();
        List<String> explicit = RouteReader.destinations(t, from, to, facts.entities());
        if (explicit.isEmpty()) {
            explicit = RouteReader.homePlace(t, from, to, facts.entities());
        }
        if (explicit.isEmpty() && event.carried()) {
            explicit = RouteReader.landingPlace(t, event.verb(), facts.entities()); // "landed at … outside Paris"
        }
        if (!explicit.isEmpty()) {
            return withCountries(explicit);
        }
        if (nationality != null && RouteReader.home(t, from, to)) {
            return List.of(nationality);
        }
        if (subject != null && event.kind() != StatisticKind.EVACUATED) {
            return List.of(subject);
        }
        if (nationality != null && HOMEWARD.contains(event.kind())) {
            return List.of(nationality);
        }
        return HOMEWARD.contains(event.kind()) && !MIXED.contains(population) && !unknownNationality
                ? documentDestination(origins) : List.of();
    }

    /**
     * People carried by air returned when they land in their own country, when they are "returnees", or when
     * they land where the document's returns go.
     */
    private boolean carriedHome(List<Token> t, PopulationPhrase people, String nationality, List<String> destinations,
            List<String> origins) {
        if (nationality != null) {
            return destinations.contains(nationality);
        }
        boolean returnees = t.get(people.head()).is("returnees");
        List<String> context = documentDestination(origins);
        return returnees || !destinations.isEmpty() && !context.isEmpty() && destinations.contains(context.get(0));
    }

    /** "236 Congolese refugees": a capitalised word before the noun that no lexicon places is a nationality unknown. */
    private static boolean unrecognisedModifier(List<Token> t, int from, int head) {
        for (int j = from; j < head; j++) {
            if (Tokens.isCapitalisedWord(t.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** "699 children across the region": the text places them, only not in a country it names. */
    private static boolean locatedElsewhere(List<Token> t, int phraseEnd) {
        return phraseEnd < t.size() && LOCATIVES.contains(t.get(phraseEnd).lower());
    }

    /** Where the document's latest figure that says it has people come from, for a return that does not say. */
    private List<String> documentOrigin(StatisticKind kind, List<String> destinations) {
        if (!HOMEWARD.contains(kind)) {
            return List.of();
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            ReturnStatistic earlier = all.get(i);
            List<String> countries = countriesOf(earlier.origins());
            if (HOMEWARD.contains(earlier.kind()) && countries.size() == 1 && !destinations.contains(countries.get(0))) {
                return countries;
            }
        }
        return List.of();
    }

    private static List<String> countriesOf(List<String> keys) {
        return keys.stream().filter(k -> k.startsWith("country/")).toList();
    }

    /** Where the document's latest figure that says it has people return to, unless that is where these come from. */
    private List<String> documentDestination(List<String> origins) {
        for (int i = all.size() - 1; i >= 0; i--) {
            List<String> countries = countriesOf(all.get(i).destinations());
            if (HOMEWARD.contains(all.get(i).kind()) && countries.size() == 1 && !origins.contains(countries.get(0))) {
                return countries;
            }
        }
        return List.of();
    }

    /** The country acting as subject of an active verb: named, or behind the organisation or person that acts. */
    private String subjectCountry(SentenceFacts facts, int verb) {
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

    /** The number's period; "over the same period" is that of the figure just given. */
    private Period periodOf(SentenceFacts facts, Quantity q) {
        List<Token> t = facts.tokens();
        for (int j = 1; j < t.size(); j++) {
            if (t.get(j).is("period") && t.get(j - 1).is("same") && !all.isEmpty()) {
                return all.get(all.size() - 1).period();
            }
        }
        return period(facts, t.get(q.numberFrom()).start());
    }

    /** The time expression nearest the number, resolved. */
    static Period period(SentenceFacts facts, int offset) {
        TimeResolver.TimeExpression nearest = null;
        for (TimeResolver.TimeExpression e : facts.times()) {
            if (datesTheStatement(facts, e)) {
                continue;
            }
            if (nearest == null || distance(e, offset) < distance(nearest, offset)) {
                nearest = e;
            }
        }
        return nearest == null ? Period.UNKNOWN : nearest.period();
    }

    /** "the minister said last week that …", "the ministry said on Sunday": when it was said, not when people moved. */
    private static boolean datesTheStatement(SentenceFacts facts, TimeResolver.TimeExpression e) {
        List<Token> t = facts.tokens();
        for (int j = 1; j < t.size(); j++) {
            if (t.get(j).start() >= e.start()) {
                return SPEECH.contains(t.get(j - 1).lower());
            }
        }
        return false;
    }

    private static int distance(TimeResolver.TimeExpression e, int offset) {
        return Math.min(Math.abs(e.start() - offset), Math.abs(e.end() - offset));
    }

    private static String id(SentenceFacts facts, Quantity q) {
        return "statistic-" + facts.tokens().get(q.numberFrom()).start();
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
