package org.homeward.extract;

import java.util.List;
import java.util.Set;

/**
 * Recognises a sentence that tells the make-up of a group counted before: "The group was made up of four
 * women and five children", "Among them were 48 women", "Thirty of the returnees were women", "The
 * passengers included 31 minors". Its numbers are breakdowns of the earlier figure, not new returns.
 */
final class Composition {

    private static final Set<String> GROUP_NOUNS = Set.of(
            "group", "returnees", "passengers", "repatriates", "evacuees", "arrivals", "children", "women", "people",
            "families", "citizens", "nationals", "minors", "refugees", "migrants", "deportees", "detainees");
    private static final Set<String> REFERRING = Set.of("them", "whom", "those", "these");
    private static final Set<String> CUES = Set.of(
            "include", "included", "includes", "including", "among", "comprised", "comprising", "comprise",
            "consisting", "consisted", "made");
    private static final Set<String> COPULAS = Set.of("were", "are", "was", "is");

    private Composition() {}

    /** Whether the sentence refers back to a group: "the returnees", "the group", "them", "of whom". */
    static boolean refersToGroup(List<Token> t) {
        for (int j = 0; j < t.size(); j++) {
            String w = t.get(j).lower();
            boolean definite = j > 0 && (t.get(j - 1).is("the") || t.get(j - 1).is("these") || t.get(j - 1).is("those"));
            if (REFERRING.contains(w) || definite && GROUP_NOUNS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the number stands in a statement of make-up: a composition word, or "N were women". */
    static boolean isComposition(List<Token> t, Quantity q) {
        for (Token token : t) {
            if (CUES.contains(token.lower())) {
                return true;
            }
        }
        return q.to() < t.size() && COPULAS.contains(t.get(q.to()).lower());
    }
}
