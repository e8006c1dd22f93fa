package org.homeward.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one document, and what the extractor missed or got wrong in it.
 *
 * @param scores the score of each metric
 * @param findings every missed, wrong and spurious fact or field
 */
public record DocumentScore(Map<Metric, Score> scores, List<Finding> findings) {

    /** Copies the collections so the record stays immutable. */
    public DocumentScore {
        scores = Map.copyOf(new EnumMap<>(scores));
        findings = List.copyOf(findings);
    }
}
