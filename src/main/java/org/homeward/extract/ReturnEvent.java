package org.homeward.extract;

import org.homeward.model.StatisticKind;

/**
 * The event or status a number of people is in, as the sentence states it.
 *
 * @param kind what is counted
 * @param verb index of the token that tells it
 * @param active whether the verb precedes the number with its agent as subject ("Ruritania repatriated 40")
 * @param rule the name of the rule that read it
 * @param carriage what the verb alone says of a journey, when it does not name a return
 */
record ReturnEvent(StatisticKind kind, int verb, boolean active, String rule, Carriage carriage) {

    /** What a verb that does not name a return says of the people's journey. */
    enum Carriage {
        /** The verb names what happened ("repatriated", "returned"). */
        NAMED,
        /** The people were carried ("flown", "airlifted"): to their own country a return, elsewhere a transfer. */
        CARRIED,
        /** The people arrived or landed: to their own country a return, elsewhere not a return at all. */
        ARRIVED,
        /** The people left a place: a country not their own a return home, else not a return at all. */
        LEFT
    }

    /** An event whose verb names what happened. */
    ReturnEvent(StatisticKind kind, int verb, boolean active, String rule) {
        this(kind, verb, active, rule, Carriage.NAMED);
    }

    /** Whether the verb says only that the people travelled, so that their route decides what happened. */
    boolean carried() {
        return carriage != Carriage.NAMED;
    }
}
