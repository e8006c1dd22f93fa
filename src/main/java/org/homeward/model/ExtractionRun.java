package org.homeward.model;

/**
 * When and by which software a document was extracted: the facts of the PROV-O extraction activity.
 *
 * @param software the software's name
 * @param softwareVersion the software's version
 * @param extractorVersion the version of the extraction rules
 * @param startedAt ISO 8601 instant the extraction started
 * @param endedAt ISO 8601 instant it ended
 */
public record ExtractionRun(
        String software, String softwareVersion, String extractorVersion, String startedAt, String endedAt) {}
