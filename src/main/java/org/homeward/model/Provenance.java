package org.homeward.model;

/**
 * Why the extractor believes a fact: the rule that produced it and its confidence in [0, 1].
 */
public record Provenance(String rule, double confidence) {

    /** Checks that the confidence is a probability. */
    public Provenance {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("a fact needs the rule that produced it");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
        }
    }
}
