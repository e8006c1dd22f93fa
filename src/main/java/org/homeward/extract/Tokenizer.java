package org.homeward.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into tokens that keep their offsets. Abbreviations written with points ("U.S.", "p.m.") stay one
 * token, as do numbers with separators ("1,200", "2.5"); a possessive "'s" is a token of its own so that
 * "Ukraine's" yields the country.
 */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}"                                    // U.S., U.N., p.m.
            + "|\\d+(?:[.,]\\d+)*"                                  // 1,200  2.5
            + "|['’]s\\b"                                           // possessive
            + "|\\p{L}[\\p{L}\\p{M}]*(?:[-'’]\\p{L}[\\p{L}\\p{M}]+|-\\p{L})*"  // words, Smith-Jones, d'Ivoire
            + "|\\S");

    private Tokenizer() {}

    /** The tokens of {@code text} between the two offsets. */
    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end()));
        }
        return tokens;
    }
}
