package org.homeward.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Numbers as news copy writes them: "seven", "a dozen", "1,250", "1.2 million", "more than 300". */
final class Numbers {

    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");
    private static final List<String> QUALIFIERS = List.of(
            "about", "more than", "nearly", "up to", "some", "around", "over", "at least", "almost");
    private static final List<String> ORDINALS = List.of(
            "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
    private static final long MILLION = 1_000_000;
    /** "Nearly seven citizens" reads oddly: copy hedges numbers too large to count at a glance. */
    private static final long SMALLEST_HEDGED = 20;

    private Numbers() {}

    /**
     * The value of a number slot for a story about {@code count} people, or nothing if no such slot. A part
     * ({@code few}, {@code part}) stays below the count, so a breakdown does not exceed its total.
     */
    static Optional<String> slot(String slot, long count, Dice dice) {
        return Optional.ofNullable(switch (slot) {
            case "n" -> qualified(count, dice);
            case "count" -> bare(count, dice);
            case "total" -> bare(roughly(count * dice.between(2, 15)), dice);
            case "part" -> bare(dice.logUniform(2, Math.max(3, count / 2)), dice);
            case "few" -> bare(dice.between(2, (int) Math.max(2, Math.min(40, count / 3))), dice);
            case "percent" -> Integer.toString(dice.between(2, 70));
            case "decimal" -> dice.between(1, 9) + "." + dice.between(0, 9);
            case "money" -> money(dice);
            case "degrees" -> Integer.toString(dice.between(32, 47));
            case "score" -> score(dice);
            case "minute" -> withSuffix(dice.between(2, 90));
            case "ordinal" -> dice.pick(ORDINALS);
            default -> null;
        });
    }

    /** A number, hedged about half the time ("nearly 300") unless it is small; a hedged number is a round one. */
    static String qualified(long n, Dice dice) {
        boolean hedged = n >= SMALLEST_HEDGED && dice.chance(0.45);
        return hedged ? dice.pick(QUALIFIERS) + " " + bare(roughly(n), dice) : bare(n, dice);
    }

    /** A number in words, in digits with separators, or in millions. */
    static String bare(long n, Dice dice) {
        if (n == 12 && dice.chance(0.3)) {
            return "a dozen";
        }
        if (n < WORDS.size() && dice.chance(0.6)) {
            return WORDS.get((int) n);
        }
        if (n >= MILLION && dice.chance(0.7)) {
            String millions = String.format(Locale.ROOT, "%.1f", n / (double) MILLION);
            return millions.replaceFirst("\\.0$", "") + " million";
        }
        return String.format(Locale.US, "%,d", n);
    }

    /** The number to two significant figures: 1,287 becomes 1,300. */
    private static long roughly(long n) {
        long unit = 1;
        while (n / unit >= 100) {
            unit *= 10;
        }
        return Math.round(n / (double) unit) * unit;
    }

    private static String money(Dice dice) {
        return dice.chance(0.5) ? "$" + dice.between(120, 950) + " million"
                : "$" + dice.between(1, 9) + "." + dice.between(1, 9) + " billion";
    }

    private static String score(Dice dice) {
        int winner = dice.between(1, 4);
        return winner + "-" + dice.between(0, winner - 1);
    }

    private static String withSuffix(int n) {
        boolean teen = n % 100 >= 11 && n % 100 <= 13;
        String suffix = teen ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
