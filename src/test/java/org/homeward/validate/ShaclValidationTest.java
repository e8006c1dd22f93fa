package org.homeward.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.homeward.SampleAnnotations;
import org.homeward.extract.RuleBasedExtractor;
import org.homeward.io.FileException;
import org.homeward.map.AnnotationMapper;
import org.homeward.map.ResourceIris;
import org.homeward.model.ArticleMetadata;
import org.homeward.model.Document;
import org.homeward.model.DocumentAnnotations;
import org.homeward.vocab.HW;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShaclValidationTest {

    private final ShaclValidation validation = ShaclValidation.withProjectShapes();

    @Test
    void theMappersExpectedOutputConforms() throws URISyntaxException, FileException {
        // given
        Path expected = Path.of(getClass().getResource("/mapper/expected.trig").toURI());

        // when
        ValidationReport report = validation.validate(expected);

        // then
        assertTrue(report.conforms(), () -> String.join("\n", ReportLines.of(report)));
    }

    @Test
    void aFigureFromADescribedSourceConformsAndItsSourceLiesUnderItsArticle() {
        // given
        Document document = new Document("officials.txt", "Some 2,300 refugees have gone home from Chad since March,"
                + " officials said. The returnees will receive food rations, tools and seeds for the planting season,"
                + " and the families who lost their houses will be given building materials once the rains have ended.",
                new ArticleMetadata(null, null, "2024-05-08", null, "en"));
        DatasetGraph dataset = DatasetGraphFactory.create();
        DocumentAnnotations annotations = new RuleBasedExtractor().extract(document).withRun(SampleAnnotations.run());

        // when
        new AnnotationMapper().map(annotations, StreamRDFLib.dataset(dataset));
        ValidationReport report = validation.validate(dataset);

        // then
        assertTrue(report.conforms(), () -> String.join("\n", ReportLines.of(report)));
        Node source = dataset.find(Node.ANY, Node.ANY, HW.statedBy, Node.ANY).next().getObject();
        assertTrue(dataset.contains(Node.ANY, source, RDF.type.asNode(), HW.DescribedSource), source::toString);
        assertTrue(source.getURI().startsWith(ResourceIris.article(annotations.article().sha256()).getURI() + "/source/"),
                source::toString);
    }

    @Test
    void aStatisticWithoutItsValueDoesNotConform() {
        // given
        DatasetGraph dataset = RDFDataMgr.loadDatasetGraph("mapper/expected.trig");
        dataset.deleteAny(Node.ANY, Node.ANY, HW.value, Node.ANY);

        // when
        ValidationReport report = validation.validate(dataset);

        // then
        List<String> lines = ReportLines.of(report);
        assertFalse(report.conforms());
        assertTrue(ReportLines.hasViolations(report));
        assertTrue(lines.stream().anyMatch(line -> line.contains("hw:value")), () -> String.join("\n", lines));
    }

    @ParameterizedTest(name = "{0} part of {1}")
    @CsvSource({"flight, statistic", "statistic, flight", "attribution, statistic"})
    void aBreakdownOfAnotherKindDoesNotConform(String part, String whole) {
        // given
        DatasetGraph dataset = RDFDataMgr.loadDatasetGraph("mapper/expected.trig");
        Node graph = ResourceIris.documentGraph(SampleAnnotations.SHA);
        dataset.add(graph, fact(part), HW.partOf, fact(whole));

        // when
        ValidationReport report = validation.validate(dataset);

        // then
        List<String> lines = ReportLines.of(report);
        assertTrue(ReportLines.hasViolations(report));
        assertTrue(lines.stream().anyMatch(line -> line.contains("hw:partOf")), () -> String.join("\n", lines));
    }

    @Test
    void namesAFileThatIsNotRdf(@TempDir Path dir) throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("broken.trig"), "<a> <b> .");

        // when
        FileException e = assertThrows(FileException.class, () -> validation.validate(file));

        // then
        assertTrue(e.getMessage().startsWith("HW-E030 " + file + ": not valid RDF"), e.getMessage());
    }

    private static Node fact(String kind) {
        String id = kind.equals("attribution") ? "attribution/233-253" : kind + "/97-267";
        return ResourceIris.fact(SampleAnnotations.SHA, id);
    }
}
