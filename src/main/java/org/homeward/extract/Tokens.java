package org.homeward.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small readings of token sequences that several finders share. */
final class Tokens {

    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’");

    private Tokens() {}

    /** The tokens' text as written, single-spaced where the text has space. */
    static String text(List<Token> t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int j = from; j < to; j++) {
            if (j > from && t.get(j).start() > t.get(j - 1).end()) {
                sb.append(' ');
            }
            sb.append(t.get(j).text());
        }
        return sb.toString();
    }

    /** The tokens in lower case, for multi-word lexicon look-ups. */
    static String lowerPhrase(List<Token> t, int from, int to) {
        return text(t, from, to).toLowerCase(Locale.ROOT);
    }

    /** The index of the token before {@code from} that is no quotation mark ('at "about 7,500"'), or -1. */
    static int before(List<Token> t, int from) {
        int j = from - 1;
        while (j >= 0 && QUOTES.contains(t.get(j).text())) {
            j--;
        }
        return j;
    }

    /** Whether the token is a possessive "'s". */
    static boolean isPossessive(Token token) {
        return token.text().equals("'s") || token.text().equals("’s");
    }

    /** Whether the token is a capitalised word. */
    static boolean isCapitalisedWord(Token token) {
        return token.isWord() && token.isCapitalised();
    }

    /** Whether any of the matches covers token {@code i}. */
    static boolean covered(List<EntityMatch> matches, int i) {
        for (EntityMatch m : matches) {
            if (m.covers(i)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the token that starts at character {@code offset}, or -1. */
    static int at(List<Token> t, int offset) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() == offset) {
                return i;
            }
        }
        return -1;
    }
}
