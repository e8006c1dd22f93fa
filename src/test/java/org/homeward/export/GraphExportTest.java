package org.homeward.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.homeward.RdfAssertions;
import org.homeward.io.FileException;
import org.homeward.queries.Csv;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** Every export format of the seeds: RDF that reads back as the same data, and graph files that tools accept. */
class GraphExportTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"trig, TRIG", "nq, NQUADS"})
    void quadFormatsRoundTripToTheSameDataset(String format, String lang) throws Exception {
        // given
        DatasetGraph seeds = SeedDataset.get();

        // when
        byte[] bytes = export(ExportFormat.of(format).orElseThrow());

        // then
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang(lang)).parse(back);
        RdfAssertions.assertIsomorphic(seeds, back);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ttl, TURTLE", "rdfxml, RDFXML", "jsonld, JSONLD"})
    void tripleFormatsRoundTripToTheUnionOfTheGraphs(String format, String lang) throws Exception {
        // given
        Graph union = RdfOutput.union(SeedDataset.get());

        // when
        byte[] bytes = export(ExportFormat.of(format).orElseThrow());

        // then
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang(lang)).parse(back);
        assertTrue(union.isIsomorphicWith(back), () -> format + " does not read back as the union graph");
    }

    @Test
    void jsonLdUsesHomewardsContext() throws Exception {
        // when
        JsonNode document = new ObjectMapper().readTree(export(ExportFormat.JSONLD));

        // then
        assertEquals("https://w3id.org/homeward/ontology#", document.get("@context").get("hw").asText());
        assertTrue(new String(export(ExportFormat.JSONLD), StandardCharsets.UTF_8).contains("\"hw:value\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"graphml, graphml.xsd", "gexf, gexf.xsd"})
    void xmlGraphsAreValidAgainstTheirSchemas(String format, String schema) throws Exception {
        // given
        var validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getClassLoader().getResource(schema)).newValidator();

        // when
        byte[] bytes = export(ExportFormat.of(format).orElseThrow());

        // then no exception
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(bytes)));
        } catch (SAXException e) {
            throw new AssertionError(format + " is not valid against " + schema + ": " + e.getMessage(), e);
        }
    }

    @Test
    void cytoscapeEdgesJoinNodesAndNothingButEntitiesFactsAndArticlesIsANode() throws Exception {
        // when
        JsonNode elements = new ObjectMapper().readTree(export(ExportFormat.CYJS)).get("elements");

        // then
        Set<String> ids = new HashSet<>();
        Set<String> types = new HashSet<>();
        elements.get("nodes").forEach(node -> {
            ids.add(node.get("data").get("id").asText());
            types.add(node.get("data").get("type").asText());
        });
        assertEquals(Set.of("Person", "Organisation", "DescribedSource", "Country", "Place", "RepatriationFlight",
                "ReturnStatistic", "NewsArticle"), types);
        Set<String> edgeIds = new HashSet<>();
        elements.get("edges").forEach(edge -> {
            JsonNode data = edge.get("data");
            assertTrue(ids.contains(data.get("source").asText()), () -> "no node " + data.get("source"));
            assertTrue(ids.contains(data.get("target").asText()), () -> "no node " + data.get("target"));
            assertTrue(edgeIds.add(data.get("id").asText()), () -> "edge id twice: " + data.get("id"));
        });
        assertTrue(edgeIds.size() > 50);
    }

    @Test
    void theSameFigureFromTwoSentencesStaysTwoNodesWithTheirOwnSources() throws Exception {
        // when
        PropertyGraph graph = PropertyGraphReader.read(SeedDataset.get());

        // then
        List<PropertyGraph.GraphNode> statistics = graph.nodes().stream()
                .filter(node -> node.type().equals("ReturnStatistic")).toList();
        assertEquals(10, statistics.size());
        assertEquals(10, statistics.stream().map(PropertyGraph.GraphNode::label).distinct().count());
        PropertyGraph.GraphNode kids = statistics.stream()
                .filter(node -> "26".equals(node.attributes().get("value"))).findFirst().orElseThrow();
        assertEquals("children", kids.attributes().get("population"));
        assertEquals("Anna Kuznetsova", kids.attributes().get("speaker"));
        assertEquals("2020-02-12", kids.start());
        assertTrue(kids.attributes().get("quote").contains("26"));
        long reportedIn = graph.edges().stream()
                .filter(edge -> edge.source().equals(kids.id()) && edge.kind().equals("reportedIn")).count();
        assertEquals(1, reportedIn);
        assertTrue(graph.edges().stream().allMatch(edge -> !edge.articles().isEmpty()));
    }

    @Test
    void dotDeclaresEveryNodeAnEdgeJoins() throws Exception {
        // when
        String dot = new String(export(ExportFormat.DOT), StandardCharsets.UTF_8);

        // then
        assertTrue(dot.startsWith("digraph homeward {"));
        Set<String> declared = new HashSet<>();
        Matcher node = Pattern.compile("(?m)^  \"(n\\d+)\" \\[label=").matcher(dot);
        while (node.find()) {
            declared.add(node.group(1));
        }
        Matcher edge = Pattern.compile("(?m)^  \"(n\\d+)\" -> \"(n\\d+)\"").matcher(dot);
        int edges = 0;
        while (edge.find()) {
            assertTrue(declared.contains(edge.group(1)) && declared.contains(edge.group(2)), edge.group());
            edges++;
        }
        assertTrue(edges > 50);
        assertEquals("\"say \\\"no\\\" \\\\ here\\nthere\"", DotWriter.quoted("say \"no\" \\ here\nthere"));
    }

    @Test
    void csvHasOneRowPerStatisticWithItsSourceAndQuote() throws Exception {
        // when
        List<List<String>> rows = Csv.parse(new String(export(ExportFormat.CSV), StandardCharsets.UTF_8));

        // then
        assertEquals(List.of("statistic", "label", "value", "qualifier", "population", "kind", "origins",
                "destinations", "periodStart", "periodEnd", "speaker", "publisher", "published", "article", "quote"),
                rows.get(0));
        assertEquals(11, rows.size());
        List<String> kids = rows.stream().filter(row -> row.get(2).equals("26")).findFirst().orElseThrow();
        assertEquals("Syria", kids.get(6));
        assertEquals("Russia", kids.get(7));
        assertEquals("Anna Kuznetsova", kids.get(10));
        assertFalse(kids.get(14).isBlank());
    }

    private static byte[] export(ExportFormat format) throws IOException, FileException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphExport.write(SeedDataset.get(), format, null, out);
        return out.toByteArray();
    }

    private static Lang lang(String name) {
        return switch (name) {
            case "TRIG" -> Lang.TRIG;
            case "NQUADS" -> Lang.NQUADS;
            case "TURTLE" -> Lang.TURTLE;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.JSONLD;
        };
    }
}
