package org.homeward.bench;

import java.util.Locale;

/** Formats the figures of the benchmark tables: rates, durations and sizes, always in the same units. */
public final class Units {

    private static final double MIB = 1024.0 * 1024.0;

    private Units() {}

    /** A size in GiB with one decimal, such as {@code 7.8 GiB}. */
    public static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (MIB * 1024.0));
    }

    /** A size in MiB without decimals, such as {@code 412 MiB}; a dash if unknown (negative). */
    public static String mib(long bytes) {
        return bytes < 0 ? "–" : String.format(Locale.ROOT, "%.0f MiB", bytes / MIB);
    }

    /** A rate per second: no decimals from 100 up, one below, and thousands separated, such as {@code 12,345}. */
    public static String rate(double perSecond) {
        return perSecond >= 100 ? String.format(Locale.ROOT, "%,.0f", perSecond)
                : String.format(Locale.ROOT, "%.1f", perSecond);
    }

    /** Milliseconds from nanoseconds with one decimal, or two below one millisecond. */
    public static String millis(long nanos) {
        double millis = nanos / 1e6;
        return String.format(Locale.ROOT, millis < 1 ? "%.2f" : "%.1f", millis);
    }

    /** Seconds from nanoseconds with two decimals. */
    public static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    /** A ratio with two decimals, such as {@code 0.93×}. */
    public static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    /** A count with thousands separated. */
    public static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
