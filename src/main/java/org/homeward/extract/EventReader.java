package org.homeward.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.model.StatisticKind;

/**
 * Decides what happened to the people a number counts, from the verb before the number ("Ruritania
 * repatriated 40 children", "brought home 40 children") or after the phrase ("40 children were repatriated",
 * "went back", "would be able to return", "who required resettlement"). A departure, death, displacement or
 * stay ("left", "were killed", "remain") means the number is not a return statistic. A return that is
 * planned, hoped for or possible ("agreed to return", "could go back") is an expected return.
 */
final class EventReader {

    private static final Set<String> FILLERS = Set.of(
            "a", "total", "of", "another", "the", "all", "some", "an", "to", "home", "back", "over");
    private static final Set<String> MODALS = Set.of(
            "would", "could", "will", "expected", "able", "set", "due", "plan", "planned", "plans", "intend",
            "intends", "hope", "hoping", "hopes", "want", "wants", "wanted", "wish", "may", "might", "can", "likely",
            "ready", "willing", "eligible", "allowed", "scheduled", "agreement", "agreed", "pledged", "promised",
            "aims", "aim", "seeks", "seek", "deal", "proposal", "offered", "prepared", "should");
    private static final Set<String> WAITING = Set.of("awaiting", "await", "waiting", "wait", "awaits");
    private static final Set<String> NEEDING = Set.of(
            "required", "require", "requires", "requiring", "need", "needs", "needed", "needing", "eligible",
            "slated", "earmarked", "cleared", "approved", "selected");
    private static final Set<String> RETURN_NOUNS = Set.of(
            "resettlement", "repatriation", "return", "returning", "repatriated", "returned", "homecoming",
            "evacuation", "repatriate");
    private static final Set<String> AWAITED = Set.of("flight", "flights", "home", "transfer", "evacuation");
    private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", ".", "but", "said", "says", "told", "while",
            "whereas", "although");
    private static final int WINDOW = 12;

    private final Lexicons lexicons;

    EventReader(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The return event of the people counted by {@code q}, or empty if the sentence says they did not return. */
    Optional<ReturnEvent> read(List<Token> t, Quantity q, PopulationPhrase people) {
        int before = verbBefore(t, q.from());
        if (before < 0) {
            return after(t, people.end());
        }
        String cls = lexicons.verbs.get(t.get(before).lower());
        switch (cls) {
            case "not-return":
                return Optional.empty();
            case "status":
                return returnCueAfter(t, people.end(), RETURN_NOUNS)
                        ? Optional.of(new ReturnEvent(StatisticKind.IDENTIFIED_FOR_RETURN, before, true, "stat.status-verb-before"))
                        : Optional.empty();
            case "bring":
            case "motion":
                return homeOrBack(t, before + 1, q.from()) || homeOrBackAfter(t, people.end())
                        ? Optional.of(active(StatisticKind.RETURNED, t, before, "stat.brought-home"))
                        : after(t, people.end());
            default:
                return Optional.of(active(kind(cls, t, before), t, before, "stat.verb-before-number", carried(cls, t, before)));
        }
    }

    private static ReturnEvent active(StatisticKind kind, List<Token> t, int verb, String rule) {
        return active(kind, t, verb, rule, false);
    }

    private static ReturnEvent active(StatisticKind kind, List<Token> t, int verb, String rule, boolean carried) {
        return modalBefore(t, verb)
                ? new ReturnEvent(StatisticKind.EXPECTED_TO_RETURN, verb, true, "stat.planned-return")
                : new ReturnEvent(kind, verb, true, rule, carried);
    }

    private static boolean carried(String cls, List<Token> t, int verb) {
        return cls.equals("flown") && !homeOrBackAfter(t, verb + 1);
    }

    private Optional<ReturnEvent> after(List<Token> t, int from) {
        for (int j = from; j < t.size() && j < from + WINDOW && !CLAUSE_ENDS.contains(t.get(j).lower()); j++) {
            String word = t.get(j).lower();
            if (WAITING.contains(word) && (returnCueAfter(t, j + 1, RETURN_NOUNS) || returnCueAfter(t, j + 1, AWAITED))) {
                return Optional.of(new ReturnEvent(StatisticKind.AWAITING_RETURN, j, false, "stat.awaiting-return"));
            }
            if (NEEDING.contains(word) && returnCueAfter(t, j + 1, RETURN_NOUNS)) {
                return Optional.of(new ReturnEvent(StatisticKind.IDENTIFIED_FOR_RETURN, j, false, "stat.needing-return"));
            }
            if (j == from && isLocatingParticiple(t, j)) {
                continue; // "migrants stranded in Libya returned": the participle places them, it is not their verb
            }
            Optional<ReturnEvent> event = verbAfter(t, j);
            if (event != null) {
                return event;
            }
        }
        return Optional.empty();
    }

    /** "held in", "stranded in", "living in" right after the people: where they are, not what they did. */
    private boolean isLocatingParticiple(List<Token> t, int j) {
        boolean notReturn = "not-return".equals(lexicons.verbs.get(t.get(j).lower())) || t.get(j).is("stranded");
        return notReturn && j + 1 < t.size() && (t.get(j + 1).is("in") || t.get(j + 1).is("at"));
    }

    /** The event a verb after the people tells; null when the token tells nothing and the scan goes on. */
    private Optional<ReturnEvent> verbAfter(List<Token> t, int j) {
        String cls = lexicons.verbs.get(t.get(j).lower());
        if (cls == null) {
            return null;
        }
        switch (cls) {
            case "not-return":
                return Optional.empty();
            case "status":
                if (returnCueAfter(t, j + 1, WAITING)) {
                    return Optional.of(new ReturnEvent(StatisticKind.AWAITING_RETURN, j, false, "stat.awaiting-return"));
                }
                return returnCueAfter(t, j + 1, RETURN_NOUNS)
                        ? Optional.of(new ReturnEvent(StatisticKind.IDENTIFIED_FOR_RETURN, j, false, "stat.status-verb-after"))
                        : null;
            case "bring":
            case "motion":
                return homeOrBack(t, j + 1, Math.min(t.size(), j + 3)) || cls.equals("bring") && homeOrBackAfter(t, j + 1)
                        ? Optional.of(passive(StatisticKind.RETURNED, t, j)) : null;
            default:
                return Optional.of(passive(kind(cls, t, j), t, j, carried(cls, t, j)));
        }
    }

    private static ReturnEvent passive(StatisticKind kind, List<Token> t, int verb) {
        return passive(kind, t, verb, false);
    }

    private static ReturnEvent passive(StatisticKind kind, List<Token> t, int verb, boolean carried) {
        return modalBefore(t, verb)
                ? new ReturnEvent(StatisticKind.EXPECTED_TO_RETURN, verb, false, "stat.modal-return")
                : new ReturnEvent(kind, verb, false, "stat.verb-after-people", carried);
    }

    /** The verb right before a number, past fillers such as "a total of", "managed to" or "brought home". */
    private int verbBefore(List<Token> t, int from) {
        for (int j = from - 1; j >= 0 && j >= from - 4; j--) {
            String word = t.get(j).lower();
            if (lexicons.verbs.containsKey(word)) {
                return j;
            }
            if (!FILLERS.contains(word)) {
                return -1;
            }
        }
        return -1;
    }

    private StatisticKind kind(String cls, List<Token> t, int verb) {
        if (cls.equals("flown")) {
            return homeOrBackAfter(t, verb + 1) ? StatisticKind.RETURNED : StatisticKind.TRANSFERRED;
        }
        return StatisticKind.valueOf(cls.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    private static boolean modalBefore(List<Token> t, int verb) {
        for (int j = verb - 1; j >= 0 && j >= verb - 4; j--) {
            if (MODALS.contains(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean returnCueAfter(List<Token> t, int from, Set<String> cues) {
        for (int j = from; j < t.size() && j < from + WINDOW && !t.get(j).is("."); j++) {
            if (cues.contains(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean homeOrBack(List<Token> t, int from, int to) {
        for (int j = from; j < to; j++) {
            if (t.get(j).is("home") || t.get(j).is("back")) {
                return true;
            }
        }
        return false;
    }

    private static boolean homeOrBackAfter(List<Token> t, int from) {
        return homeOrBack(t, from, Math.min(t.size(), from + 6));
    }
}
