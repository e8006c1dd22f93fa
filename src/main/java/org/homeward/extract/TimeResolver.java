package org.homeward.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.model.Period;

/**
 * Finds time expressions in a sentence and resolves them against the publication date, to the precision
 * the text supports: "since March 2021" is a period starting 2021-03; "in the past year" the year up
 * to publication; "on Sunday" the last Sunday on or before it. With no publication date, only absolute
 * expressions resolve: nothing is guessed.
 */
final class TimeResolver {

    /**
     * A time expression at character offsets of the document, and the period it denotes; {@code ahead} is the
     * period it denotes in a sentence about what is to come ("are expected to arrive on Monday": the Monday on
     * or after publication), the same period for every expression but a weekday.
     */
    record TimeExpression(int start, int end, Period period, Period ahead) {

        /** An expression that denotes the same period whatever the tense. */
        TimeExpression(int start, int end, Period period) {
            this(start, end, period, period);
        }
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?|a|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|eighteen|twenty-four|several|few|a few)";
    private static final String UNIT = "(years?|months?|weeks?|days?|hours?)";
    private static final Pattern PAST = Pattern.compile(
            "\\b(?:in|over|during|within|for)\\s+the\\s+(?:past|last|previous)\\s+(?:" + NUMBER + "\\s+)?" + UNIT
                    + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGO = Pattern.compile("\\b" + NUMBER + "\\s+" + UNIT + "\\s+ago\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SINCE = Pattern.compile("\\b[Ss]ince\\s+(?:" + MONTH + "\\s+)?((?:19|20)\\d\\d)\\b");
    private static final Pattern SINCE_EVENT = Pattern.compile(
            "\\b[Ss]ince\\s[^.,;]{0,60}?\\bin\\s+(?:" + MONTH + "\\s+)?((?:19|20)\\d\\d)\\b");
    private static final Pattern SINCE_MONTH = Pattern.compile("\\b[Ss]ince\\s+" + MONTH + "(?!\\s+\\d)");
    private static final Pattern SINCE_DAY = Pattern.compile(
            "\\b[Ss]ince\\s+(?:last\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern BETWEEN = Pattern.compile("\\bbetween\\s+((?:19|20)\\d\\d)\\s+and\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(?:on\\s+)?(?:" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH
                    + ")(?:,?\\s+((?:19|20)\\d\\d))?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:in\\s+)?" + MONTH + "\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?:(?:in|during|throughout)\\s+|(?:all|the\\s+whole)\\s+of\\s+)((?:19|20)\\d\\d)\\b");
    private static final Pattern IN_MONTH = Pattern.compile("\\bin\\s+" + MONTH + "\\b(?!\\s+\\d)");
    private static final Pattern RELATIVE_CALENDAR = Pattern.compile("\\b(last|this)\\s+(year|month|week)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern BETWEEN_DATES = Pattern.compile(
            "\\bbetween\\s+(\\d{1,2}\\s+" + MONTH + "|" + MONTH + "\\s+\\d{1,2})\\s+and\\s+(\\d{1,2}\\s+" + MONTH + "|" + MONTH
                    + "\\s+\\d{1,2})(?:,?\\s+((?:19|20)\\d\\d))?");
    private static final Pattern BY_END = Pattern.compile(
            "\\bby\\s+the\\s+end\\s+of\\s+(?:" + MONTH + "(?:\\s+((?:19|20)\\d\\d))?|((?:19|20)\\d\\d))");
    private static final Pattern LAST_MONTH_NAME = Pattern.compile("\\blast\\s+" + MONTH + "\\b");
    private static final Pattern WEEKEND = Pattern.compile("\\b(?:over|at|during)\\s+the\\s+weekend\\b");
    private static final Pattern DEICTIC = Pattern.compile(
            "\\b(yesterday|today|tonight|this (?:morning|afternoon|evening)|last night)\\b", Pattern.CASE_INSENSITIVE);

    private static final int SINCE_REACH = 80;

    private TimeResolver() {}

    /** The time expressions of the text between the offsets, resolved against the publication date if known. */
    static List<TimeExpression> find(String text, int from, int to, LocalDate published) {
        String s = text.substring(from, to);
        List<TimeExpression> found = new ArrayList<>();
        collect(found, PAST.matcher(s), from, m -> past(m, published));
        collect(found, AGO.matcher(s), from, m -> ago(m, published));
        collect(found, SINCE.matcher(s), from, m -> since(m, published));
        collect(found, SINCE_EVENT.matcher(s), from, m -> since(m, published));
        collect(found, SINCE_MONTH.matcher(s), from, m -> inMonth(m.group(1), published)
                .map(p -> new Period(p.start(), iso(published))));
        collect(found, SINCE_DAY.matcher(s), from, m -> weekday(m.group(1), published)
                .map(p -> new Period(p.start(), iso(published))));
        collect(found, BETWEEN.matcher(s), from, m -> Optional.of(new Period(m.group(1), m.group(2))));
        collect(found, BETWEEN_DATES.matcher(s), from, m -> betweenDates(m, published));
        collect(found, BY_END.matcher(s), from, m -> byEnd(m, published));
        collect(found, LAST_MONTH_NAME.matcher(s), from, m -> inMonth(m.group(1), published == null ? null
                : published.minusMonths(1)));
        collect(found, WEEKEND.matcher(s), from, m -> weekend(published));
        collect(found, DAY_MONTH_YEAR.matcher(s), from, m -> dayMonthYear(m, published));
        collect(found, MONTH_YEAR.matcher(s), from, m -> {
            String ym = yearMonth(m.group(1), m.group(2));
            return Optional.of(new Period(ym, ym));
        });
        collect(found, YEAR.matcher(s), from, m -> Optional.of(new Period(m.group(1), m.group(1))));
        collect(found, IN_MONTH.matcher(s), from, m -> inMonth(m.group(1), published));
        collect(found, RELATIVE_CALENDAR.matcher(s), from, m -> calendar(m, published));
        collect(found, WEEKDAY.matcher(s), from, m -> weekday(m.group(1), published),
                m -> weekdayAhead(m.group(1), published));
        collect(found, DEICTIC.matcher(s), from, m -> deictic(m.group(1), published));
        return found.stream().map(e -> sinceThen(text, from, e, published)).toList();
    }

    /** "since the regime fell on Dec. 8": a date after "since" starts a period that runs to publication. */
    private static TimeExpression sinceThen(String text, int sentenceStart, TimeExpression e, LocalDate published) {
        Period p = e.period();
        if (p.start() == null || !p.start().equals(p.end())) {
            return e;
        }
        String before = text.substring(Math.max(sentenceStart, e.start() - SINCE_REACH), e.start());
        int since = Math.max(before.lastIndexOf("since "), before.lastIndexOf("Since "));
        boolean sameClause = since >= 0 && before.substring(since).chars().noneMatch(c -> c == ';' || c == '.');
        return sameClause ? new TimeExpression(e.start(), e.end(), new Period(p.start(), iso(published))) : e;
    }

    private interface Resolution {
        Optional<Period> of(Matcher m);
    }

    /** Adds each match that no earlier, wider expression already covers. */
    private static void collect(List<TimeExpression> found, Matcher m, int offset, Resolution resolution) {
        collect(found, m, offset, resolution, resolution);
    }

    private static void collect(List<TimeExpression> found, Matcher m, int offset, Resolution resolution,
            Resolution ahead) {
        while (m.find()) {
            int start = offset + m.start();
            int end = offset + m.end();
            boolean inside = found.stream().anyMatch(e -> start < e.end() && e.start() < end);
            if (!inside) {
                Period period = resolution.of(m).orElse(Period.UNKNOWN);
                found.add(new TimeExpression(start, end, period,
                        ahead == resolution ? period : ahead.of(m).orElse(Period.UNKNOWN)));
            }
        }
    }

    /** "between 15 September and 4 November": both days, in the year given or the publication's. */
    private static Optional<Period> betweenDates(Matcher m, LocalDate published) {
        Optional<LocalDate> from = day(m.group(1), m.group(7), published);
        Optional<LocalDate> to = day(m.group(4), m.group(7), published);
        return from.isPresent() && to.isPresent() ? Optional.of(new Period(iso(from.get()), iso(to.get()))) : Optional.empty();
    }

    private static Optional<LocalDate> day(String dayAndMonth, String year, LocalDate published) {
        Matcher dm = Pattern.compile("(\\d{1,2})\\s+" + MONTH + "|" + MONTH + "\\s+(\\d{1,2})").matcher(dayAndMonth);
        if (!dm.matches() || year == null && published == null) {
            return Optional.empty();
        }
        Month month = month(dm.group(2) != null ? dm.group(2) : dm.group(3));
        int dayOfMonth = Integer.parseInt(dm.group(1) != null ? dm.group(1) : dm.group(4));
        int y = year != null ? Integer.parseInt(year) : published.getYear();
        if (dayOfMonth < 1 || dayOfMonth > month.length(java.time.Year.isLeap(y))) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(y, month, dayOfMonth);
        return Optional.of(year == null && date.isAfter(published) ? date.minusYears(1) : date);
    }

    /** "by the end of 2024", "by the end of February": a deadline, so only the end is known. */
    private static Optional<Period> byEnd(Matcher m, LocalDate published) {
        if (m.group(3) != null) {
            return Optional.of(new Period(null, m.group(3)));
        }
        if (m.group(2) != null) {
            return Optional.of(new Period(null, yearMonth(m.group(1), m.group(2))));
        }
        return published == null ? Optional.empty() : Optional.of(new Period(null,
                YearMonth.of(published.getYear(), month(m.group(1))).toString()));
    }

    /** "over the weekend": the last Saturday and Sunday before publication. */
    private static Optional<Period> weekend(LocalDate published) {
        if (published == null) {
            return Optional.empty();
        }
        LocalDate sunday = published.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        return Optional.of(new Period(iso(sunday.minusDays(1)), iso(sunday)));
    }

    /** "since March 2021": from then until publication, the end unknown if publication is. */
    private static Optional<Period> since(Matcher m, LocalDate published) {
        String start = m.group(1) == null ? m.group(2) : yearMonth(m.group(1), m.group(2));
        return Optional.of(new Period(start, iso(published)));
    }

    private static Optional<Period> past(Matcher m, LocalDate published) {
        if (published == null) {
            return Optional.empty();
        }
        double amount = amount(m.group(1));
        if (Double.isNaN(amount)) {
            return Optional.empty();
        }
        return Optional.of(new Period(iso(minus(published, amount, m.group(2))), iso(published)));
    }

    private static Optional<Period> ago(Matcher m, LocalDate published) {
        if (published == null) {
            return Optional.empty();
        }
        String n = m.group(1).toLowerCase(Locale.ROOT);
        if (n.equals("few") || n.equals("a few") || n.equals("several")) {
            // "a few days ago": the text supports a window, not a day; a week bounds "a few" days.
            return Optional.of(new Period(iso(minus(published, 7, m.group(2))), iso(published)));
        }
        double amount = amount(n);
        LocalDate day = minus(published, amount, m.group(2));
        return Optional.of(new Period(iso(day), iso(day)));
    }

    private static double amount(String n) {
        if (n == null || n.equalsIgnoreCase("a") || n.equalsIgnoreCase("one")) {
            return 1;
        }
        List<String> words = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve");
        int index = words.indexOf(n.toLowerCase(Locale.ROOT));
        if (index >= 0) {
            return index;
        }
        if (n.equalsIgnoreCase("eighteen")) {
            return 18;
        }
        if (n.equalsIgnoreCase("twenty-four")) {
            return 24;
        }
        return n.matches("\\d+(\\.\\d+)?") ? Double.parseDouble(n) : Double.NaN;
    }

    private static LocalDate minus(LocalDate date, double amount, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("year")) {
            return date.minusMonths(Math.round(amount * 12));
        }
        if (u.startsWith("month")) {
            return date.minusDays(Math.round(amount * 30.44));
        }
        if (u.startsWith("week")) {
            return date.minusDays(Math.round(amount * 7));
        }
        if (u.startsWith("day")) {
            return date.minusDays(Math.round(amount));
        }
        return date.minusDays((long) Math.ceil(amount / 24));
    }

    private static Optional<Period> dayMonthYear(Matcher m, LocalDate published) {
        Month month = month(m.group(1) != null ? m.group(1) : m.group(4));
        int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
        if (day < 1 || day > month.maxLength()) {
            return Optional.empty();
        }
        if (m.group(5) != null) {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(5)), month, Math.min(day, month.length(false)));
            return Optional.of(new Period(iso(date), iso(date)));
        }
        if (published == null) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(published.getYear(), month, Math.min(day, month.length(published.isLeapYear())));
        date = date.isAfter(published) ? date.minusYears(1) : date;
        return Optional.of(new Period(iso(date), iso(date)));
    }

