package org.homeward.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random draws of one article. Its generator is seeded from the corpus seed and the article's index
 * alone, so an article is the same whichever other articles are generated, in whatever order.
 */
final class Dice {

    private final SplittableRandom random;

    private Dice(SplittableRandom random) {
        this.random = random;
    }

    /** The dice of article {@code index} of the corpus with {@code seed}. */
    static Dice of(long seed, int index) {
        // Hashing the pair, rather than adding the index to the seed, keeps neighbouring articles' streams unrelated.
        return new Dice(new SplittableRandom(mix(mix(seed) + index)));
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A number from {@code low} to {@code high} whose order of magnitude is uniform, as counts of people are. */
    long logUniform(long low, long high) {
        if (low >= high) {
            return low;
        }
        double exponent = random.nextDouble(Math.log(low), Math.log(high));
        return Math.max(low, Math.min(high, Math.round(Math.exp(exponent))));
    }

    /** One of the values, each as likely as the others. */
    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The values in a random order. */
    <T> List<T> shuffled(List<T> values) {
        List<T> copy = new ArrayList<>(values);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            copy.set(j, copy.set(i, copy.get(j)));
        }
        return copy;
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser, the mixer {@link SplittableRandom} itself uses. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
