package org.homeward.model;

/**
 * A time span as precise as the text supports: each bound is an ISO date ({@code 2020-02-12}),
 * a year and month ({@code 2018-12}) or a year ({@code 2017}), and either may be unknown (null).
 */
public record Period(String start, String end) {

    /** The period about which nothing is known. */
    public static final Period UNKNOWN = new Period(null, null);

    /** Whether neither bound is known. */
    public boolean isUnknown() {
        return start == null && end == null;
    }
}
