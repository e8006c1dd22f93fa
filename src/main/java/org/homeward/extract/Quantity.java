package org.homeward.extract;

import java.math.BigDecimal;
import org.homeward.model.Qualifier;

/**
 * A number stated in a sentence, with its hedge.
 *
 * @param value the number as stated ("1.2 million" is 1200000)
 * @param qualifier the hedge before or after it
 * @param from index of the first token, qualifier included
 * @param numberFrom index of the number's first token
 * @param to index after the number's last token
 */
record Quantity(BigDecimal value, Qualifier qualifier, int from, int numberFrom, int to) {}
