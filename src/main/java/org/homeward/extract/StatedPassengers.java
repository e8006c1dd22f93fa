package org.homeward.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How many people an aircraft had on board, as its own sentence states it, whether or not a return statistic
 * counts them: "a charter from Xland carrying 54 landed", "the airline flew 164 passengers to Kemba", "landed with
 * 143 workers on board", "84 passengers were on the first aircraft", "151 Xlanders flew home".
 */
final class StatedPassengers {

    /** Words between a verb and the number it carries ("brought the remaining 197", "took another 148"). */
    private static final Set<String> LEAD_INS = Set.of("another", "the", "remaining", "a", "further", "all");
    /** Words after which a number stands for people by itself ("carrying 54 landed", "with 177, on Saturday"). */
    private static final Set<String> BARE_FOLLOWERS = Set.of("from", "to", "on", "aboard", "home", "back", "in", "at",
            "and", "landed", "arrived", "touched");
    /** Words that end the clause of an aircraft before a verb could have it for subject. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "said", "says", "while", "but", "whereas",
            "since", "after", "before", "when");
    /** Words that put people on counted flights ("on two flights", "aboard three charters"). */
    private static final Set<String> ON_FLIGHTS = Set.of("on", "aboard", "in", "by");
    private static final Set<String> AUXILIARIES = Set.of("were", "was", "had", "have", "been", "be");
    /** How many tokens a verb may stand after the aircraft or carrier it has for subject. */
    private static final int REACH = 10;
    /**
     * How many tokens may stand between counted flights and the people they carried, told by who they are and
     * where from ("returned from the Kingdom of Xland (KX) on 19 flights").
     */
    private static final int FLIGHTS_REACH = 16;
    /** Words that end the clause of the people before "on" counted flights could be theirs. */
    private static final Set<String> SENTENCE_BREAKS = Set.of(";", ":", "said", "says");
    /** How many tokens a people phrase may take after its number ("84 stranded Xlander passengers"). */
    private static final int PHRASE = 4;
    /** Words that make the people after them a part of others ("eleven nurses among the evacuees"). */
    private static final Set<String> PART_WORDS = Set.of("among", "including");
    /** More people than the largest airliners seat: a figure of several flights, not what one carried. */
    static final BigDecimal MOST_ON_BOARD = new BigDecimal(600);

    private final PopulationReader populations;
    private final Set<String> carryVerbs;
    private final Set<String> flyVerbs;

    StatedPassengers(Lexicons lexicons) {
        this.populations = new PopulationReader(lexicons);
        this.carryVerbs = lexicons.carryVerbs;
        this.flyVerbs = lexicons.flyVerbs;
    }

