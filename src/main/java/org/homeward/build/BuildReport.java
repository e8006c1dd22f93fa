package org.homeward.build;

import java.util.List;

/**
 * What a build did.
 *
 * @param documents documents mapped into the output
 * @param failures why each failed file yielded nothing, one message per file
 * @param warnings what was skipped without being an error, such as a repeated text
 * @param quads quads written
 * @param persons distinct persons, by entity key, across all documents
 * @param organisations distinct organisations
 * @param countries distinct countries
 * @param flights repatriation flights
 * @param statistics return statistics
 */
public record BuildReport(
        int documents,
        List<String> failures,
        List<String> warnings,
        long quads,
        int persons,
        int organisations,
        int countries,
        int flights,
        int statistics) {

    /** Copies the lists so the record stays immutable. */
    public BuildReport {
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    /** The one-line summary: {@code documents=3 failed=0 quads=1234 persons=8 ...}. */
    public String summary() {
        return "documents=" + documents + " failed=" + failures.size() + " quads=" + quads + " persons=" + persons
                + " organisations=" + organisations + " countries=" + countries + " flights=" + flights
                + " statistics=" + statistics;
    }
}
