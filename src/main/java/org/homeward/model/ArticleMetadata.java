package org.homeward.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What is known about a news document beside its text: the sidecar JSON format.
 * Every field is optional; an absent field means unknown and is never guessed.
 *
 * @param title the headline
 * @param publisher the outlet that published the article
 * @param published the publication date, ISO 8601 ({@code yyyy-MM-dd})
 * @param url the address of a public copy
 * @param language the BCP 47 language tag of the text
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ArticleMetadata(String title, String publisher, String published, String url, String language) {

    /** Metadata that knows nothing. */
    public static final ArticleMetadata UNKNOWN = new ArticleMetadata(null, null, null, null, null);
}
