package org.homeward.extract;

import org.homeward.model.StatisticKind;

/**
 * The event or status a number of people is in, as the sentence states it.
 *
 * @param kind what is counted
 * @param verb index of the token that tells it
 * @param active whether the verb precedes the number with its agent as subject ("Ruritania repatriated 40")
 * @param rule the name of the rule that read it
 * @param carried whether the verb says only that the people were carried ("flown", "airlifted"), so that a
 *     flight to their own country is a return and any other a transfer
 */
record ReturnEvent(StatisticKind kind, int verb, boolean active, String rule, boolean carried) {

    /** An event whose verb names what happened. */
    ReturnEvent(StatisticKind kind, int verb, boolean active, String rule) {
        this(kind, verb, active, rule, false);
    }
}
