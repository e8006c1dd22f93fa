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
 */
record PopulationPhrase(Population population, String nationality, int head, int end) {}