    private static Optional<Period> inMonth(String name, LocalDate published) {
        if (published == null) {
            return Optional.empty();
        }
        YearMonth ym = YearMonth.of(published.getYear(), month(name));
        ym = ym.isAfter(YearMonth.from(published)) ? ym.minusYears(1) : ym;
        return Optional.of(new Period(ym.toString(), ym.toString()));
    }

    private static Optional<Period> calendar(Matcher m, LocalDate published) {
        if (published == null) {
            return Optional.empty();
        }
        boolean last = m.group(1).equalsIgnoreCase("last");
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "year": {
                String year = String.valueOf(published.getYear() - (last ? 1 : 0));
                return Optional.of(new Period(year, year));
            }
            case "month": {
                String ym = YearMonth.from(published).minusMonths(last ? 1 : 0).toString();
                return Optional.of(new Period(ym, ym));
            }
            default: {
                LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .minusWeeks(last ? 1 : 0);
                LocalDate end = last ? monday.plusDays(6) : published;
                return Optional.of(new Period(iso(monday), iso(end)));
            }
        }
    }

    private static Optional<Period> weekday(String name, LocalDate published) {
        return weekday(name, published, TemporalAdjusters::previousOrSame);
    }

    private static Optional<Period> weekdayAhead(String name, LocalDate published) {
        return weekday(name, published, TemporalAdjusters::nextOrSame);
    }

    private static Optional<Period> weekday(String name, LocalDate published,
            Function<DayOfWeek, TemporalAdjuster> towards) {
        if (published == null) {
            return Optional.empty();
        }
        LocalDate date = published.with(towards.apply(DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT))));
        return Optional.of(new Period(iso(date), iso(date)));
    }

    private static Optional<Period> deictic(String word, LocalDate published) {
        if (published == null) {
            return Optional.empty();
        }
        boolean dayBefore = word.equalsIgnoreCase("yesterday") || word.equalsIgnoreCase("last night");
        LocalDate date = dayBefore ? published.minus(1, ChronoUnit.DAYS) : published;
        return Optional.of(new Period(iso(date), iso(date)));
    }

    private static String yearMonth(String monthName, String year) {
        return YearMonth.of(Integer.parseInt(year), month(monthName)).toString();
    }

    private static Month month(String name) {
        String prefix = name.replace(".", "").substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
