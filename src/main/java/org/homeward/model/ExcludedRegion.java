package org.homeward.model;

/** A stretch of page furniture (a donation appeal, share buttons) from which no fact is drawn. */
public record ExcludedRegion(Span span, String reason) {}
