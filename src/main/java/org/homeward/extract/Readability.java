package org.homeward.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.homeward.model.Document;

/**
 * Decides whether a document is English news prose the rules can read. A document that is not yields no
 * facts and a warning, since rules for English would misread it.
 */
final class Readability {

    /** With the lexicon's clause-end verbs ("said"), the words common in any English news story. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "in", "a", "is", "was", "that", "for", "on", "with", "have", "has", "from",
            "by", "were", "are", "it", "he", "she", "they", "their", "at", "as", "had", "been", "be", "this", "an",
            "its", "who", "which", "will", "would");
    private static final int MIN_WORDS = 25;
    private static final double MIN_FUNCTION_SHARE = 0.12;

    private Readability() {}

    /** Why the document cannot be read, or nothing if it can. */
    static List<String> warnings(Document document, List<Sentence> sentences, Lexicons lexicons) {
        Set<String> newsVerbs = lexicons.speechVerbs(Lexicons.SpeechClass.CLAUSE_END);
        List<String> warnings = new ArrayList<>();
        String language = document.metadata().language();
        if (language != null && !language.toLowerCase(Locale.ROOT).startsWith("en")) {
            warnings.add("HW-W001 " + document.identifier() + ": language '" + language
                    + "' is not supported; no facts extracted");
            return warnings;
        }
        int words = 0;
        int function = 0;
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                if (t.isWord()) {
                    words++;
                    function += FUNCTION_WORDS.contains(t.lower()) || newsVerbs.contains(t.lower()) ? 1 : 0;
                }
            }
        }
        if (words < MIN_WORDS) {
            warnings.add("HW-W002 " + document.identifier() + ": too little prose to read (" + words
                    + " words); no facts extracted");
        } else if ((double) function / words < MIN_FUNCTION_SHARE) {
            warnings.add("HW-W003 " + document.identifier() + ": the text does not read as English news prose; "
                    + "no facts extracted");
        }
        return warnings;
    }
}
