package org.homeward.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Formats every missed, wrong and spurious fact of evaluation results, document by document, then the largest
 * classes of errors, so that the next piece of extraction work starts from the largest one.
 */
public final class DetailsReport {

    private static final int CLASSES = 25;

    private DetailsReport() {}

    /** The report of the results. */
    public static String format(List<EvaluationResult> results) {
        StringBuilder out = new StringBuilder();
        for (EvaluationResult result : results) {
            out.append("== ").append(result.set()).append('\n');
            Map<String, List<Finding>> byDocument = result.findings().stream()
                    .collect(Collectors.groupingBy(Finding::document, TreeMap::new, Collectors.toList()));
            byDocument.forEach((document, findings) -> {
                out.append("-- ").append(document).append('\n');
                findings.forEach(f -> out.append(line(f)).append('\n'));
            });
        }
        List<Finding> all = results.stream().flatMap(r -> r.findings().stream()).toList();
        out.append("\nlargest classes of errors (metric, outcome, rule)\n");
        classes(all, f -> f.metric() + " " + f.outcome() + (f.rule() == null ? "" : " " + f.rule()))
                .forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private static String line(Finding f) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-8s %-18s", f.outcome(), f.metric()));
        if (f.expected() != null) {
            line.append(" expected ").append(f.expected());
        }
        if (f.actual() != null) {
            line.append(" found ").append(f.actual());
        }
        if (f.rule() != null) {
            line.append(" [").append(f.rule()).append(']');
        }
        if (f.quote() != null) {
            line.append(" \u00ab").append(f.quote().replaceAll("\\s+", " ")).append('\u00bb');
        }
        return line.toString();
    }

    private static List<String> classes(List<Finding> findings, Function<Finding, String> key) {
        Map<String, Long> counts = findings.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CLASSES)
                .map(e -> String.format(Locale.ROOT, "%6d  %s", e.getValue(), Objects.toString(e.getKey())))
                .toList();
    }
}
