package org.homeward.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a return statistic counts: the concept scheme {@code hwk:scheme}. */
public enum StatisticKind {
    RETURNED("returned"),
    REPATRIATED("repatriated"),
    EVACUATED("evacuated"),
    RESETTLED("resettled"),
    TRANSFERRED("transferred"),
    IDENTIFIED_FOR_RETURN("identified-for-return"),
    AWAITING_RETURN("awaiting-return"),
    EXPECTED_TO_RETURN("expected-to-return"),
    UNDER_NEGOTIATION("under-negotiation");

    private final String slug;

    StatisticKind(String slug) {
        this.slug = slug;
    }

    /** The kind whose local name this is, if any. */
    public static java.util.Optional<StatisticKind> ofSlug(String slug) {
        return java.util.Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    /** The concept's local name, also its JSON form. */
    @JsonValue
    public String slug() {
        return slug;
    }
}
