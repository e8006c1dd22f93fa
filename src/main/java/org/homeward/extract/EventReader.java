package org.homeward.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.extract.Lexicons.ReturnClass;
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
            "aims", "aim", "seeks", "seek", "deal", "proposal", "offered", "prepared", "should", "expects", "expect",
            "projects", "projected", "forecast", "forecasts", "anticipates", "anticipated");
    private static final Set<String> NEEDING = Set.of(
            "required", "require", "requires", "requiring", "need", "needs", "needed", "needing", "eligible",
            "slated", "earmarked", "cleared", "approved", "selected");
    private static final Set<String> RETURN_NOUNS = Set.of(
            "resettlement", "repatriation", "return", "returning", "repatriated", "returned", "homecoming",
            "evacuation", "repatriate");
    private static final Set<String> AWAITED = Set.of("flight", "flights", "home", "transfer", "evacuation");
    /** With the lexicon's clause-end verbs ("said"), the words a clause ends at. */
    private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", ".", "but", "while", "whereas", "although");
    private static final int WINDOW = 16;
    private static final Set<String> COPULAS = Set.of("are", "were", "is", "was");
    /** Landing means a flight: where to decides whether it was a return (see {@link ReturnEvent#carried}). */
    private static final Set<String> LANDING = Set.of("landed");
    private static final int MODAL_REACH = 4;
    private static final int HOME_REACH = 6;
    private static final Set<String> OWNERS = Set.of("their", "its", "his", "her");
    private static final Set<String> LOCATING = Set.of(
            "held", "stranded", "detained", "trapped", "stuck", "living", "sheltering", "housed", "kept", "hosted",
            "interned", "jailed", "imprisoned", "languishing", "staying");
    private static final Set<String> AUXILIARIES = Set.of(
            "have", "has", "had", "were", "was", "are", "is", "been", "be", "will", "would", "could", "can", "may");
    private static final java.util.Map<String, StatisticKind> EVENT_NOUNS = java.util.Map.of(
            "repatriation", StatisticKind.REPATRIATED, "return", StatisticKind.RETURNED,
            "evacuation", StatisticKind.EVACUATED, "resettlement", StatisticKind.RESETTLED,
            "transfer", StatisticKind.TRANSFERRED, "handover", StatisticKind.TRANSFERRED,
            "homecoming", StatisticKind.RETURNED);

    private final Lexicons lexicons;
    private final Set<String> clauseEndVerbs;
    private final Set<String> returneeNouns;
    private final Set<String> waiting;
    private final Set<String> departing;
    private final Set<String> deaths;
    private final Set<String> homeWords;

    EventReader(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.clauseEndVerbs = lexicons.speechVerbs(Lexicons.SpeechClass.CLAUSE_END);
        this.returneeNouns = lexicons.returnWords(ReturnClass.RETURNEE, ReturnClass.RETURNS);
        this.waiting = lexicons.returnWords(ReturnClass.AWAIT);
        this.departing = lexicons.returnWords(ReturnClass.DEPART);
        this.deaths = lexicons.returnWords(ReturnClass.HARM);
        this.homeWords = lexicons.returnWords(ReturnClass.HOME);
    }

    /** "repatriation", "evacuations": a noun for the event of people moving (a return, a transfer), one or many. */
    static boolean isEventNoun(String word) {
        return EVENT_NOUNS.containsKey(word) || word.endsWith("s") && EVENT_NOUNS.containsKey(word.substring(0, word.length() - 1));
    }

    /** The return event of the people counted by {@code q}, or empty if the sentence says they did not return. */
    Optional<ReturnEvent> read(List<Token> t, Quantity q, PopulationPhrase people) {
        if (diedAfter(t, people.end())) {
            return Optional.empty(); // "1,700 people who died", "children who were killed"
        }
        int noun = eventNounBefore(t, q.from());
        if (noun >= 0) {
            return Optional.of(passive(EVENT_NOUNS.get(t.get(noun).lower()), t, noun));
        }
        int before = verbBefore(t, q.from());
        if (before < 0) {
            return after(t, people.end()).map(e -> plannedBefore(t, q, e));
        }
        String cls = lexicons.verbs.get(t.get(before).lower());
        switch (cls) {
            case "not-return":
                return Optional.empty();
            case "status":
            case "request":
                return returnCueAfter(t, people.end(), RETURN_NOUNS)
                        ? Optional.of(new ReturnEvent(statusKind(cls), before, true, "stat.status-verb-before"))
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
                : new ReturnEvent(kind, verb, true, rule, carriage(carried));
    }

    /** "UNHCR expects between 300 and 400 families to be repatriated": the plan stands before the number. */
    private static ReturnEvent plannedBefore(List<Token> t, Quantity q, ReturnEvent event) {
        boolean planned = false;
        for (int j = Math.max(0, q.from() - 2); j < q.from(); j++) {
            planned |= isModal(t.get(j));
        }
        return planned && event.kind() != StatisticKind.EXPECTED_TO_RETURN
                ? new ReturnEvent(StatisticKind.EXPECTED_TO_RETURN, event.verb(), event.active(), "stat.planned-return")
                : event;
    }

    private static boolean carried(String cls, List<Token> t, int verb) {
        return cls.equals("flown") && !homeOrBackAfter(t, verb + 1);
    }

    private boolean diedAfter(List<Token> t, int from) {
        if (from >= t.size() || !(t.get(from).is("who") || t.get(from).is("that"))) {
            return false;
        }
        for (int j = from + 1; j < t.size() && j <= from + 3; j++) {
            if (deaths.contains(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "the repatriation of 28 detainees", "the return to national territory of 29 minors": the event noun. */
    private static int eventNounBefore(List<Token> t, int from) {
        if (from < 2 || !t.get(from - 1).is("of")) {
            return -1;
        }
        for (int j = from - 2; j >= 0 && j >= from - 6; j--) {
            if (EVENT_NOUNS.containsKey(t.get(j).lower())) {
                return j;
            }
            if (!t.get(j).isWord() || AUXILIARIES.contains(t.get(j).lower()) || t.get(j).is("of")) {
                return -1; // "the handover of the remains of 1,700 people" is not a handover of people
            }
        }
        return -1;
    }

    /**
     * The event of a clause that describes people without a number of its own: "the number of refugees who
     * have returned", "Iraqis repatriated from al-Hol", "returnees from Pakistan".
     */
    Optional<ReturnEvent> clause(List<Token> t, PopulationPhrase people, int end) {
        Optional<ReturnEvent> event = after(t.subList(0, Math.max(end, people.end())), people.end());
        return event.isPresent() ? event : returnees(t, people);
    }

    /**
     * "the number of evacuated citizens", "the number of repatriated children": a group whose modifier says
     * what was done with it, where the figure only counts it.
     */
    Optional<ReturnEvent> modified(List<Token> t, PopulationPhrase people) {
        int before = people.head() - 1;
        String cls = before >= 0 ? lexicons.verbs.get(t.get(before).lower()) : null;
        return Optional.ofNullable(cls).flatMap(StatisticKind::ofSlug)
                .map(kind -> new ReturnEvent(kind, before, false, "stat.modified-group"));
    }

    /** "3,118 returnees", "6,837 returns this week": people whose noun says that they returned. */
    Optional<ReturnEvent> returnees(List<Token> t, PopulationPhrase people) {
        boolean returned = people.head() < t.size() && returneeNouns.contains(t.get(people.head()).lower());
        return returned ? Optional.of(new ReturnEvent(StatisticKind.RETURNED, people.head(), false, "stat.returnees"))
                : Optional.empty();
    }

    private Optional<ReturnEvent> after(List<Token> t, int from) {
        int main = mainClauseAfterRelative(t, from, t.size());
        if (main > 0) {
            Optional<ReturnEvent> event = scan(t, main);
            if (event.isPresent()) {
                return event;
            }
        }
        return scan(t, from);
    }

    private Optional<ReturnEvent> scan(List<Token> t, int from) {
        for (int j = from; j < t.size() && j < from + WINDOW && !endsClause(t.get(j)); j++) {
            String word = t.get(j).lower();
            if (waiting.contains(word) && (returnCueAfter(t, j + 1, RETURN_NOUNS) || returnCueAfter(t, j + 1, AWAITED))) {
                return Optional.of(new ReturnEvent(StatisticKind.AWAITING_RETURN, j, false, "stat.awaiting-return"));
            }
            if (COPULAS.contains(word) && j + 1 < t.size() && (t.get(j + 1).is("home") || t.get(j + 1).is("back"))) {
                return Optional.of(new ReturnEvent(StatisticKind.RETURNED, j, false, "stat.are-home"));
            }
            if (LANDING.contains(word)) {
                return Optional.of(new ReturnEvent(StatisticKind.TRANSFERRED, j, false, "stat.landed", ReturnEvent.Carriage.CARRIED));
            }
            if (departing.contains(word) && j + 2 < t.size() && t.get(j + 1).is("for")
                    && EVENT_NOUNS.containsKey(t.get(j + 2).lower())) {
                return Optional.of(new ReturnEvent(EVENT_NOUNS.get(t.get(j + 2).lower()), j, false, "stat.departed-for"));
            }
            if (departing.contains(word) && leftForHome(t, j)) {
                return Optional.of(new ReturnEvent(StatisticKind.RETURNED, j, false, "stat.left-for-home"));
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

    /** "left the centre for their home districts", "departed for home": setting out for where they live. */
    private boolean leftForHome(List<Token> t, int verb) {
        for (int k = verb + 1; k + 1 < t.size() && k <= verb + HOME_REACH && !endsClause(t.get(k)); k++) {
            if (t.get(k).is("for")) {
                int noun = OWNERS.contains(t.get(k + 1).lower()) ? k + 2 : k + 1;
                return noun < t.size() && homeWords.contains(t.get(noun).lower());
            }
        }
        return false;
    }

    /** The people's own verb lies before it: a stop, a contrast ("but", "while") or a reporting verb ("said"). */
    private boolean endsClause(Token token) {
        return CLAUSE_ENDS.contains(token.lower()) || clauseEndVerbs.contains(token.lower());
    }

    /** "held in", "stranded in", "living in" right after the people: where they are, not what they did. */
    private static boolean isLocatingParticiple(List<Token> t, int j) {
        return LOCATING.contains(t.get(j).lower()) && j + 1 < t.size() && (t.get(j + 1).is("in") || t.get(j + 1).is("at"));
    }

    /**
     * "who had been living in Iraqi prisons were returned": where a relative clause after the people ends
     * and their own verb begins — at the first auxiliary after a word that is not one — or -1 if none does.
     */
    private static int mainClauseAfterRelative(List<Token> t, int from, int end) {
        if (from >= end || !(t.get(from).is("who") || t.get(from).is("that"))) {
            return -1;
        }
        boolean content = false;
        for (int j = from + 1; j < end && j < from + WINDOW; j++) {
            String w = t.get(j).lower();
            if (AUXILIARIES.contains(w) && content) {
                return j;
            }
            content |= !AUXILIARIES.contains(w);
        }
        return -1;
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
            case "request":
                if (returnCueAfter(t, j + 1, waiting)) {
                    return Optional.of(new ReturnEvent(StatisticKind.AWAITING_RETURN, j, false, "stat.awaiting-return"));
                }
                return returnCueAfter(t, j + 1, RETURN_NOUNS)
                        ? Optional.of(new ReturnEvent(statusKind(cls), j, false, "stat.status-verb-after"))
                        : null;
            case "bring":
            case "motion":
                return homeOrBack(t, j + 1, Math.min(t.size(), j + 3)) || cls.equals("bring") && homeOrBackAfter(t, j + 1)
                        ? Optional.of(passive(StatisticKind.RETURNED, t, j)) : null;
            default:
                return Optional.of(passive(kind(cls, t, j), t, j, carried(cls, t, j)));
        }
    }

    /** People the authorities listed are identified for return; people who asked for it wait for it. */
    private static StatisticKind statusKind(String cls) {
        return cls.equals("request") ? StatisticKind.AWAITING_RETURN : StatisticKind.IDENTIFIED_FOR_RETURN;
    }

    private static ReturnEvent passive(StatisticKind kind, List<Token> t, int verb) {
        return passive(kind, t, verb, false);
    }

    private static ReturnEvent passive(StatisticKind kind, List<Token> t, int verb, boolean carried) {
        return modalBefore(t, verb)
                ? new ReturnEvent(StatisticKind.EXPECTED_TO_RETURN, verb, false, "stat.modal-return")
                : new ReturnEvent(kind, verb, false, "stat.verb-after-people", carriage(carried));
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
        for (int j = verb - 1; j >= 0 && j >= verb - MODAL_REACH; j--) {
            if (isModal(t.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** A word that makes a return planned or possible; "May" with a capital is the month ("In May, 143 left"). */
    private static boolean isModal(Token token) {
        return MODALS.contains(token.lower()) && !token.text().equals("May");
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

    private static ReturnEvent.Carriage carriage(boolean carried) {
        return carried ? ReturnEvent.Carriage.CARRIED : ReturnEvent.Carriage.NAMED;
    }
}
