package org.homeward.extract;

import org.homeward.model.Population;

/**
 * The people a number counts: "Ukrainian children", "internally displaced Yemenis", "underage citizens
 * of the Kyrgyz Republic".
 *
 * @param population the population group
 * @param nationality key of the people's country, if the phrase says it
 * @param head index of the head noun's token
 * @param end index after the phrase's last token
 * @param allegiance whether the phrase counts them as a state's own ("citizens", "its nationals"), who go home to
 *     it, or as foreigners ("foreign workers"), of no state the sentence names
 */
record PopulationPhrase(Population population, String nationality, int head, int end, Allegiance allegiance) {

    /** What the phrase says of the state the people belong to. */
    enum Allegiance { OWN, FOREIGN, UNSAID }

    /** A phrase whose people are a state's own when they are counted as its citizens. */
    PopulationPhrase(Population population, String nationality, int head, int end) {
        this(population, nationality, head, end, population == Population.CITIZENS ? Allegiance.OWN : Allegiance.UNSAID);
    }

    /** Whether the phrase counts its people as a state's own. */
    boolean ownState() {
        return allegiance == Allegiance.OWN;
    }
}
