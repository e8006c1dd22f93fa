package org.homeward.extract;

import java.util.List;
import org.homeward.model.Attribution;

/**
 * What fact finders need of one sentence: its tokens, entities, numbers, time expressions and speaker.
 *
 * @param speaker the attribution of the sentence, or null
 */
record SentenceFacts(
        Sentence sentence,
        List<EntityMatch> entities,
        List<Quantity> quantities,
        List<TimeResolver.TimeExpression> times,
        Attribution speaker) {

    /** The sentence's tokens. */
    List<Token> tokens() {
        return sentence.tokens();
    }
}
