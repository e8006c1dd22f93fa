package org.homeward.eval;

/**
 * One fact the extractor missed or got wrong, for the detailed report.
 *
 * @param document the evaluation document's name
 * @param metric the fact or field
 * @param outcome missed, wrong or spurious
 * @param quote where in the text: the gold quote, or the predicted evidence
 * @param expected the gold value, or null for a spurious fact
 * @param actual the predicted value, or null for a missed fact
 * @param rule the rule that produced the predicted fact, or null for a missed fact
 */
public record Finding(String document, Metric metric, Outcome outcome, String quote, String expected, String actual,
        String rule) {

    /** How a prediction differs from the gold. */
    public enum Outcome {
        /** In the gold, not predicted. */
        MISSED,
        /** Predicted with another value than the gold's. */
        WRONG,
        /** Predicted, not in the gold. */
        SPURIOUS
    }
}
