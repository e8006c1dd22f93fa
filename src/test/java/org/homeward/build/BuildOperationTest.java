package org.homeward.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.homeward.extract.Extractor;
import org.homeward.extract.TextHash;
import org.homeward.io.AnnotationJson;
import org.homeward.io.FileException;
import org.homeward.map.ResourceIris;
import org.homeward.model.Article;
import org.homeward.model.Document;
import org.homeward.model.DocumentAnnotations;
import org.homeward.model.Entity;
import org.homeward.model.EntityType;
import org.homeward.model.Period;
import org.homeward.model.Population;
import org.homeward.model.Provenance;
import org.homeward.model.Qualifier;
import org.homeward.model.ReturnStatistic;
import org.homeward.model.Span;
import org.homeward.model.StatisticKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuildOperationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path input;

    @BeforeEach
    void writeABatch() throws IOException {
        input = Files.createDirectory(dir.resolve("in"));
        Files.writeString(input.resolve("a.txt"), "Alpha returned.");
        Files.writeString(input.resolve("b.txt"), "BOOM returned.");
        Files.writeString(input.resolve("c.txt"), "Alpha returned.");
        Files.writeString(input.resolve("d.txt"), "DANGLING returned.");
        Files.writeString(input.resolve("e.txt"), "Echo returned.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"out.trig", "out.nq"})
    void buildsTheGoodDocumentsAndReportsTheRest(String outputName) throws IOException, FileException {
        // given
        Path output = dir.resolve("nested/dir/" + outputName);

        // when
        BuildReport report = operation().run(input, output, null, null);

        // then
        assertEquals("documents=2 failed=2 quads=" + report.quads()
                + " persons=2 organisations=0 countries=1 flights=0 statistics=2", report.summary());
        assertFailure(report.failures().get(0), "HW-E011 " + input.resolve("b.txt") + ": extraction failed");
        assertFailure(report.failures().get(1), "HW-E101 d.txt: entity key 'country/XX'");
        assertEquals(List.of("HW-E010 " + input.resolve("c.txt") + ": same text as " + input.resolve("a.txt")
                + "; skipped"), report.warnings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"out.trig", "out.nq"})
    void writesOutputThatParsesBackWithoutTheFailedDocuments(String outputName) throws IOException, FileException {
        // given
        Path output = dir.resolve(outputName);

        // when
        operation().run(input, output, null, null);

        // then
        DatasetGraph dataset = RDFDataMgr.loadDatasetGraph(output.toString());
        assertTrue(dataset.containsGraph(graphOf("Alpha returned.")));
        assertTrue(dataset.containsGraph(graphOf("Echo returned.")));
        assertFalse(dataset.containsGraph(graphOf("DANGLING returned.")), "a failed document leaves no quads");
    }

    @Test
    void countsEveryQuadWritten() throws IOException, FileException {
        // given
        Path output = dir.resolve("out.nq");

        // when
        BuildReport report = operation().run(input, output, null, null);

        // then
        long lines = Files.readAllLines(output).stream().filter(line -> !line.isBlank()).count();
        assertEquals(lines, report.quads());
    }

    @Test
    void countsWhatTheDatasetHoldsWithTheSoftwareDescribedOnce() throws IOException, FileException {
        // given two documents, each describing the same software in the provenance graph
        Path output = dir.resolve("out.nq");

        // when
        BuildReport report = operation().run(input, output, null, null);

        // then
        DatasetGraph dataset = RDFDataMgr.loadDatasetGraph(output.toString());
        assertEquals(dataset.stream().count(), report.quads());
        long lines = Files.readAllLines(output).stream().filter(line -> !line.isBlank()).count();
        assertEquals(lines, report.quads(), "no quad is written twice");
    }

    @Test
    void writesTheAnnotationsOfEachExtractedDocument() throws IOException, FileException {
        // given
        Path annotations = dir.resolve("annotations");

        // when
        operation().run(input, dir.resolve("out.trig"), null, annotations);

        // then
        List<String> files;
        try (var list = Files.list(annotations)) {
            files = list.map(file -> file.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("a.json", "d.json", "e.json"), files);
        DocumentAnnotations a = AnnotationJson.read(annotations.resolve("a.json"));
        assertEquals("2024-05-01T10:00:00Z", a.run().startedAt());
        assertEquals("fake-1", a.run().extractorVersion());
    }

    private static BuildOperation operation() {
        return new BuildOperation(new FakeExtractor(), CLOCK, "test");
    }

    private static Node graphOf(String text) {
        return ResourceIris.documentGraph(TextHash.sha256(text));
    }

    private static void assertFailure(String message, String prefix) {
        assertTrue(message.startsWith(prefix), message);
    }

    /**
     * Finds one statistic per document, stated by a person named after the first word. "BOOM" makes it throw;
     * "DANGLING" makes it refer to a country it never declares.
     */
    private static final class FakeExtractor implements Extractor {

        @Override
        public DocumentAnnotations extract(Document document) {
            String text = document.text();
            String word = text.substring(0, text.indexOf(' '));
            if (word.equals("BOOM")) {
                throw new IllegalStateException("cannot read " + word);
            }
            String person = "person/" + word.toLowerCase();
            Article article = new Article(document.identifier(), TextHash.sha256(text), text.length(),
                    document.metadata(), List.of(), null, null, List.of());
            ReturnStatistic statistic = new ReturnStatistic("statistic/1", BigDecimal.TEN, Qualifier.EXACTLY,
                    Population.PEOPLE, StatisticKind.RETURNED, word.equals("DANGLING") ? "country/XX" : "country/RU",
                    List.of(), List.of(), Period.UNKNOWN, person, null, null, Span.of(text, 0, text.length()),
                    new Provenance("fake", 1.0));
            return new DocumentAnnotations(DocumentAnnotations.FORMAT, article, null,
                    List.of(Entity.named(person, EntityType.PERSON, word),
                            new Entity("country/RU", EntityType.COUNTRY, "Russia", null, null, null, "RU")),
                    List.of(), List.of(statistic), List.of(), List.of(), List.of(), List.of());
        }

        @Override
        public String version() {
            return "fake-1";
        }
    }
}
