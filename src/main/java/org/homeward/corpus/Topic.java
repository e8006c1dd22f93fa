package org.homeward.corpus;

import java.util.List;

/** What a synthetic article is about; about a fifth of the articles report no return at all. */
public enum Topic {

    /** A state brings its citizens home from camps or detention in a conflict zone. */
    REPATRIATION("repatriation", true, 30, 5, 400),
    /** Refugees go home from a neighbouring host country. */
    REFUGEE_RETURN("refugee", true, 22, 300, 2_000_000),
    /** A state evacuates its nationals from a war. */
    EVACUATION("evacuation", true, 14, 20, 5_000),
    /** Internally displaced people go back to their homes. */
    DISPLACED_RETURN("displaced", true, 14, 1_000, 800_000),
    /** Fighting, with deaths and displacement but no returns. */
    CONFLICT("conflict", false, 8, 1_000, 1_500_000),
    /** Growth, trade and prices. */
    ECONOMY("economy", false, 5, 10, 1_000),
    /** A football match. */
    SPORTS("sports", false, 4, 10, 1_000),
    /** A heatwave, a flood or a storm. */
    WEATHER("weather", false, 3, 10, 1_000);

    private static final int TOTAL_WEIGHT = 100;
    private static final String FILLER = "news.filler";

    private final String family;
    private final boolean returns;
    private final int weight;
    private final long fewest;
    private final long most;

    Topic(String family, boolean returns, int weight, long fewest, long most) {
        this.family = family;
        this.returns = returns;
        this.weight = weight;
        this.fewest = fewest;
        this.most = most;
    }

    /** Whether the article reports people returning, being returned or evacuated. */
    public boolean aboutReturns() {
        return returns;
    }

    /** A topic drawn by its weight. */
    static Topic draw(Dice dice) {
        int roll = dice.between(1, TOTAL_WEIGHT);
        for (Topic topic : values()) {
            roll -= topic.weight;
            if (roll <= 0) {
                return topic;
            }
        }
        throw new IllegalStateException("corpus topic weights do not add up to " + TOTAL_WEIGHT);
    }

    /** The template family of the article's {@code part}: "headline", "lead", "detail" or "body". */
    String family(String part) {
        return family + "." + part;
    }

    /** The family of the sentences that follow the lead: more about the same event. */
    String detail() {
        return family(aboutReturns() ? "detail" : "body");
    }

    /** The template families body sentences are drawn from; a family listed twice is drawn twice as often. */
    List<String> body() {
        return aboutReturns()
                ? List.of(detail(), family("context"), family("context"), "returns.quote", "returns.background", FILLER)
                : List.of(family("body"), family("body"), FILLER);
    }

    /** The number of people (or, outside the news of people, of anything) the story is about. */
    long count(Dice dice) {
        return dice.logUniform(fewest, most);
    }
}
