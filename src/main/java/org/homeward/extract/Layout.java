package org.homeward.extract;

import java.util.List;
import org.homeward.model.ExcludedRegion;
import org.homeward.model.Span;

/**
 * What a document's layout shows beside its reporting.
 *
 * @param excluded regions that yield no facts: page furniture and metadata lines
 * @param publishedLine a leading "date 2020-02-12" line, with the date
 * @param dateline the dateline ("OSLO, March 3. /NTB/."), if any
 * @param credits credit lines naming the writers ("Associated Press writer Jane Doe contributed")
 */
record Layout(List<ExcludedRegion> excluded, Found publishedLine, Dateline dateline, List<Credit> credits) {

    /** A value read from the text, with its evidence. */
    record Found(String value, Span evidence) {}

    /** A dateline: its place name (as written) and the agency it credits, either possibly null. */
    record Dateline(Span span, String place, Found agency) {}

    /** A credit line: the outlet if it names one, and the writers with their role ("writer", "editor"). */
    record Credit(Span span, Found outlet, String role, List<Found> writers) {}

    /** Whether the offset lies in a region that yields no facts. */
    boolean isExcluded(int start, int end) {
        for (ExcludedRegion region : excluded) {
            if (start < region.span().end() && region.span().start() < end) {
                return true;
            }
        }
        return false;
    }
}
