package org.homeward.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks what the JSON format alone cannot: that quotes are in the text, codes are codes and dates are dates. */
final class GoldCheck {

    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{2}");
    private static final String DAY = "\\d{4}(-\\d{2}(-\\d{2})?)?";
    private static final Pattern DATE = Pattern.compile(DAY);
    private static final Pattern DATE_OR_PERIOD = Pattern.compile(DAY + "(/" + DAY + ")?");

    private final String text;
    private final List<String> problems = new ArrayList<>();

    private GoldCheck(String text) {
        this.text = text;
    }

    /** What is wrong with a gold file for this text; empty when nothing is. */
    static List<String> problems(String text, Gold gold) {
        GoldCheck check = new GoldCheck(text);
        for (Gold.Statistic s : gold.statistics()) {
            check.quote(s.quote());
            check.required("value", s.value());
            check.codes(s.origin());
            check.codes(s.destination());
            check.codes(s.nationality() == null ? List.of() : List.of(s.nationality()));
            check.date(s.periodStart(), DATE);
            check.date(s.periodEnd(), DATE);
        }
        for (Gold.Flight f : gold.flights()) {
            check.quote(f.quote());
            check.codes(f.origin());
            check.codes(f.destination());
            check.date(f.date(), DATE_OR_PERIOD);
        }
        check.codes(gold.countries());
        return check.problems;
    }

    private void quote(String quote) {
        if (quote == null || quote.isEmpty() || !text.contains(quote)) {
            problems.add("quote not in the text: \"" + quote + "\"");
        }
    }

    private void required(String key, Object value) {
        if (value == null) {
            problems.add("a statistic without its " + key);
        }
    }

    private void codes(List<String> codes) {
        codes.stream().filter(c -> !ISO_CODE.matcher(c).matches())
                .forEach(c -> problems.add("not an ISO 3166-1 alpha-2 code: \"" + c + "\""));
    }

    private void date(String date, Pattern form) {
        if (date != null && !form.matcher(date).matches()) {
            problems.add("not a date (YYYY, YYYY-MM or YYYY-MM-DD; START/END for several flights): \"" + date + "\"");
        }
    }
}
