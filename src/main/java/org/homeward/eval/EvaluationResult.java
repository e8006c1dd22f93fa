package org.homeward.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one evaluation set, summed over its documents, and what went wrong reading it.
 *
 * @param set the set's name
 * @param documents how many documents were scored
 * @param scores the summed score of each metric
 * @param findings every missed, wrong and spurious fact or field, document by document
 * @param problems documents that could not be read or scored, each message naming the file
 */
public record EvaluationResult(String set, int documents, Map<Metric, Score> scores, List<Finding> findings,
        List<String> problems) {

    /** Copies the collections so the record stays immutable. */
    public EvaluationResult {
        scores = Map.copyOf(new EnumMap<>(scores));
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }

    /** The score of one metric. */
    public Score score(Metric metric) {
        return scores.getOrDefault(metric, Score.ZERO);
    }
}
