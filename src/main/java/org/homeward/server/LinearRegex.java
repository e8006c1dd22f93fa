package org.homeward.server;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * SPARQL's regular expressions ({@code REGEX}, {@code REPLACE}) on RE2/J, whose matching takes time linear
 * in the text whatever the pattern: a pattern with nested repetition cannot backtrack for hours and hold
 * a thread past the query's timeout, as it can with {@code java.util.regex}. RE2 has no back-references and
 * no look-around; a pattern using them is refused.
 */
final class LinearRegex {

    private LinearRegex() {}

    /**
     * The compiled pattern of a call whose pattern is argument 1 and whose flags are argument {@code flags},
     * if both are constants (compiled once for the whole query); else null.
     */
    static Pattern constantPattern(ExprList args, int flags) {
        Expr pattern = args.get(1);
        Expr flagsArg = args.size() > flags ? args.get(flags) : null;
        if (!pattern.isConstant() || flagsArg != null && !flagsArg.isConstant()) {
            return null;
        }
        return compile(pattern.getConstant().getString(), flagsArg == null ? null : flagsArg.getConstant().getString());
    }

    /** The pattern of one evaluation: the constant one, or the one this row's arguments give. */
    static Pattern pattern(Pattern constant, List<NodeValue> args, int flags) {
        return constant != null ? constant
                : compile(args.get(1).getString(), args.size() > flags ? args.get(flags).getString() : null);
    }

    /** The text argument's lexical form; an evaluation error naming the function if it is not a string. */
    static String text(NodeValue text, String function) {
        if (!text.isString() && !text.isLangString()) {
            throw new ExprEvalException(function + ": not a string: " + text);
        }
        return text.asNode().getLiteralLexicalForm();
    }

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
