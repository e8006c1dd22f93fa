package org.homeward.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.homeward.corpus.CorpusGenerator;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.homeward.io.SourceEntry;
import org.homeward.map.ResourceIris;
import org.homeward.store.Fixtures;
import org.homeward.store.GraphStore;
import org.homeward.store.Ingestion;
import org.homeward.vocab.HWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The summary graph of a database, kept by ingestion through additions and deletions, conforms to the shapes of
 * the facts table and the counts, validated alone; and the shapes catch a row or a count that breaks them.
 */
class SummaryShapesTest {

    private static final ShaclValidation VALIDATION = ShaclValidation.withProjectShapes();
    private static List<Quad> summary;

    @BeforeAll
    static void buildADatabase() throws FileException {
        CorpusGenerator generator = CorpusGenerator.of(3);
        try (GraphStore store = GraphStore.temporary()) {
            Ingestion ingestion = new Ingestion(Fixtures.build(), store);
            ingestion.ingestAll(DocumentSource.read(Fixtures.SEEDS));
            ingestion.ingestAll(IntStream.range(0, 30).mapToObj(generator::article)
                    .<SourceEntry>map(document -> new SourceEntry.Loaded(Path.of(document.identifier()), document))
                    .toList());
            store.documentGraphs().subList(0, 5).forEach(store::remove);
            summary = store.summaryQuads();
        }
    }

    @Test
    void theSummaryOfADatabaseConforms() {
        ValidationReport report = VALIDATION.validate(dataset(summary));

        assertTrue(report.conforms(), () -> String.join("\n", ReportLines.of(report)));
        for (Node kind : List.of(HWT.StatisticRow, HWT.FlightRow, HWT.PersonRow, HWT.CountryRow, HWT.StatementRow,
                HWT.RegionRow)) {
            assertTrue(summary.stream().anyMatch(quad -> quad.getObject().equals(kind)), kind::toString);
        }
    }

    @Test
    void aRowWithoutItsPlaceInTheOrderDoesNotConform() {
        Node row = summary.stream().filter(quad -> quad.getPredicate().equals(HWT.statisticOrder)).findFirst()
                .orElseThrow().getSubject();
        List<Quad> broken = summary.stream().filter(quad -> !(quad.getSubject().equals(row)
                && quad.getPredicate().equals(HWT.statisticOrder))).toList();

        assertViolation(broken, "hwt:statisticOrder");
    }

    @Test
    void aPersonsCountWithTwoNamesDoesNotConform() {
        Node count = summary.stream().filter(quad -> quad.getPredicate().equals(HWT.nameOrder)).findFirst()
                .orElseThrow().getSubject();
        List<Quad> broken = new ArrayList<>(summary);
        broken.add(Quad.create(ResourceIris.summaryGraph(), count, HWT.name, NodeFactory.createLiteralString("X")));

        assertViolation(broken, "count");
    }

    private static void assertViolation(List<Quad> quads, String word) {
        ValidationReport report = VALIDATION.validate(dataset(quads));
        List<String> lines = ReportLines.of(report);

        assertFalse(report.conforms());
        assertTrue(lines.stream().anyMatch(line -> line.contains(word)), () -> String.join("\n", lines));
    }

    private static DatasetGraph dataset(List<Quad> quads) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        quads.forEach(dataset::add);
        return dataset;
    }
}
