package org.homeward.model;

/**
 * A metadata field that the sidecar did not give and the text itself shows, with where it shows it.
 *
 * @param field the sidecar field name: title, publisher, published, url or language
 * @param value the value read from the text
 * @param evidence where the text shows it
 */
public record InferredField(String field, String value, Span evidence) {}
