package org.homeward.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.model.StatisticKind;

/**
 * Decides what happened to the people a number counts, from the verb before the number ("Ruritania
 * repatriated 40 children") or after the phrase ("40 children were repatriated", "would be able to return",
 * "who required resettlement"). A departure, death, displacement or stay ("left", "were killed",
 * "remain") means the number is not a return statistic.
 */
final class EventReader {

    private static final Set<String> FILLERS = Set.of("a", "total", "of", "another", "the", "all", "some", "an", "to");
    private static final Set<String> MODALS = Set.of(
            "would", "could", "will", "expected", "able", "set", "due", "plan", "planned", "plans", "intend",
            "intends", "hope", "hoping", "want", "wants", "wanted", "wish", "may", "might", "can", "likely",
            "ready", "willing", "eligible", "allowed", "scheduled");
    private static final Set<String> WAITING = Set.of("awaiting", "await", "waiting", "wait", "awaits");
    private static final Set<String> NEEDING = Set.of(
            "required", "require", "requires", "need", "needs", "needed", "needing", "eligible", "slated", "earmarked",
            "cleared", "approved", "selected");
    private static final Set<String> RETURN_NOUNS = Set.of(
            "resettlement", "repatriation", "return", "returning", "repatriated", "returned", "homecoming",
            "evacuation", "repatriate");
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
        if (before >= 0) {
            String cls = lexicons.verbs.get(t.get(before).lower());
            if (cls.equals("not-return")) {
                return Optional.empty();
            }
            if (cls.equals("status")) {
                return returnCueAfter(t, people.end())
                        ? Optional.of(new ReturnEvent(StatisticKind.IDENTIFIED_FOR_RETURN, before, true, "stat.status-verb-before"))
                        : Optional.empty();
            }
            return Optional.of(new ReturnEvent(kind(cls, t, before), before, true, "stat.verb-before-number"));
        }
        if (q.from() > 0 && t.get(q.from() - 1).is("brought") && homeOrBackAfter(t, people.end())) {
            return Optional.of(new ReturnEvent(StatisticKind.RETURNED, q.from() - 1, true, "stat.brought-home"));
        }
        return after(t, people.end());
    }

    private Optional<ReturnEvent> after(List<Token> t, int from) {
        for (int j = from; j < t.size() && j < from + WINDOW && !CLAUSE_ENDS.contains(t.get(j).lower()); j++) {
            String word = t.get(j).lower();
            if (WAITING.contains(word) && returnCueAfter(t, j + 1)) {
                return Optional.of(new ReturnEvent(StatisticKind.AWAITING_RETURN, j, false, "stat.awaiting-return"));
            }
            if (NEEDING.contains(word) && returnCueAfter(t, j + 1)) {
                return Optional.of(new ReturnEvent(StatisticKind.IDENTIFIED_FOR_RETURN, j, false, "stat.needing-return"));
            }
            if (word.equals("brought") && homeOrBackAfter(t, j + 1)) {
                return Optional.of(new ReturnEvent(StatisticKind.RETURNED, j, false, "stat.brought-home"));
            }
            String cls = lexicons.verbs.get(word);
            if (cls == null) {
                continue;
            }
            if (cls.equals("not-return")) {
                return Optional.empty();
            }
            if (cls.equals("status")) {
                if (returnCueAfter(t, j + 1)) {
                    return Optional.of(new ReturnEvent(StatisticKind.IDENTIFIED_FOR_RETURN, j, false, "stat.status-verb-after"));
                }
                continue;
            }
            if (modalBefore(t, j)) {
                return Optional.of(new ReturnEvent(StatisticKind.EXPECTED_TO_RETURN, j, false, "stat.modal-return"));
            }
            return Optional.of(new ReturnEvent(kind(cls, t, j), j, false, "stat.verb-after-people"));
        }
        return Optional.empty();
    }

    /** The verb right before a number, past fillers such as "a total of" or "managed to". */
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

    private static boolean returnCueAfter(List<Token> t, int from) {
        for (int j = from; j < t.size() && j < from + WINDOW && !t.get(j).is("."); j++) {
            if (RETURN_NOUNS.contains(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean homeOrBackAfter(List<Token> t, int from) {
        for (int j = from; j < t.size() && j < from + 6; j++) {
            if (t.get(j).is("home") || t.get(j).is("back")) {
                return true;
            }
        }
        return false;
    }
}
