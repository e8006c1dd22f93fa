package org.homeward.eval;

/** What the evaluation scores, in the order the table prints it. */
public enum Metric {
    STATISTICS("statistics (by value)"),
    COMPLETE("statistics complete (value, population, origin, destination)"),
    POPULATION("  population"),
    ORIGIN("  origin"),
    DESTINATION("  destination"),
    NATIONALITY("  nationality"),
    PERIOD("  period"),
    SPEAKER("  speaker"),
    FLIGHTS("flights"),
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
