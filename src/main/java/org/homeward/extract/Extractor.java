package org.homeward.extract;

import org.homeward.model.Document;
import org.homeward.model.DocumentAnnotations;

/** Reads facts out of a document's raw text. Implementations are pure: no I/O, no clock. */
public interface Extractor {

    /** The annotations of one document; the extraction run is left for the caller to record. */
    DocumentAnnotations extract(Document document);

    /** The version of the extraction rules, recorded in every document's provenance. */
    String version();
}
