package org.homeward.eval;

import java.util.List;
import java.util.Locale;

/** Formats evaluation results as a plain-text table: one block per set, one row per metric. */
public final class EvaluationTable {

    private EvaluationTable() {}

    /** The table of the results. */
    public static String format(List<EvaluationResult> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-10s %-62s %5s %5s %5s %9s %7s%n",
                "set", "fact", "tp", "fp", "fn", "precision", "recall"));
        for (EvaluationResult result : results) {
            String set = result.set() + " (" + result.documents() + ")";
            for (Metric metric : Metric.values()) {
                Score s = result.score(metric);
                out.append(String.format(Locale.ROOT, "%-10s %-62s %5d %5d %5d %9.2f %7.2f%n", set, metric.label(),
                        s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall()));
                set = "";
            }
        }
        return out.toString();
    }
}
