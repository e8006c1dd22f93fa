package org.homeward.extract;

import org.homeward.model.EntityType;

/**
 * An entity named by tokens {@code from} (inclusive) to {@code to} (exclusive) of a sentence.
 *
 * @param key the entity's key
 * @param type the entity's type
 * @param countryForm for countries, whether the name, an adjective or a people noun names it; else null
 */
record EntityMatch(int from, int to, String key, EntityType type, Lexicons.CountryForm countryForm) {

    /** Whether this match covers token {@code i}. */
    boolean covers(int i) {
        return i >= from && i < to;
    }
}
