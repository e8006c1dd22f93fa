package org.homeward.extract;

import java.util.List;
import java.util.function.Supplier;
import org.homeward.model.Attribution;

/**
 * What fact finders need of one sentence: its tokens, entities, numbers, time expressions and speaker.
 *
 * @param speaker the attribution of the sentence, or null
 * @param parse the sentence's parse, made on first use: only sentences that hold a counted group are parsed
 */
record SentenceFacts(
        Sentence sentence,
        List<EntityMatch> entities,
        List<Quantity> quantities,
        List<TimeResolver.TimeExpression> times,
        Attribution speaker,
        Supplier<Parse> parse) {

    /** The sentence's tokens. */
    List<Token> tokens() {
        return sentence.tokens();
    }
}
