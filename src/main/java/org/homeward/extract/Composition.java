package org.homeward.extract;

import java.util.List;
import java.util.Set;

/**
 * Recognises a number that tells the make-up of a group counted before: "The group was made up of four
 * women and five children", "Among them were 48 women", "Thirty of the returnees were women", "The
 * passengers included 31 minors", "four women and ten children were on board", "The plane carried 89
 * adults", "They were two women and six children", "There are 21 boys and 17 girls". Such numbers are
 * breakdowns of the earlier figure, not new returns.
 */
final class Composition {

    private static final Set<String> GROUP_NOUNS = Set.of(
            "group", "returnees", "passengers", "repatriates", "evacuees", "arrivals", "children", "women", "people",
            "families", "citizens", "nationals", "minors", "refugees", "migrants", "deportees", "detainees", "total",
            "workers");
    private static final Set<String> REFERRING = Set.of("them", "whom", "those", "these");
    private static final Set<String> APPOSITION_MARKS = Set.of(",", "–", "—", "-", ":");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "these", "those");
    private static final Set<String> DETERMINERS = Set.of("the", "these", "those");
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s");
    private static final Set<String> CUES = Set.of(
            "include", "included", "includes", "including", "among", "comprised", "comprising", "comprise",
            "consisting", "consisted", "consists", "consist", "comprises", "made");
    private static final Set<String> CARRYING = Set.of("carried", "carrying", "transported", "transporting", "with");
    static final Set<String> COPULAS = Set.of("were", "are", "was", "is");
    private static final int ADJECTIVES = 2;

    private Composition() {}

    /**
     * Whether the number, whose people are named at {@code phraseEnd}, states the make-up of a group;
     * {@code aircraftNouns} name the aircraft a group flew in.
     */
    static boolean isComposition(List<Token> t, Quantity q, boolean copular, int phraseEnd, Set<String> aircraftNouns) {
        if (copular) {
            return true;
        }
        if (onBoard(t, phraseEnd) || carriedByTheFlightTold(t, q, aircraftNouns) || saidOfTheGroup(t, q)) {
            return true;
        }
        boolean cue = false;
        boolean pronounCue = false; // "they include 46 Cypriots, 38 Greeks …"
        for (int j = 0; j < q.from(); j++) {
            boolean here = CUES.contains(t.get(j).lower());
            cue |= here;
            pronounCue |= here && j > 0 && PLURAL_PRONOUNS.contains(t.get(j - 1).lower());
        }
        return pronounCue || cue && refersToGroup(t, q.from());
    }

    /** "There are 30 boys and 28 girls", "the department tells me there are 139 men": a clause saying who there is. */
    static boolean isExistential(List<Token> t, Quantity q) {
        return q.from() >= 2 && t.get(q.from() - 2).is("there") && COPULAS.contains(t.get(q.from() - 1).lower());
    }

    /** "… were on board", "… aboard": the people were on the flight the text tells of. */
    private static boolean onBoard(List<Token> t, int from) {
        for (int j = from; j < t.size() && j < from + 8 && !t.get(j).is("."); j++) {
            if (t.get(j).is("aboard") || t.get(j).is("board") && t.get(j - 1).is("on")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "They were three women and nine children", "The passengers were …", "On board were …", "The group, 17
     * women and 62 children, landed": the number says who a group already told of is, its subject being only
     * that group, or the number standing in apposition to it.
     */
    private static boolean saidOfTheGroup(List<Token> t, Quantity q) {
        if (q.from() < 2) {
            return false;
        }
        Token before = t.get(q.from() - 1);
        int subjectEnd = q.from() - 1;
        if (APPOSITION_MARKS.contains(before.text())) { // the group opens the sentence: "The evacuees – 31 women";
            // not "Along with the families, 50 detainees …"
            return GROUP_NOUNS.contains(t.get(subjectEnd - 1).lower()) && t.get(0).is("the")
                    && subjectEnd <= 1 + ADJECTIVES + 1;
        }
        if (!COPULAS.contains(before.lower())) {
            return false;
        }
        String last = t.get(subjectEnd - 1).lower();
        boolean aboard = last.equals("aboard") || last.equals("board") && subjectEnd >= 2 && t.get(subjectEnd - 2).is("on");
        // "On board, according to the ministry, were three women …": an aside between the place and the copula
        boolean asideAfterAboard = last.equals(",") && opensAboard(t);
        boolean pronoun = subjectEnd == 1 && PLURAL_PRONOUNS.contains(last);
        boolean group = GROUP_NOUNS.contains(last) && definite(t, subjectEnd - 1) && subjectEnd <= 1 + ADJECTIVES + 1;
        return aboard && subjectEnd <= 3 || asideAfterAboard || pronoun || group;
    }

    /** "On board, …", "Aboard, …": a sentence that opens by saying where its people were, then an aside. */
    private static boolean opensAboard(List<Token> t) {
        int comma = t.get(0).is("aboard") ? 1 : t.size() > 2 && t.get(0).is("on") && t.get(1).is("board") ? 2 : -1;
        return comma > 0 && t.get(comma).is(",");
    }

    /** "The plane carried 89 adults and five infants": the people aboard a flight the text has told of. */
    private static boolean carriedByTheFlightTold(List<Token> t, Quantity q, Set<String> aircraftNouns) {
        boolean carrying = q.from() > 0 && CARRYING.contains(t.get(q.from() - 1).lower());
        for (int j = 1; carrying && j < q.from(); j++) {
            if (aircraftNouns.contains(t.get(j).lower()) && DETERMINERS.contains(t.get(j - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a group is referred back to before token {@code end}: "the returnees", "the new arrivals", "them",
     * "the 42".
     */
    static boolean refersToGroup(List<Token> t, int end) {
        for (int j = 0; j < end && j < t.size(); j++) {
            String w = t.get(j).lower();
            boolean numberedGroup = t.get(j).isNumeric() && definite(t, j); // "Of the 42, 23 are boys"
            if (REFERRING.contains(w) || numberedGroup || GROUP_NOUNS.contains(w) && definite(t, j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean definite(List<Token> t, int noun) {
        for (int j = noun - 1; j >= 0 && j >= noun - 1 - ADJECTIVES; j--) {
            // a possessive makes the group as definite as an article: "Thursday's returnees"
            if (DETERMINERS.contains(t.get(j).lower()) || POSSESSIVES.contains(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the number is followed by a copula, as in "74 were children". */
    static boolean copulaFollows(List<Token> t, Quantity q) {
        return q.to() < t.size() && COPULAS.contains(t.get(q.to()).lower());
    }
}
