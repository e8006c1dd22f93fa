package org.homeward.extract;

import org.homeward.model.StatisticKind;

/**
 * The event or status a number of people is in, as the sentence states it.
 *
 * @param kind what is counted
 * @param verb index of the token that tells it
 * @param active whether the verb precedes the number with its agent as subject ("Ruritania repatriated 40")
 * @param rule the name of the rule that read it
 */
record ReturnEvent(StatisticKind kind, int verb, boolean active, String rule) {}