    /**
     * The first number of the sentence that counts the people on board: the object of a verb of carrying, or of
     * "with", whose subject is an aircraft or carrier at one of {@code anchors}; the subject of "were on" such an
     * aircraft; or the subject of a verb of flying.
     */
    Optional<Quantity> find(SentenceFacts facts, List<Integer> anchors) {
        List<Token> t = facts.tokens();
        for (Quantity q : facts.quantities()) {
            if (peopleEnd(facts, q) < 0 || joined(facts, q)) {
                continue;
            }
            Chain people = chain(facts, q);
            int before = leadIn(t, q.from());
            boolean carried = before >= 0 && (carryVerbs.contains(t.get(before).lower()) || t.get(before).is("with"))
                    && anchoredBefore(t, anchors, before);
            if ((carried || onBoard(t, people.end(), anchors) || flew(t, people.end()) || flownAsParsed(facts, q))
                    && people.people().compareTo(MOST_ON_BOARD) <= 0) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /**
     * How many people the counted flights carried, as their sentence states it: the object of a verb of carrying
     * after the flight noun ("three charter flights carried 512 migrants"), or the people counted just before
     * "on" the flights ("returned on two flights", "brings the total to 3,742, on 14 flights").
     */
    Optional<BigDecimal> onFlights(SentenceFacts facts, Quantity flights, int noun) {
        List<Token> t = facts.tokens();
        for (Quantity q : facts.quantities()) {
            int before = leadIn(t, q.from());
            if (q.from() > noun && before > noun && carryVerbs.contains(t.get(before).lower())
                    && before - noun <= FLIGHTS_REACH && noBreak(t, noun + 1, before) && peopleEnd(facts, q) >= 0) {
                return Optional.of(total(facts, q));
            }
        }
        int on = flights.from() - 1;
        if (on < 1 || !ON_FLIGHTS.contains(t.get(on).lower())) {
            return Optional.empty();
        }
        Quantity carried = null;
        for (Quantity q : facts.quantities()) {
            if (q.to() <= on && on - q.to() <= FLIGHTS_REACH && !inTime(facts, q) && named(facts, q)
                    && t.subList(q.to(), on).stream().noneMatch(w -> SENTENCE_BREAKS.contains(w.lower()))) {
                carried = q;
            }
        }
        return carried == null || carried.value().compareTo(flights.value()) <= 0 ? Optional.empty()
                : Optional.of(carried.value());
    }

    /** Whether the number counts people by a noun, or stands alone before a comma ("to 3,742, on 14 flights"). */
    private boolean named(SentenceFacts facts, Quantity q) {
        int end = peopleEnd(facts, q);
        return end > q.to() || end == q.to() && end < facts.tokens().size() && facts.tokens().get(end).is(",");
    }

    private static boolean inTime(SentenceFacts facts, Quantity q) {
        int at = facts.tokens().get(q.numberFrom()).start();
        return facts.times().stream().anyMatch(e -> e.start() <= at && at < e.end());
    }

    /** The people the number counts with the groups joined to them by "and" ("89 adults and five infants": 94). */
    BigDecimal total(SentenceFacts facts, Quantity first) {
        return chain(facts, first).people();
    }

    /** The groups joined by "and" from the number on: how many people they count, and where they end. */
    private Chain chain(SentenceFacts facts, Quantity first) {
        BigDecimal sum = first.value();
        int end = peopleEnd(facts, first);
        for (Quantity q : facts.quantities()) {
            if (end > 0 && q.from() == end + 1 && facts.tokens().get(end).is("and") && peopleEnd(facts, q) > q.to()) {
                sum = sum.add(q.value());
                end = peopleEnd(facts, q);
            }
        }
        return new Chain(sum, end);
    }

    private record Chain(BigDecimal people, int end) {}

    /** The index after the people a number counts, the number's own end when it stands alone, or -1. */
    private int peopleEnd(SentenceFacts facts, Quantity q) {
        List<Token> t = facts.tokens();
        int next = q.to();
        if (next >= t.size()) {
            return next;
        }
        Optional<PopulationPhrase> people = populations.at(t, next, facts.entities());
        if (people.isPresent() && people.get().head() < next + PHRASE
                && t.subList(next, people.get().head()).stream().noneMatch(w -> PART_WORDS.contains(w.lower()))) {
            return people.get().end();
        }
        return !t.get(next).isWord() || BARE_FOLLOWERS.contains(t.get(next).lower()) ? next : -1;
    }

    /** Whether the number's people follow another group's after "and": the first group counts them all. */
    private boolean joined(SentenceFacts facts, Quantity q) {
        return q.from() > 0 && facts.tokens().get(q.from() - 1).is("and") && facts.quantities().stream()
                .anyMatch(p -> p.to() < q.from() && peopleEnd(facts, p) == q.from() - 1);
    }

    /** The index of the word before a number and the words that lead into it, or -1. */
    private static int leadIn(List<Token> t, int from) {
        int j = from - 1;
        while (j >= 0 && LEAD_INS.contains(t.get(j).lower())) {
            j--;
        }
        return j;
    }

    /** Whether an anchor stands before the verb, close enough and in its clause, to be its subject. */
    private static boolean anchoredBefore(List<Token> t, List<Integer> anchors, int verb) {
        for (int a : anchors) {
            if (a < verb && verb - a <= REACH && noBreak(t, a + 1, verb)) {
                return true;
            }
        }
        return false;
    }

    private static boolean noBreak(List<Token> t, int from, int to) {
        for (int j = from; j < to; j++) {
            if (CLAUSE_BREAKS.contains(t.get(j).lower())) {
                return false;
            }
        }
        return true;
    }

    /** "84 passengers were on the first aircraft", "were aboard the plane". */
    private static boolean onBoard(List<Token> t, int end, List<Integer> anchors) {
        if (end + 1 >= t.size() || !t.get(end).is("were") && !t.get(end).is("was")
                || !t.get(end + 1).is("on") && !t.get(end + 1).is("aboard")) {
            return false;
        }
        return anchors.stream().anyMatch(a -> a > end + 1 && a <= end + 1 + PHRASE);
    }

    /** "151 Xlanders flew from …", "the 40 children were flown home". */
    /**
     * "71 children whose mothers are held abroad were flown home": the people the number counts are the passive
     * subject of a verb of flying, however far from it.
     */
    private boolean flownAsParsed(SentenceFacts facts, Quantity q) {
        int head = peopleEnd(facts, q) - 1;
        if (facts.tokens().stream().noneMatch(token -> flyVerbs.contains(token.lower()))) {
            return false; // no verb of flying to govern them: the sentence need not be parsed for it
        }
        Parse parse = facts.parse().get();
        IndexedWord node = head < q.to() - 1 ? null : parse.node(head);
        return node != null && parse.graph().incomingEdgeList(node).stream()
                .filter(e -> e.getRelation().toString().equals("nsubj:pass"))
                .anyMatch(e -> flyVerbs.contains(e.getGovernor().word().toLowerCase(Locale.ROOT)));
    }

    private boolean flew(List<Token> t, int end) {
        int j = end;
        while (j < t.size() && AUXILIARIES.contains(t.get(j).lower())) {
            j++;
        }
        return j < t.size() && flyVerbs.contains(t.get(j).lower());
    }
}
