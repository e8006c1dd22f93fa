package org.homeward.corpus;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** Dates as news copy writes them, relative to the publication date: "on Sunday", "last month", "since March 2019". */
final class Dates {

    private Dates() {}

    /** The value of a date slot for an article published on {@code published}, or nothing if no such slot. */
    static Optional<String> slot(String slot, LocalDate published, Dice dice) {
        return Optional.ofNullable(switch (slot) {
            case "when" -> recent(published, dice);
            case "earlier" -> earlier(published, dice);
            case "since" -> "since " + monthYear(published.minusMonths(dice.between(6, 60)));
            case "month" -> month(published.minusMonths(1));
            case "year" -> Integer.toString(published.getYear());
            case "pastYear" -> Integer.toString(published.getYear() - dice.between(1, 6));
            default -> null;
        });
    }

    /** "March 3". */
    static String monthDay(LocalDate date) {
        return month(date) + " " + date.getDayOfMonth();
    }

    /** A day or week shortly before publication. */
    private static String recent(LocalDate published, Dice dice) {
        return switch (dice.between(0, 4)) {
            case 0, 1 -> "on " + published.minusDays(dice.between(1, 6)).getDayOfWeek()
                    .getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 2 -> "on " + monthDay(published.minusDays(dice.between(1, 20)));
            case 3 -> "this week";
            default -> "last week";
        };
    }

    /** A period of the past months. */
    private static String earlier(LocalDate published, Dice dice) {
        LocalDate before = published.minusMonths(dice.between(1, 5));
        return switch (dice.between(0, 4)) {
            case 0 -> "last month";
            case 1 -> published.getMonthValue() > 2 ? "earlier this year" : "last year";
            case 2 -> "in " + (before.getYear() == published.getYear() ? month(before) : monthYear(before));
            case 3 -> "over the past year";
            default -> "in the past three months";
        };
    }

    private static String monthYear(LocalDate date) {
        return month(date) + " " + date.getYear();
    }

    private static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
