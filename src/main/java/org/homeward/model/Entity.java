package org.homeward.model;

/**
 * A person, organisation, country, place or described source as one document describes it.
 *
 * @param key stable identity across documents, such as {@code person/anna-smith} or {@code country/FR}; a
 *     described source is one document's alone, so its key lies under the article's
 *     ({@code article/{sha}/source/iraqi-officials})
 * @param type the kind of entity
 * @param label the fullest name the document gives
 * @param jobTitle for persons, the role the document gives them
 * @param memberOf for persons, the key of the organisation they belong to
 * @param countryOfOffice for persons, the key of the country whose office they hold
 * @param country for countries their own ISO 3166-1 alpha-2 code; for places the code of their country
 */
public record Entity(
        String key,
        EntityType type,
        String label,
        String jobTitle,
        String memberOf,
        String countryOfOffice,
        String country) {

    /** An entity known only by its key, type and label. */
    public static Entity named(String key, EntityType type, String label) {
        return new Entity(key, type, label, null, null, null, null);
    }
}
