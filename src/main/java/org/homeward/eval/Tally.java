package org.homeward.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Counts one document's hits and errors per metric, and records each error as a {@link Finding}. */
final class Tally {

    private final String document;
    private final Map<Metric, Score> scores = new EnumMap<>(Metric.class);
    private final List<Finding> findings = new ArrayList<>();

    Tally(String document) {
        this.document = document;
        for (Metric metric : Metric.values()) {
            scores.put(metric, Score.ZERO);
        }
    }

    void right(Metric metric) {
        add(metric, new Score(1, 0, 0));
    }

    /** Predicted with another value: a false positive and a false negative. */
    void wrong(Metric metric, String quote, Object expected, Object actual, String rule) {
        add(metric, new Score(0, 1, 1));
        findings.add(new Finding(document, metric, Finding.Outcome.WRONG, quote, text(expected), text(actual), rule));
    }

    void missed(Metric metric, String quote, Object expected) {
        add(metric, new Score(0, 0, 1));
        findings.add(new Finding(document, metric, Finding.Outcome.MISSED, quote, text(expected), null, null));
    }

    void spurious(Metric metric, String quote, Object actual, String rule) {
        add(metric, new Score(0, 1, 0));
        findings.add(new Finding(document, metric, Finding.Outcome.SPURIOUS, quote, null, text(actual), rule));
    }

    /** A field of a fact that was itself missed or spurious: counted, not reported twice. */
    void count(Metric metric, boolean expected, boolean predicted) {
        add(metric, new Score(0, predicted ? 1 : 0, expected ? 1 : 0));
    }

    Map<Metric, Score> scores() {
        return scores;
    }

    List<Finding> findings() {
        return findings;
    }

    private void add(Metric metric, Score score) {
        scores.merge(metric, score, Score::plus);
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
