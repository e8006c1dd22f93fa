package org.homeward.model;

import java.util.List;

/**
 * The news article a document graph is drawn from, as the annotations describe it.
 *
 * @param identifier the input file name
 * @param sha256 the SHA-256 of the text's UTF-8 bytes, in lower-case hex
 * @param textLength the length of the text in UTF-16 code units, the unit of every offset
 * @param metadata the sidecar's fields completed by what the text shows
 * @param inferred the fields that came from the text rather than the sidecar, with their evidence
 * @param publisher key of the publishing organisation
 * @param datelinePlace key of the place named in the dateline
 * @param contributors keys of the persons the text credits as its writers
 */
public record Article(
        String identifier,
        String sha256,
        int textLength,
        ArticleMetadata metadata,
        List<InferredField> inferred,
        String publisher,
        String datelinePlace,
        List<String> contributors) {

    /** Copies the lists so the record stays immutable. */
    public Article {
        inferred = List.copyOf(inferred);
        contributors = List.copyOf(contributors);
    }
}
