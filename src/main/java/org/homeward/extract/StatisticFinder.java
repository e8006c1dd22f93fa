package org.homeward.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeward.model.Attribution;
import org.homeward.model.Entity;
import org.homeward.model.Flight;
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

    private static final Set<String> COMPOSING = Set.of("comprising", "comprised", "consisting", "composed");
    private static final Set<String> BREAKDOWN_CUES = Set.of("including", "among", "—", "–", ":", "(");
    private static final String COORDINATED = "stat.coordinated";
    /** The rule of a running total, which counts more people than any one journey carried. */
    static final String RUNNING_TOTAL = "stat.running-total";
    private static final Set<String> JOINERS = Set.of("and", ",", "or", "(");
    private static final Set<String> COUNTED = Set.of("numbered", "totalled", "totaled", "totalling", "totaling");
    private static final Set<String> RETRACTIONS = Set.of("correction", "erroneously", "incorrectly", "mistakenly");
    private static final Set<String> RANGE_JOINERS = Set.of("and");
    private static final Set<String> TOTAL_LINKS = Set.of(
            "to", "at", "reached", "hit", "topped", "passed", "exceeded", "was", "is", "stands", "stood");
    private static final Set<String> COMPARISONS = Set.of("compared", "against", "up", "down", "more", "fewer", "less");
    private static final Set<String> NEGATIONS = Set.of("no", "not", "none");
    private static final Set<String> LIST_CUES = Set.of(",", "and", ";", ":", "–", "—");
    private static final Set<String> DASHES = Set.of("–", "—");
    /** What may follow the number that closes an item of a list: the next item, or the list's end. */
    private static final Set<String> ITEM_ENDS = Set.of(",", "and", ";", ".");
    private static final Set<String> ORDINALS = Set.of(
            "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "final", "next");
    private static final Set<String> LIST_PHRASES = Set.of(
            "from", "by", "on", "through", "via", "at", "in", "to", "over", "during", "across", "last", "this");
    private static final Set<String> PARTITIVES = Set.of("them", "whom", "these", "those");
    private static final Set<String> LEAD_DETERMINERS = Set.of("the", "those", "these", "them");
    private static final Set<String> PART_OPENERS = Set.of("while", "and", "remaining");
    private static final int LEAD_REACH = 6;
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "for", "with", "against", "by", "from");
    /** Who a group of returnees is made of, as an existential sentence tells it: "There are 21 boys". */
    private static final Set<Population> SUBGROUPS = Set.of(
            Population.CHILDREN, Population.ORPHANS, Population.WOMEN, Population.MEN);
    /** Kinds of a journey made, which the passengers of a flight told after such a figure made too. */
    private static final Set<StatisticKind> JOURNEYS = Set.of(
            StatisticKind.RETURNED, StatisticKind.REPATRIATED, StatisticKind.EVACUATED);
    private static final Set<String> SERIES_STARTS = Set.of("first", "another", "latest", "new");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "on", "to", "into", "onto", "near");
    private static final Set<String> FIGURE_NOUNS = Set.of("figure", "figures", "tally", "estimate");
    private static final Set<String> OTHERS = Set.of("more", "others");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", "while", "whereas", "but", "although", "though");

    private final PopulationReader populations;
    private final EventReader events;
    private final Periods periods;
    private final ParsedEventReader parsedEvents;
    private final ListedFigures listedFigures;
    private final GappedFigures gappedFigures;
    private final String text;
    private final DocumentFigures figures;
    private final Routes routes;
    private final Set<String> aircraftNouns;
    private final Set<String> groupNouns;

    StatisticFinder(Lexicons lexicons, ParsedEventReader parsedEvents, DocumentFigures figures, Routes routes,
            String text) {
        this.populations = new PopulationReader(lexicons);
        this.aircraftNouns = lexicons.aircraftNouns;
        this.groupNouns = lexicons.predicates.entrySet().stream().filter(e -> e.getValue().equals("group"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        this.events = new EventReader(lexicons);
        this.periods = new Periods(lexicons);
        this.parsedEvents = parsedEvents;
        this.listedFigures = new ListedFigures(figures, text);
        this.gappedFigures = new GappedFigures(text);
        this.figures = figures;
        this.routes = routes;
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
            boolean ofGroup = partitiveEnd(t, q.to()) > q.to() + 2 && t.get(q.to() + 2).is("total"); // "200 of that total are minors"
            Optional<PopulationPhrase> copular = ofGroup ? Optional.empty() : populations.afterCopula(t, q.to(), facts.entities());
            Optional<PopulationPhrase> people = copular.isPresent() || ofGroup ? Optional.empty() : peopleOf(facts, k);
            if (copular.isEmpty() && people.isEmpty()) {
                int at = k;
                listedFigures.read(facts, q, found).or(() -> partitive(facts, at, found))
                        .or(() -> bare(facts, at, found)).or(() -> cumulative(facts, at, null))
                        .or(() -> counted(facts, q, found)).or(() -> elliptical(facts, q, found))
                        .or(() -> continued(facts, q, found)).or(() -> datedInList(facts, q, found))
                        .or(() -> gappedFigures.read(facts, q, found))
                        .or(() -> ledByTotal(facts, at))
                        .map(s -> s.partOf() != null ? s
                                : leadTotal(facts, at).map(total -> s.withPartOf(total.id())).orElse(s))
                        .ifPresent(s -> keep(s, found, facts));
                continue;
            }
            PopulationPhrase named = copular.orElseGet(people::get);
            boolean groupCountedHere = countedWithoutReturn(facts, k); // "50 citizens remain, among them 18 children"
            ReturnStatistic total = breakdownOf != null && joined(t, q) ? breakdownOf : totalWithin(t, q, found);
            boolean existential = Composition.isExistential(t, q) && SUBGROUPS.contains(named.population());
            boolean parts = Composition.isComposition(t, q, copular.isPresent(), named.end(), aircraftNouns) || existential;
            Optional<ReturnStatistic> restated = parts ? restatedGroup(facts, k) : Optional.empty();
            if (total == null && restated.isPresent()) {
                total = restated.get();
            } else if (total == null && !groupCountedHere && parts) {
                total = existential ? sameGroupJustGiven(named).orElseGet(() -> compositionTotal(facts, q, false,
                        named.nationality())) : compositionTotal(facts, q, copular.isPresent(), named.nationality());
            }
            if (total != null) {
                addPart(breakdown(facts, q, named, total), found, facts);
                breakdownOf = total;
                continue;
            }
            if (people.isEmpty()) {
                continue;
            }
            Optional<ReturnEvent> event = coordinated(t, q, previous).or(() -> event(facts, q, people.get()));
            if (event.isPresent()) {
                ReturnStatistic statistic = statistic(facts, q, people.get(), event.get(), routeEnd(t, facts.quantities(), k));
                if (isReturnFigure(statistic, event.get())) {
                    record(statistic, found, facts);
                }
                previous = event.get();
            } else {
                // "the total number of Iraqis returned … stands at 2,300 families": the unit is the number's own
                cumulative(facts, k, people.get()).ifPresent(s -> record(s, found, facts));
            }
        }
        return found;
    }

    /**
     * What happened to the counted group: what the parse says, when an event rule speaks of the group's head
     * noun, or of the number that the noun follows ("brought 64 of its citizens out of Sudan"); else what the
     * words around the number say; else, when no verb takes the group as its subject or object ("3,118
     * returnees this week"), what its noun says.
     */
    private Optional<ReturnEvent> event(SentenceFacts facts, Quantity q, PopulationPhrase people) {
        boolean partitive = q.to() < facts.tokens().size() && facts.tokens().get(q.to()).is("of");
        Optional<ParsedEventReader.Frame> frame = parsedEvents.read(facts.parse().get(), people.head())
                .or(() -> partitive ? parsedEvents.read(facts.parse().get(), q.to() - 1) : Optional.empty());
        Optional<ReturnEvent> parsed = frame.flatMap(ParsedEventReader.Frame::event);
        if (parsed.filter(e -> e.carriage() == ReturnEvent.Carriage.LEFT).isPresent()) {
            // "143 families left the centre for their home districts": the words may say where they went
            return events.read(facts.tokens(), q, people).or(() -> parsed);
        }
        if (frame.isPresent()) {
            return parsed;
        }
        Optional<ReturnEvent> read = events.read(facts.tokens(), q, people);
        return read.isPresent() || facts.parse().get().isArgument(people.head()) ? read
                : events.returnees(facts.tokens(), people);
    }

    /**
     * "6,284 returned in July", "Of them, 141 were flown home": a number that the parse makes the subject of
     * an event a rule speaks of; its people are those of the figure just given, or people. Not "no one".
     */
    private Optional<ReturnStatistic> bare(SentenceFacts facts, int k, List<ReturnStatistic> found) {
        Quantity q = facts.quantities().get(k);
        boolean negated = q.from() > 0 && NEGATIONS.contains(facts.tokens().get(q.from() - 1).lower());
        Optional<ReturnEvent> event = negated ? Optional.empty() : parsedEvents.readCount(facts.parse().get(), q.to() - 1)
                .flatMap(ParsedEventReader.Frame::event).filter(e -> !e.active());
        if (event.isEmpty()) {
            return Optional.empty();
        }
        ReturnStatistic model = latest(found);
        PopulationPhrase people = model == null ? new PopulationPhrase(Population.PEOPLE, null, q.to() - 1, q.to())
                : new PopulationPhrase(model.population(), model.nationality(), q.to() - 1, q.to());
        return Optional.of(statistic(facts, q, people, event.get(), routeEnd(facts.tokens(), facts.quantities(), k)))
                .filter(s -> isReturnFigure(s, event.get()));
    }

    /**
     * People who only arrived, or only left, count when they went home: "300 refugees arrived in Chad" and
     * "2,000 Sudanese left Khartoum" are no returns.
     */
    private static boolean isReturnFigure(ReturnStatistic statistic, ReturnEvent event) {
        boolean arrivedOrLeft = event.carriage() == ReturnEvent.Carriage.ARRIVED || event.carriage() == ReturnEvent.Carriage.LEFT;
        return !arrivedOrLeft || statistic.kind() == StatisticKind.RETURNED;
    }

    /**
     * Whether people of a known country left another one, and went nowhere else that the sentence names:
     * "180 Chileans have now left Peru"; or people of no stated country left the country the document's
     * returns come from ("7,218 persons left Austria" in a report of returns from Austria).
     */
    private boolean leftAbroad(String nationality, List<String> origins, List<String> destinations) {
        List<String> left = DocumentFigures.countriesOf(origins);
        List<String> reached = DocumentFigures.countriesOf(destinations);
        if (left.isEmpty() || !reached.isEmpty() && !reached.contains(nationality)) {
            return false;
        }
        return nationality != null ? !left.contains(nationality)
                : reached.isEmpty() && figures.documentOrigin(StatisticKind.RETURNED, List.of()).equals(left);
    }

    /**
     * "214 of them children", "eight of whom are children", "Six of them were girls", "31,200 of them to Sinja
     * town", "More than 340 of that total are minors": a part of the figure just given, of the people it names
     * or else of the figure's own. The figure must be this sentence's, unless the sentence opens with the part;
     * no group counted before the part in this sentence may be one that did not return ("12 citizens, eight of
     * whom are children, remain"); the part may not be told by what befell it ("Four of them were admitted to
     * hospital"); "one of them" is one person, no figure.
     */
    private Optional<ReturnStatistic> partitive(SentenceFacts facts, int k, List<ReturnStatistic> found) {
        List<Token> t = facts.tokens();
        Quantity q = facts.quantities().get(k);
        int pronoun = q.to() + 1;
        int after = partitiveEnd(t, q.to());
        ReturnStatistic total = found.isEmpty() && q.from() <= 1 ? figures.latest().orElse(null)
                : siblingTotal(facts, latest(found));
        boolean part = after > 0 && !governed(t, q) && total != null && total.value().compareTo(q.value()) > 0 && q.value().intValue() > 1;
        if (!part || countedWithoutReturn(facts, k) || befalls(facts, q.to() - 1) || befalls(facts, pronoun)) {
            return Optional.empty(); // the parse may make either the number or the pronoun the subject
        }
        int noun = after < t.size() && Composition.COPULAS.contains(t.get(after).lower()) ? after + 1 : after;
        PopulationPhrase own = new PopulationPhrase(total.population(), total.nationality(), q.to() - 1, q.to());
        return Optional.of(breakdown(facts, q, populations.at(t, noun, facts.entities()).orElse(own), total));
    }

    /**
     * "Of the 38, 29 had been working as domestic workers", "Of those, 640 flew to the capital and 210 to Erbil",
     * "…, while the remaining 51 will travel on": a sentence led by the figure just given counts its parts, each
     * opening the clause after the lead, or after "while", "and" or "remaining".
     */
    private Optional<ReturnStatistic> ledByTotal(SentenceFacts facts, int k) {
        Quantity q = facts.quantities().get(k);
        return leadTotal(facts, k).map(total -> breakdown(facts, q,
                new PopulationPhrase(total.population(), total.nationality(), q.to() - 1, q.to()), total));
    }

    /**
     * The figure just given, when the sentence is led by it and the number opens a part of it; a reader that
     * tells the part's own journey ("Of those, 863 flew to Baghdad") leaves it that figure's part.
     */
    private Optional<ReturnStatistic> leadTotal(SentenceFacts facts, int k) {
        List<Token> t = facts.tokens();
        Quantity q = facts.quantities().get(k);
        int comma = leadEnd(t);
        if (comma < 0 || q.from() <= comma || governed(t, q) || !opensPart(t, q.from() - 1, comma)) {
            return Optional.empty();
        }
        ReturnStatistic total = figures.latestTotal(facts.sentence().index());
        boolean named = total != null && facts.quantities().stream().filter(lead -> lead.to() <= comma)
                .allMatch(lead -> lead.value().compareTo(total.value()) == 0);
        if (!named || total.value().compareTo(q.value()) <= 0 || q.value().intValue() < 2) {
            return Optional.empty();
        }
        return Optional.of(total);
    }

    /** The comma that ends a lead "Of the 38,", "Of those,", "Of these returnees,"; -1 if the sentence has none. */
    private static int leadEnd(List<Token> t) {
        if (t.size() < 4 || !t.get(0).is("of") || !LEAD_DETERMINERS.contains(t.get(1).lower())) {
            return -1;
        }
        for (int j = 2; j < Math.min(t.size(), LEAD_REACH); j++) {
            if (t.get(j).is(",")) {
                return j;
            }
        }
        return -1;
    }

    private static boolean opensPart(List<Token> t, int before, int comma) {
        return before == comma || PART_OPENERS.contains(t.get(before).lower());
    }

    /** "in 11 of them": a number a preposition governs counts no people of its own. */
    private static boolean governed(List<Token> t, Quantity q) {
        return q.from() > 0 && PREPOSITIONS.contains(t.get(q.from() - 1).lower());
    }

    /**
     * "thirty-eight of whom had been held …, and four of whom had been living …": a part that follows another
     * part told the same way belongs to the same total.
     */
    private ReturnStatistic siblingTotal(SentenceFacts facts, ReturnStatistic latest) {
        boolean sibling = latest != null && latest.partOf() != null && facts.quantities().stream()
                .anyMatch(q -> latest.id().equals(id(facts, q)) && partitiveEnd(facts.tokens(), q.to()) > 0);
        return sibling ? figures.byId(latest.partOf()).orElse(latest) : latest;
    }

    /** The token after "of them", "of whom", "of that total" following a number, or 0 when none follows. */
    private static int partitiveEnd(List<Token> t, int of) {
        if (of + 1 >= t.size() || !t.get(of).is("of")) {
            return 0;
        }
        String next = t.get(of + 1).lower();
        if (PARTITIVES.contains(next)) {
            return of + 2 < t.size() && t.get(of + 2).is("who") ? 0 : of + 2; // "of those who" names a group anew
        }
        boolean total = (next.equals("that") || next.equals("this")) && of + 2 < t.size() && t.get(of + 2).is("total");
        return total ? of + 3 : 0;
    }

    private boolean befalls(SentenceFacts facts, int token) {
        return parsedEvents.befalls(facts.parse().get(), token);
    }

    /** "Correction: an earlier version of this post said 240": a figure the text itself withdraws. */
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
            if (people && !figures.recorded(id(facts, earlier))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The 160 returnees comprised 40 men, …": the figure the document gave before, which an earlier number of
     * this sentence names again as the group the number breaks down.
     */
    private Optional<ReturnStatistic> restatedGroup(SentenceFacts facts, int k) {
        List<Token> t = facts.tokens();
        for (int i = k - 1; i >= 0; i--) {
            Quantity earlier = facts.quantities().get(i);
            boolean definite = earlier.from() > 0 && LEAD_DETERMINERS.contains(t.get(earlier.from() - 1).lower());
            if (definite && populations.at(t, earlier.to(), facts.entities()).isPresent()) {
                return figures.toldAs(earlier.value(), facts.sentence().index());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the number is given as "the figure": "the final figure was", "put the figure higher, at", "put
     * the number at", "put the number who had left at", "the real number could be closer to".
     */
    private static boolean figureOf(List<Token> t, int from) {
        int link = Tokens.before(t, from);
        if (link >= 0 && (FIGURE_NOUNS.contains(t.get(link).lower()) || t.get(link).is("number"))) {
            return true; // "put the figure closer to 3,000"
        }
        if (link < 1 || !Set.of("was", "is", "be", "at", "of").contains(t.get(link).lower())) {
            return false;
        }
        for (int j = Math.max(0, link - 5); j < link; j++) {
            if (FIGURE_NOUNS.contains(t.get(j).lower()) || t.get(j).is("number") && numberAsFigure(t, j, link)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "there are about 7,500 of them in the country, though estimates put the number at more than 10,000": an
     * earlier number of the sentence that counts no return is the one the figure restates.
     */
    private static boolean countsOtherPeopleFirst(SentenceFacts facts, Quantity q, List<ReturnStatistic> found) {
        return facts.quantities().indexOf(q) > found.size();
    }

    /**
     * "the number at 1,650", "the number who had left at 11,500", "the number could be": a number told without
     * what it counts.
     */
    private static boolean numberAsFigure(List<Token> t, int number, int link) {
        int next = number + 1;
        return next == link || t.get(next).is("who") || t.get(next).is("that")
                || next == link - 1 && t.get(link).is("be"); // "the number could be"
    }

    /** The figure just given: the sentence's last, or the document's latest before it. */
    private ReturnStatistic latest(List<ReturnStatistic> found) {
        return !found.isEmpty() ? found.get(found.size() - 1) : figures.latest().orElse(null);
    }

    private void addPart(ReturnStatistic part, List<ReturnStatistic> found, SentenceFacts facts) {
        found.add(part);
        figures.addPart(part, facts.sentence().index());
    }

    /** Keeps a figure as a part when it names its total, else as a total. */
    private void keep(ReturnStatistic statistic, List<ReturnStatistic> found, SentenceFacts facts) {
        if (statistic.partOf() != null) {
            addPart(statistic, found, facts);
        } else {
            record(statistic, found, facts);
        }
    }

    private void record(ReturnStatistic statistic, List<ReturnStatistic> found, SentenceFacts facts) {
        found.add(statistic);
        figures.addTotal(statistic, facts.sentence().index());
    }

    /** The people a number counts; in a range ("between 300 and 400 families") the first shares the second's. */
    private Optional<PopulationPhrase> peopleOf(SentenceFacts facts, int k) {
        List<Token> t = facts.tokens();
        Quantity q = facts.quantities().get(k);
        Optional<PopulationPhrase> people = populations.at(t, q.to(), facts.entities());
        boolean range = people.isEmpty() && k + 1 < facts.quantities().size() && q.to() < t.size()
                && RANGE_JOINERS.contains(t.get(q.to()).lower()) && facts.quantities().get(k + 1).numberFrom() == q.to() + 1;
        return range ? populations.at(t, facts.quantities().get(k + 1).to(), facts.entities())
                : people.or(() -> moreOfTheSame(facts, q));
    }

    /**
     * "About 3,000 more have registered …", "some 250 others remained …": "more" or "others" standing for people
     * that the figure just given counts, when a verb takes them as its subject or object.
     */
    private Optional<PopulationPhrase> moreOfTheSame(SentenceFacts facts, Quantity q) {
        List<Token> t = facts.tokens();
        int head = q.to();
        Parse parse = facts.parse().get();
        boolean standsForPeople = head < t.size() && OTHERS.contains(t.get(head).lower())
                && parse.isArgument(head) && !parse.actsOnCounted(head); // not "three more brought home 545"
        return standsForPeople ? figures.latest().map(model -> new PopulationPhrase(model.population(),
                model.nationality(), head, head + 1)) : Optional.empty();
    }

    /**
     * The group a make-up statement breaks down: for "N were women" the sentence must point back at the group
     * ("Of the returnees, …", "the passengers") or continue the make-up begun in the sentence before.
     */
    private ReturnStatistic compositionTotal(SentenceFacts facts, Quantity q, boolean copular, String nationality) {
        List<Token> t = facts.tokens();
        int sentence = facts.sentence().index();
        boolean pointsBack = Composition.refersToGroup(t, copular ? Math.min(t.size(), q.to() + 4) : q.from());
        boolean continues = copular && figures.compositionContinues(sentence);
        return pointsBack || continues || !copular ? figures.latestTotal(sentence, nationality) : null;
    }

    /** "… and 58 children. There are 30 boys and 28 girls": the figure just given, when it counts the same people. */
    private Optional<ReturnStatistic> sameGroupJustGiven(PopulationPhrase named) {
        return figures.latest().filter(s -> s.population() == named.population());
    }

    /**
     * "brings to 86 the number of children the Netherlands has brought home", "the number of Syrians who
     * have returned … has reached 145,639", "put the number of returnees at about 165,000": a running total.
     */
    private Optional<ReturnStatistic> cumulative(SentenceFacts facts, int k, PopulationPhrase unit) {
        List<Token> t = facts.tokens();
        Quantity q = facts.quantities().get(k);
        int link = Tokens.before(t, q.from()); // 'at "over 11,000"'
        boolean linked = link >= 0 && TOTAL_LINKS.contains(t.get(link).lower());
        int from = countedFrom(t);
        if (!linked || from < 0) {
            return Optional.empty();
        }
        Optional<PopulationPhrase> people = populations.at(t, from, facts.entities())
                .or(() -> populations.unnamed(t, from));
        if (people.isEmpty()) {
            return Optional.empty();
        }
        int clauseEnd = q.from() > from ? q.from() : t.size();
        PopulationPhrase counted = unit == null ? people.get()
                : new PopulationPhrase(unit.population(), people.get().nationality(), people.get().head(), people.get().end());
        Optional<ReturnEvent> event = events.clause(t, people.get(), clauseEnd)
                .or(() -> events.modified(t, people.get()));
        return event.map(e -> statistic(facts, q, counted,
                new ReturnEvent(e.kind(), e.verb(), e.active(), RUNNING_TOTAL, e.carriage()), clauseEnd));
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
        ReturnStatistic model = latest(found);
        StatisticKind kind = t.get(head).is("returnees") ? StatisticKind.RETURNED : model == null ? null : model.kind();
        return kind == null ? Optional.empty() : Optional.of(statistic(facts, q, people.get(),
                new ReturnEvent(kind, verb, false, "stat.numbered"), t.size()));
    }

    /**
     * Where what a running total counts begins: after "the number of", "the total number of", "the total of", or
     * after a bare "the number" ("the number evacuated by Poland").
     */
    private static int countedFrom(List<Token> t) {
        int bare = -1;
        for (int j = 1; j + 1 < t.size(); j++) {
            if (t.get(j).is("of") && (t.get(j - 1).is("number") || t.get(j - 1).is("total"))) {
                return j + 1;
            }
            if (bare < 0 && t.get(j).is("number") && t.get(j - 1).is("the")) {
                bare = j + 1;
            }
        }
        return bare;
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
        boolean figure = figureOf(t, q.from()) // "the correct figure was 127", "puts the figure higher, at 90,000"
                && !countsOtherPeopleFirst(facts, q, found);
        ReturnStatistic model = !found.isEmpty() ? found.get(found.size() - 1)
                : another || figure ? figures.latest().orElse(null) : null;
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
     * "2,934 crossed at the northern post and 983 through the southern one", "458 returned this week: 151 on
     * Monday, 139 on Tuesday": a bare number that continues a list begun by a figure of the sentence and
     * carries its own phrase of how, when or where; it counts the same people in the same event. After a
     * colon or a dash it is a part of that figure; after "and" or a comma, its sibling.
     */
    private Optional<ReturnStatistic> continued(SentenceFacts facts, Quantity q, List<ReturnStatistic> found) {
        List<Token> t = facts.tokens();
        boolean phrase = q.to() < t.size() && LIST_PHRASES.contains(t.get(q.to()).lower());
        String cue = q.from() > 0 ? t.get(q.from() - 1).lower() : "";
        boolean followed = cue.equals("by") && q.from() > 1 && t.get(q.from() - 2).is("followed"); // "174, followed by 169 on …"
        boolean listed = phrase && (LIST_CUES.contains(cue) || followed);
        if (found.isEmpty() || !listed && !(cue.equals("with") && ordinalBefore(t, q.from() - 1))) {
            return Optional.empty();
        }
        ReturnStatistic model = found.get(found.size() - 1);
        int end = routeEnd(t, facts.quantities(), facts.quantities().indexOf(q));
        PopulationPhrase people = new PopulationPhrase(model.population(), model.nationality(), q.to() - 1, q.to());
        ReturnStatistic own = statistic(facts, q, people, new ReturnEvent(model.kind(), q.from() - 1, false, "stat.continued"), end);
        boolean placed = facts.entities().stream().anyMatch(m -> m.from() >= q.to() && m.to() <= end);
        boolean part = (cue.equals(":") || DASHES.contains(cue)) && model.value().compareTo(q.value()) > 0;
        return Optional.of(model.restated(own.id(), q.value(), q.qualifier(),
                placed ? own.origins() : model.origins(), placed ? own.destinations() : model.destinations(),
                periods.ofPhrase(facts, q, end).orElse(model.period()), part ? model.id() : model.partOf(),
                own.evidence(), new Provenance("stat.continued", 0.8)));
    }

    /**
     * "On Monday 412 people were taken out, on Tuesday 530 and on Wednesday a record 688", "the second, also on
     * Wednesday, 159,": a bare number that closes a list item opened by its own day, in a list begun by a figure of
     * the sentence, counts the same people in the same event on that day.
     */
    private Optional<ReturnStatistic> datedInList(SentenceFacts facts, Quantity q, List<ReturnStatistic> found) {
        List<Token> t = facts.tokens();
        boolean closes = q.to() == t.size() || ITEM_ENDS.contains(t.get(q.to()).lower());
        int last = q.from() - 1;
        boolean record = last >= 1 && t.get(last).is("record") && t.get(last - 1).is("a"); // "a record 688"
        last -= last >= 0 && t.get(last).is(",") ? 1 : record ? 2 : 0;
        if (found.isEmpty() || !closes || last < 0) {
            return Optional.empty();
        }
        int end = t.get(last).end();
        Optional<TimeResolver.TimeExpression> time = facts.times().stream().filter(x -> x.end() == end).findFirst();
        int first = time.map(x -> Tokens.at(t, x.start())).orElse(-1);
        int cue = first > 0 && LIST_PHRASES.contains(t.get(first - 1).lower()) ? first - 2 : first - 1;
        cue -= cue > 0 && t.get(cue).is("also") ? 1 : 0;
        if (cue < 0 || !LIST_CUES.contains(t.get(cue).lower())) {
            return Optional.empty();
        }
        ReturnStatistic model = found.get(found.size() - 1);
        return Optional.of(model.restated(id(facts, q), q.value(), q.qualifier(), model.origins(), model.destinations(),
                time.get().period(), model.partOf(), sentenceSpan(facts), new Provenance("stat.dated-in-list", 0.7)));
    }

    /** "and a fourth, with 136 on board", "a second one, with 120,": the next of the flights or groups just told. */
    private static boolean ordinalBefore(List<Token> t, int with) {
        int j = with - 1;
        while (j >= 0 && (t.get(j).is(",") || t.get(j).is("one"))) {
            j--;
        }
        return j >= 1 && ORDINALS.contains(t.get(j).lower()) && (t.get(j - 1).is("a") || t.get(j - 1).is("the"));
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

    /** "identified 80 children ..., and 45 children ...": a coordinated number shares the verb before the first. */
    private static Optional<ReturnEvent> coordinated(List<Token> t, Quantity q, ReturnEvent previous) {
        boolean nominal = q.from() > 0 && t.get(q.from() - 1).is("of"); // "the repatriation of 28 …, and of three …"
        boolean rangeEnd = q.qualifier() == Qualifier.UP_TO && t.get(q.from()).is("and"); // "between 300 and 400"
        if (previous != null && rangeEnd) {
            return Optional.of(previous);
        }
        if (previous == null || !(previous.active() || nominal) || !joined(t, q)) {
            return Optional.empty();
        }
        return Optional.of(new ReturnEvent(previous.kind(), previous.verb(), true, COORDINATED, previous.carriage()));
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

    /**
     * "100 citizens, including 23 women", "3,412 returnees, among them 612 children", "1,204 passengers, of whom
     * 1,186 are Indians": the total this number breaks down, earlier in the same sentence.
     */
    private static ReturnStatistic totalWithin(List<Token> t, Quantity q, List<ReturnStatistic> found) {
        ReturnStatistic latest = found.isEmpty() ? null : found.get(found.size() - 1);
        boolean partitive = q.from() > 1 && PARTITIVES.contains(t.get(q.from() - 1).lower())
                && (t.get(q.from() - 2).is("among") || t.get(q.from() - 2).is("of"));
        boolean cue = q.from() > 0 && BREAKDOWN_CUES.contains(t.get(q.from() - 1).lower()) || partitive
                || composedOf(t, q.from()) && latest != null && latest.value().compareTo(q.value()) > 0;
        return cue ? latest : null;
    }

    /**
     * "comprising 180 nationals", "consisting of 40 women", "made up of 12 families": what a group holds; a
     * part only when fewer than the group ("52 families, consisting of 219 people" counts them anew).
     */
    private static boolean composedOf(List<Token> t, int from) {
        int cue = from > 1 && t.get(from - 1).is("of") ? from - 2 : from - 1;
        if (cue >= 1 && t.get(cue).is("up") && t.get(cue - 1).is("made")) {
            return true;
        }
        return cue >= 0 && COMPOSING.contains(t.get(cue).lower());
    }

    private ReturnStatistic breakdown(SentenceFacts facts, Quantity q, PopulationPhrase people, ReturnStatistic total) {
        Attribution speaker = facts.speaker();
        String nationality = people.nationality() != null ? people.nationality() : total.nationality();
        boolean ownHome = people.nationality() != null && !people.nationality().equals(total.nationality())
                && DocumentFigures.HOMEWARD.contains(total.kind()); // "including 312 Malians": they go to Mali
        // "The group - eight women, … - landed late on Friday": a total with no time takes the part's
        Period period = ownTime(facts, q, total).orElse(total.period().isUnknown()
                ? periods.ofPhrase(facts, q, facts.tokens().size()).orElse(total.period()) : total.period());
        return new ReturnStatistic(id(facts, q), q.value(), q.qualifier(), people.population(), total.kind(),
                nationality, total.origins(), ownHome ? List.of(people.nationality()) : total.destinations(), period,
                speaker != null ? speaker.speaker() : total.statedBy(), speaker != null ? speaker.id() : total.attribution(),
                total.id(), sentenceSpan(facts), new Provenance("stat.breakdown", 0.8));
    }

    /**
     * "The returnees who landed on Tuesday included 119 women": a part told in a sentence of its own, after its
     * total, counts the time that sentence gives, not the total's.
     */
    private Optional<Period> ownTime(SentenceFacts facts, Quantity q, ReturnStatistic total) {
        Span sentence = sentenceSpan(facts);
        boolean totalHere = total.evidence().start() < sentence.end() && sentence.start() < total.evidence().end();
        Period nearest = periods.nearest(facts, facts.tokens().get(q.numberFrom()).start());
        return totalHere || nearest.isUnknown() ? Optional.empty() : Optional.of(nearest);
    }

    private ReturnStatistic statistic(SentenceFacts facts, Quantity q, PopulationPhrase people, ReturnEvent event,
            int windowEnd) {
        List<Token> t = facts.tokens();
        boolean sharedVerb = event.rule().equals(COORDINATED);
        int routeFrom = sharedVerb ? people.end() : Math.min(people.end(), event.verb());
        int routeTo = Math.max(Routes.beforeOtherClause(facts, event.verb(), people.head(), routeFrom, windowEnd),
                Math.min(t.size(), event.verb() + 1));
        String subject = event.active() ? routes.subjectCountry(facts, event.verb()) : null;
        String nationality = nationality(facts, q, people, event, subject);
        Population population = RouteReader.fromAbroad(t, routeFrom, routeTo)
                && (people.population() == Population.PEOPLE || people.population() == Population.CITIZENS)
                ? Population.REFUGEES : people.population();
        List<String> origins = routes.origins(facts, people, routeFrom, routeTo, event.verb(), nationality, population);
        boolean foreignersSent = Routes.sendsForeignersAway(subject, people.allegiance(), event.kind());
        if (origins.isEmpty() && (Routes.sendsOthersHome(subject, nationality, event.kind()) || foreignersSent)) {
            origins = List.of(subject);
        }
        List<String> destinations = routes.destinations(facts, event, routeFrom, routeTo, nationality,
                foreignersSent ? null : subject, origins,
                population, nationality == null && Routes.unrecognisedModifier(t, q.to(), people.head()));
        if (origins.isEmpty() && population == Population.INTERNALLY_DISPLACED_PERSONS) {
            origins = DocumentFigures.countriesOf(destinations);
        } else if (origins.isEmpty() && !Routes.locatedElsewhere(t, people.end())) {
            origins = figures.documentOrigin(event.kind(), destinations);
            if (origins.isEmpty()) {
                figures.await(DocumentFigures.Leg.ORIGIN, id(facts, q)); // perhaps the rest of the document gives it
            }
        }
        if (destinations.isEmpty() && !Routes.MIXED.contains(population)) {
            figures.await(DocumentFigures.Leg.DESTINATION, id(facts, q));
        }
        List<String> destinationCountries = DocumentFigures.countriesOf(destinations);
        if (nationality == null && people.ownState()
                && DocumentFigures.HOMEWARD.contains(event.kind()) && destinationCountries.size() == 1) {
            nationality = destinationCountries.get(0); // citizens going home: "110 of its citizens"
        }
        List<String> arrivedAt = event.carriage() == ReturnEvent.Carriage.ARRIVED && destinations.isEmpty()
                && isNumberedGroup(t, q) && namesNoPlace(facts, event.verb())
                ? routes.whereReturnsGo(nationality, origins) : List.of();
        if (!arrivedAt.isEmpty()) {
            destinations = arrivedAt; // "The second batch of 211 landed on Friday night"
        }
        boolean home = event.carriage() == ReturnEvent.Carriage.LEFT ? leftAbroad(nationality, origins, destinations)
                : !arrivedAt.isEmpty()
                        || event.carried() && routes.carriedHome(t, people, nationality, destinations, origins);
        StatisticKind kind = home ? StatisticKind.RETURNED : event.kind();
        Attribution speaker = facts.speaker();
        return new ReturnStatistic(id(facts, q), q.value(), q.qualifier(), population, kind, nationality, origins,
                destinations, periods.of(facts, q, figures.latest(), kind == StatisticKind.EXPECTED_TO_RETURN),
                speaker == null ? null : speaker.speaker(),
                speaker == null ? null : speaker.id(), null, sentenceSpan(facts),
                new Provenance(event.rule(), confidence(event)));
    }

    /** "the first batch of 385", "a second group of 54 women": one of the numbered groups of a series of returns. */
    private boolean isNumberedGroup(List<Token> t, Quantity q) {
        int of = q.from() - 1;
        return of >= 2 && t.get(of).is("of") && groupNouns.contains(t.get(of - 1).lower())
                && (ORDINALS.contains(t.get(of - 2).lower()) || SERIES_STARTS.contains(t.get(of - 2).lower()));
    }

    /**
     * Whether the words after the verb name no place, only times: "arrived on Friday night", not "arrived on the
     * islands", "landed in Kochi" or "were taken to hospital".
     */
    private static boolean namesNoPlace(SentenceFacts facts, int verb) {
        List<Token> t = facts.tokens();
        for (int j = verb + 1; j + 1 < t.size(); j++) {
            Token next = t.get(j + 1);
            if (PLACE_PREPOSITIONS.contains(t.get(j).lower())
                    && facts.times().stream().noneMatch(e -> e.start() <= next.start() && next.end() <= e.end())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The people's country: as the phrase says it; or the country that brings its own citizens home
     * ("Kosovo repatriated 110 citizens"); or, for "40 more children", that of the earlier figure.
     */
    private String nationality(SentenceFacts facts, Quantity q, PopulationPhrase people, ReturnEvent event,
            String subject) {
        if (people.nationality() != null || people.allegiance() == PopulationPhrase.Allegiance.FOREIGN) {
            return people.nationality(); // "foreign workers" are of no state the sentence names
        }
        boolean ownPeople = people.ownState() || event.kind() == StatisticKind.REPATRIATED
                || event.kind() == StatisticKind.RETURNED || event.kind() == StatisticKind.TRANSFERRED;
        if (subject != null && ownPeople) {
            return subject;
        }
        return figures.continues(facts.tokens(), q, people)
                .map(ReturnStatistic::nationality).orElse(null);
    }

    /**
     * "landed in Frankfurt with 171 passengers": the people a flight of the sentence carried, a figure of their
     * own when no figure of the sentence counts them and the document has counted people going somewhere
     * before. They made the journey of that figure (the flight may be one leg of it), and are part of it when
     * fewer: one plane of an airlift.
     */
    Optional<ReturnStatistic> carried(SentenceFacts facts, Flight flight, List<ReturnStatistic> found) {
        BigDecimal passengers = flight.passengerCount();
        Optional<ReturnStatistic> before = figures.latest().filter(s -> JOURNEYS.contains(s.kind()));
        Optional<Quantity> stated = facts.quantities().stream().filter(q -> q.value().compareTo(passengers) == 0)
                .findFirst();
        if (before.isEmpty() || stated.isEmpty() || found.stream().anyMatch(s -> s.value().compareTo(passengers) == 0)) {
            return Optional.empty();
        }
        ReturnStatistic journey = before.get();
        Quantity q = stated.get();
        Optional<PopulationPhrase> people = populations.at(facts.tokens(), q.to(), facts.entities());
        Population population = people.map(PopulationPhrase::population)
                .orElse(flight.population() != null ? flight.population() : Population.PEOPLE);
        String nationality = people.map(PopulationPhrase::nationality).orElse(flight.nationality());
        Attribution speaker = facts.speaker();
        boolean part = journey.value().compareTo(passengers) > 0;
        ReturnStatistic statistic = new ReturnStatistic(id(facts, q), q.value(), q.qualifier(), population,
                journey.kind(), nationality, journey.origins().isEmpty() ? flight.origins() : journey.origins(),
                journey.destinations().isEmpty() ? flight.destinations() : journey.destinations(), flight.period(),
                speaker == null ? null : speaker.speaker(), speaker == null ? null : speaker.id(),
                part ? journey.id() : null, sentenceSpan(facts), new Provenance("stat.flight-passengers", 0.7));
        keep(statistic, found, facts);
        return Optional.of(statistic);
    }

    /** The id of the statistic that counts the number: "statistic-" and the number's offset in the text. */
    static String id(SentenceFacts facts, Quantity q) {
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
