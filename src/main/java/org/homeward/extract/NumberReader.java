package org.homeward.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.homeward.model.Qualifier;

/**
 * Reads numbers out of a sentence's tokens: digits with separators, decimals with scale words
 * ("1.2 million", "half a million", "4.13 lakh"), numbers in words ("seven", "Thirty", "a dozen", "twenty-five"), with
 * the qualifier that hedges them. Vague amounts ("hundreds", "thousands of") are not numbers; neither are
 * years, money, percentages or the numbers of names ("C-160").
 */
final class NumberReader {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12));
    private static final Map<String, BigDecimal> SCALES = Map.of(
            "hundred", BigDecimal.valueOf(100), "thousand", BigDecimal.valueOf(1_000),
            "million", BigDecimal.valueOf(1_000_000), "billion", BigDecimal.valueOf(1_000_000_000),
            "lakh", BigDecimal.valueOf(100_000), "crore", BigDecimal.valueOf(10_000_000)); // South Asian English
    private static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec");
    private static final Set<String> YEAR_CUES = Stream.concat(MONTHS.stream(), Stream.of(
            "in", "since", "by", "until", "till", "from", "during", "of", "early", "late", "mid", "before", "after",
            "the", "and", "to", "year", "summer", "winter", "spring", "autumn", "fall"))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> PHRASAL_VERBS = Set.of(
            "handed", "hand", "hands", "handing", "turned", "turn", "turning", "took", "taken", "take", "passed",
            "signed", "moved", "brought", "carried", "won", "flown", "flew");
    private static final List<Hedge> HEDGES = List.of(
            hedge(Qualifier.AT_LEAST, "no fewer than"), hedge(Qualifier.AT_LEAST, "no less than"),
            hedge(Qualifier.AT_LEAST, "at least"), hedge(Qualifier.MORE_THAN, "more than"),
            hedge(Qualifier.MORE_THAN, "upwards of"), hedge(Qualifier.MORE_THAN, "just over"),
            hedge(Qualifier.MORE_THAN, "over"), hedge(Qualifier.UP_TO, "as many as"),
            hedge(Qualifier.UP_TO, "up to"), hedge(Qualifier.FEWER_THAN, "fewer than"),
            hedge(Qualifier.FEWER_THAN, "less than"), hedge(Qualifier.FEWER_THAN, "just under"),
            hedge(Qualifier.NEARLY, "close to"), hedge(Qualifier.NEARLY, "nearly"),
            hedge(Qualifier.NEARLY, "almost"), hedge(Qualifier.APPROXIMATELY, "an estimated"),
            hedge(Qualifier.APPROXIMATELY, "estimated"), hedge(Qualifier.APPROXIMATELY, "approximately"),
            hedge(Qualifier.APPROXIMATELY, "about"), hedge(Qualifier.APPROXIMATELY, "around"),
            hedge(Qualifier.APPROXIMATELY, "roughly"), hedge(Qualifier.APPROXIMATELY, "closer to"),
            hedge(Qualifier.APPROXIMATELY, "some"),
            hedge(Qualifier.APPROXIMATELY, "an approximate"));

    private record Hedge(Qualifier qualifier, List<String> words) {}

    private record Number(BigDecimal value, int to) {}

    private NumberReader() {}

    private static Hedge hedge(Qualifier qualifier, String phrase) {
        return new Hedge(qualifier, List.of(phrase.split(" ")));
    }

    /** Every number stated in the tokens, left to right. */
    static List<Quantity> read(List<Token> tokens) {
        List<Quantity> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<Number> number = numberAt(tokens, i);
            if (number.isPresent() && !isMoneyOrPercent(tokens, i, number.get().to())
                    && !isYear(tokens, i, number.get().to()) && !isDayOfMonth(tokens, i, number.get().to())
                    && !isOneOfMany(tokens, i, number.get().to()) && !isDesignation(tokens, i)) {
                found.add(hedged(tokens, i, number.get()));
                i = number.get().to() - 1;
            }
        }
        return found;
    }

    /** Whether a number, in digits or words, begins at token {@code i}. */
    static boolean startsNumber(List<Token> tokens, int i) {
        return numberAt(tokens, i).isPresent();
    }

    /** "between 300 and 400": the first bound is a floor, the second a ceiling. */
    private static Qualifier rangeBound(List<Token> tokens, int i) {
        if (i > 0 && tokens.get(i - 1).is("between") && !isYearLike(tokens, i)) {
            return Qualifier.AT_LEAST;
        }
        boolean second = i > 2 && tokens.get(i - 1).is("and") && tokens.get(i - 2).isNumeric()
                && tokens.get(i - 3).is("between");
        return second && !isYearLike(tokens, i) ? Qualifier.UP_TO : null;
    }

    private static boolean isYearLike(List<Token> tokens, int i) {
        return tokens.get(i).text().matches("(19|20)\\d\\d");
    }

    private static Quantity hedged(List<Token> tokens, int i, Number number) {
        Qualifier bound = rangeBound(tokens, i);
        if (bound != null) {
            return new Quantity(number.value(), bound, i - 1, i, number.to());
        }
        for (Hedge hedge : HEDGES) {
            int from = i - hedge.words().size();
            if (from >= 0 && precededBy(tokens, from, hedge.words()) && !isParticle(tokens, from)) {
                return new Quantity(number.value(), hedge.qualifier(), from, i, number.to());
            }
        }
        if (number.to() + 1 < tokens.size() && tokens.get(number.to()).is("or")
                && tokens.get(number.to() + 1).is("more")) {
            return new Quantity(number.value(), Qualifier.AT_LEAST, i, i, number.to());
        }
        return new Quantity(number.value(), Qualifier.EXACTLY, i, i, number.to());
    }

    /** "handed over 50 detainees": "over" belongs to the verb, it does not hedge the number. */
    private static boolean isParticle(List<Token> tokens, int hedge) {
        return hedge > 0 && tokens.get(hedge).is("over") && PHRASAL_VERBS.contains(tokens.get(hedge - 1).lower());
    }

    private static boolean precededBy(List<Token> tokens, int from, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(from + k).is(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Number> numberAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isNumeric()) {
            return digits(tokens, i);
        }
        if (t.is("half") && i + 2 < tokens.size() && tokens.get(i + 1).is("a")
                && SCALES.containsKey(tokens.get(i + 2).lower())) {
            return Optional.of(new Number(plain(SCALES.get(tokens.get(i + 2).lower()).divide(BigDecimal.valueOf(2))), i + 3));
        }
        if (t.is("a") && i + 1 < tokens.size() && (tokens.get(i + 1).is("dozen") || isScale(tokens.get(i + 1)))) {
            return words(tokens, i + 1).map(n -> new Number(n.value(), n.to()));
        }
        return words(tokens, i).map(number -> echoed(tokens, number));
    }

    /** "thirty-eight (38) women": the digits that repeat a number in words belong to it. */
    private static Number echoed(List<Token> tokens, Number number) {
        int open = number.to();
        boolean bracket = open + 2 < tokens.size() && tokens.get(open).is("(") && tokens.get(open + 2).is(")");
        boolean same = bracket && digits(tokens, open + 1)
                .filter(echo -> echo.to() == open + 2 && echo.value().compareTo(number.value()) == 0).isPresent();
        return same ? new Number(number.value(), open + 3) : number;
    }

    private static Optional<Number> digits(List<Token> tokens, int i) {
        String text = tokens.get(i).text();
        if (text.matches("\\d{1,3}(,\\d{3})+|\\d+(\\.\\d+)?")) {
            BigDecimal value = new BigDecimal(text.replace(",", ""));
            return Optional.of(scaled(tokens, i + 1, value));
        }
        return Optional.empty();
    }

    private static Number scaled(List<Token> tokens, int next, BigDecimal value) {
        if (next < tokens.size() && isScale(tokens.get(next)) && !tokens.get(next).is("hundred")) {
            return new Number(plain(value.multiply(SCALES.get(tokens.get(next).lower()))), next + 1);
        }
        return new Number(value, next);
    }

    /** 1.2 million is 1200000, written without exponent or trailing zeros. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static boolean isScale(Token token) {
        return SCALES.containsKey(token.lower());
    }

    private static Optional<Number> words(List<Token> tokens, int i) {
        long total = 0;
        long current = 0;
        int j = i;
        while (j < tokens.size()) {
            String w = tokens.get(j).lower();
            Integer unit = wordValue(w);
            if (unit != null) {
                current += unit;
            } else if (SCALES.containsKey(w) && (current > 0 || j == i && w.equals("dozen"))) {
                long scale = SCALES.get(w).longValueExact();
                if (scale == 100) {
                    current *= scale;
                } else {
                    total += current * scale;
                    current = 0;
                }
            } else if (!(w.equals("and") && j > i && j + 1 < tokens.size() && wordValue(tokens.get(j + 1).lower()) != null)) {
                break;
            }
            j++;
        }
        long value = total + current;
        return j > i && value > 0 ? Optional.of(new Number(BigDecimal.valueOf(value), j)) : Optional.empty();
    }

    private static Integer wordValue(String word) {
        int dash = word.indexOf('-');
        if (dash > 0) {
            Integer tens = UNITS.get(word.substring(0, dash));
            Integer units = UNITS.get(word.substring(dash + 1));
            return tens != null && units != null && tens >= 20 && units < 10 ? tens + units : null;
        }
        return UNITS.get(word);
    }

    private static boolean isMoneyOrPercent(List<Token> tokens, int from, int to) {
        boolean money = from > 0 && "$€£¥".contains(tokens.get(from - 1).text());
        boolean percent = to < tokens.size() && (tokens.get(to).is("%") || tokens.get(to).is("percent")
                || tokens.get(to).is("per"));
        return money || percent;
    }

    /** "one of the returnees", "one in ten": a member of a group or a share of it, not a count. */
    private static boolean isOneOfMany(List<Token> tokens, int from, int to) {
        return to == from + 1 && tokens.get(from).is("one") && to < tokens.size()
                && (tokens.get(to).is("of") || tokens.get(to).is("in") && startsNumber(tokens, to + 1));
    }

    /** "a Transall C-160", "an Il-76": the number of an aircraft's or a thing's name, not a count. */
    private static boolean isDesignation(List<Token> tokens, int from) {
        if (from < 2 || !tokens.get(from - 1).is("-")) {
            return false;
        }
        Token hyphen = tokens.get(from - 1);
        Token prefix = tokens.get(from - 2);
        return prefix.end() == hyphen.start() && hyphen.end() == tokens.get(from).start() && prefix.isWord()
                && prefix.text().length() <= 4 && !prefix.text().equals(prefix.lower());
    }

    /** "17 August 2021", "as of October 20": a day of a named month, not a count. */
    private static boolean isDayOfMonth(List<Token> tokens, int from, int to) {
        if (to != from + 1 || !tokens.get(from).text().matches("[1-9]|[12]\\d|3[01]")) {
            return false;
        }
        return to < tokens.size() && isMonth(tokens.get(to)) || from > 0 && isMonth(tokens.get(from - 1));
    }

    private static boolean isMonth(Token token) {
        return token.isCapitalised() && MONTHS.contains(token.lower());
    }

    private static boolean isYear(List<Token> tokens, int from, int to) {
        String text = tokens.get(from).text();
        if (to != from + 1 || !text.matches("(19|20)\\d\\d")) {
            return false;
        }
        return from == 0 || YEAR_CUES.contains(tokens.get(from - 1).lower()) || tokens.get(from - 1).is(",");
    }
}
