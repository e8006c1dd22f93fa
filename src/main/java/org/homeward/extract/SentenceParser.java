package org.homeward.extract;

import java.util.List;

/** Gives a sentence's structure: tags, lemmas and dependencies over the extractor's own tokens. */
interface SentenceParser {

    /** The parse of one sentence's tokens; token {@code i} is node {@code i + 1} of the graph. */
    Parse parse(List<Token> tokens);
}
