package org.homeward;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;

/** Compares datasets as graphs and, when they differ, says which statements are missing and which unexpected. */
public final class RdfAssertions {

    private RdfAssertions() {}

    /** Fails unless the datasets are isomorphic, listing the quads only one of them has. */
    public static void assertIsomorphic(DatasetGraph expected, DatasetGraph actual) {
        if (IsoMatcher.isomorphic(expected, actual)) {
            return;
        }
        // Homeward data has no blank nodes, so a plain set difference names the culprits exactly.
        Set<Quad> want = quads(expected);
        Set<Quad> got = quads(actual);
        fail("datasets differ\nmissing:\n" + listOf(want, got) + "\nunexpected:\n" + listOf(got, want));
    }

    private static Set<Quad> quads(DatasetGraph dataset) {
        Set<Quad> quads = new HashSet<>();
        dataset.find().forEachRemaining(quads::add);
        return quads;
    }

    private static String listOf(Set<Quad> these, Set<Quad> notIn) {
        List<String> lines = these.stream()
                .filter(quad -> !notIn.contains(quad))
                .map(quad -> "  " + NodeFmtLib.strNQ(quad))
                .sorted()
                .toList();
        return lines.isEmpty() ? "  (none)" : lines.stream().collect(Collectors.joining("\n"));
    }
}
