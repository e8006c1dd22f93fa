package org.homeward.eval;

/** What the evaluation scores, in the order the table prints it. */
public enum Metric {
    STATISTICS("statistics (by value)"),
    COMPLETE("statistics complete (value, population, kind, origin, destination)"),
    QUALIFIER("  qualifier"),
    POPULATION("  population"),
    KIND("  kind (returned, repatriated, evacuated, transferred as one)"),
    NATIONALITY("  nationality"),
    ORIGIN("  origin"),
    DESTINATION("  destination"),
    PERIOD_START("  period start"),
    PERIOD_END("  period end"),
    SPEAKER("  speaker"),
    PART_OF("  breakdown of (partOf the right total)"),
    FLIGHTS("flights (by count or passengers)"),
    FLIGHT_NUMBERS("  flight count and passengers"),
    FLIGHT_ORIGIN("  origin country"),
    FLIGHT_DESTINATION("  destination country"),
    FLIGHT_DEPARTURE("  departure place"),
    FLIGHT_ARRIVAL("  arrival place"),
    FLIGHT_DATE("  date"),
    FLIGHT_CARRIER("  carrier"),
    PERSONS("persons"),
    ORGANISATIONS("organisations"),
    COUNTRIES("countries");

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    /** The row label of the table. */
    public String label() {
        return label;
    }
}
