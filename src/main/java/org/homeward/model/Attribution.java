package org.homeward.model;

/**
 * The text's claim that a speaker stated something.
 *
 * @param id identifier within the document
 * @param speaker key of the person or organisation speaking
 * @param cue the reporting words ("said", "according to")
 * @param evidence the attributed statement, cue included
 * @param provenance the rule and its confidence
 */
public record Attribution(String id, String speaker, String cue, Span evidence, Provenance provenance) {}
