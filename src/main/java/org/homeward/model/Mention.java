package org.homeward.model;

/** One place in a document where an entity is named or referred to. */
public record Mention(String entity, Span span) {}
