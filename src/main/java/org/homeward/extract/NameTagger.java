package org.homeward.extract;

import java.util.List;

/** Tells which tokens of a sentence name a person or an organisation, by a statistical model of names in news text. */
interface NameTagger {

    /**
     * A run of tokens, {@code from} inclusive to {@code to} exclusive.
     *
     * @param from the first token
     * @param to the token after the last
     */
    record Run(int from, int to) {}

    /** The runs of the sentence's tokens that name persons, in order. */
    List<Run> persons(List<Token> tokens);

    /** The runs of the sentence's tokens that name organisations, in order. */
    List<Run> organisations(List<Token> tokens);
}
