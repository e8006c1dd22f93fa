package org.homeward.server;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.apache.jena.sparql.expr.ExprEvalException;

/**
 * SPARQL's regular expressions ({@code REGEX}, {@code REPLACE}) on RE2/J, whose matching takes time linear
 * in the text whatever the pattern: a pattern with nested repetition cannot backtrack for hours and hold
 * a thread past the query's timeout, as it can with {@code java.util.regex}. RE2 has no back-references and
 * no look-around; a pattern using them is refused.
 */
final class LinearRegex {

    private LinearRegex() {}

    /** The pattern with the flags of XPath's {@code fn:matches} ({@code s}, {@code m}, {@code i}, {@code x}, {@code q}). */
    static Pattern compile(String pattern, String flags) {
        String source = pattern;
        int mask = 0;
        for (char flag : (flags == null ? "" : flags).toCharArray()) {
            switch (flag) {
                case 's' -> mask |= Pattern.DOTALL;
                case 'm' -> mask |= Pattern.MULTILINE;
                case 'i' -> mask |= Pattern.CASE_INSENSITIVE;
                case 'x', 'q' -> { }
                default -> throw new ExprEvalException("unsupported regex flag '" + flag + "' in \"" + flags + "\"");
            }
        }
        if (flags != null && flags.indexOf('q') >= 0) {
            source = Pattern.quote(source);
        } else if (flags != null && flags.indexOf('x') >= 0) {
            source = withoutWhiteSpace(source);
        }
        try {
            return Pattern.compile(source, mask);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("regex pattern \"" + pattern + "\" is not one the linear-time engine takes"
                    + " (no back-references or look-around): " + e.getDescription());
        }
    }

    /** XPath's {@code x} flag: white space is removed from the pattern, except inside character classes. */
    static String withoutWhiteSpace(String pattern) {
        StringBuilder kept = new StringBuilder(pattern.length());
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                kept.append(c).append(pattern.charAt(++i));
                continue;
            }
            inClass = c == '[' || inClass && c != ']';
            if (inClass || c == ']' || " \t\n\r".indexOf(c) < 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
