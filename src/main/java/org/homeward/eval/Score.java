package org.homeward.eval;

/** Counts of true positives, false positives and false negatives, and the precision and recall they give. */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

    /** Nothing counted yet. */
    public static final Score ZERO = new Score(0, 0, 0);

    /** The sum of two scores. */
    public Score plus(Score other) {
        return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** TP / (TP + FP); 1 when nothing was predicted. */
    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1 : (double) truePositives / predicted;
    }

    /** TP / (TP + FN); 1 when there was nothing to find. */
    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1 : (double) truePositives / expected;
    }
}
