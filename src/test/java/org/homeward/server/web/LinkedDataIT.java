package org.homeward.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.homeward.server.AbstractServerIT;
import org.homeward.vocab.HW;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Resource IRIs, the ontology and the JSON-LD context, dereferenced on a server holding the seeds. */
class LinkedDataIT extends AbstractServerIT {

    private static final String ANNA = "/resource/person/anna-kuznetsova";

    @Test
    void everyResourceOfTheStoreAnswersAtItsPathInTurtleThatParses() throws Exception {
        // given
        List<String> paths = new ArrayList<>();
        Txn.executeRead(store().dataset(), () -> store().dataset().find().forEachRemaining(quad -> {
            Node subject = quad.getSubject();
            if (subject.isURI() && subject.getURI().startsWith(HW.RESOURCE)) {
                String path = "/resource/" + subject.getURI().substring(HW.RESOURCE.length());
                if (!paths.contains(path)) {
                    paths.add(path);
                }
            }
        }));

        // when, then
        assertTrue(paths.size() > 200, "only " + paths.size());
        for (String path : paths) {
            HttpResponse<String> response = send(request(path).header("Accept", "text/turtle"));
            assertEquals(200, response.statusCode(), path);
            Graph graph = parse(response.body(), Lang.TURTLE);
            assertTrue(graph.contains(Node.ANY, Node.ANY, Node.ANY), path);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle, TURTLE", "application/rdf+xml, RDFXML", "application/n-triples, NTRIPLES",
            "application/trig, TRIG", "application/n-quads, NQUADS"})
    void aResourceAnswersInEachRdfSyntaxItsDescriptionWithTheFactsPointingAtIt(String mediaType, String lang)
            throws Exception {
        // when
        HttpResponse<String> response = send(request(ANNA).header("Accept", mediaType));

        // then
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith(mediaType));
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.fromString(response.body(), RDFLanguages.nameToLang(lang)).parse(dataset);
        Node anna = NodeFactory.createURI(HW.RESOURCE + "person/anna-kuznetsova");
        Graph union = dataset.getUnionGraph().isEmpty() ? dataset.getDefaultGraph() : dataset.getUnionGraph();
        assertTrue(union.contains(anna, Node.ANY, Node.ANY), "its own statements");
        assertTrue(union.contains(Node.ANY, HW.statedBy, anna), "the statistics it stated");
        if (lang.equals("TRIG") || lang.equals("NQUADS")) {
            assertTrue(dataset.listGraphNodes().hasNext(), "each statement keeps its document graph");
            assertTrue(dataset.getDefaultGraph().isEmpty());
        }
    }

    @Test
    void jsonLdNamesTheServedContextAndReadsBackWithIt() throws Exception {
        // given
        ObjectMapper json = new ObjectMapper();
        String context = send(request("/context.jsonld")).body();

        // when
        HttpResponse<String> response = send(request(ANNA).header("Accept", "application/ld+json"));

        // then
        assertEquals(200, response.statusCode());
        ObjectNode document = (ObjectNode) json.readTree(response.body());
        assertEquals(url("/context.jsonld"), document.get("@context").asText());
        document.set("@context", json.readTree(context).get("@context"));
        Graph graph = parse(json.writeValueAsString(document), Lang.JSONLD);
        assertTrue(graph.contains(Node.ANY, HW.statedBy, Node.ANY));
    }

    @Test
    void theFormatParameterOverridesAccept() throws Exception {
        // when
        HttpResponse<String> response = send(request(ANNA + "?format=nt").header("Accept", "text/html"));

        // then
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/n-triples"));
        assertEquals("Accept", response.headers().firstValue("Vary").orElseThrow());
    }

    @Test
    void unknownResourcesAndFormatsAreRefusedWithTheirIds() throws Exception {
        HttpResponse<String> missing = send(request("/resource/person/nobody-at-all").header("Accept", "text/html"));
        HttpResponse<String> badFormat = send(request(ANNA + "?format=png"));
        HttpResponse<String> badExport = send(request("/export/homeward.png"));

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("HW-E120"), missing.body());
        assertEquals(406, badFormat.statusCode());
        assertTrue(badFormat.body().contains("HW-E121"), badFormat.body());
        assertEquals(404, badExport.statusCode());
        assertTrue(badExport.body().contains("HW-E122"), badExport.body());
    }

    @Test
    void theOntologyHasAPageWithASectionPerTermAndItsConceptsTheirOwn() throws Exception {
        HttpResponse<String> page = send(request("/ontology").header("Accept", "text/html"));
        HttpResponse<String> turtle = send(request("/ontology").header("Accept", "text/turtle"));
        HttpResponse<String> concept = send(request("/ontology/population/children").header("Accept", "text/html"));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<section id=\"ReturnStatistic\">"));
        assertTrue(page.body().contains("<section id=\"partOf\">"));
        assertTrue(parse(turtle.body(), Lang.TURTLE).size() > 500);
        assertEquals(200, concept.statusCode());
        assertTrue(concept.body().contains("People under 18 years of age"), concept.body());
    }

    @Test
    void theOntologysLabelsCanBeQueriedBesideTheData() {
        // when
        List<String> labels = new ArrayList<>();
        try (var execution = query("PREFIX hw: <https://w3id.org/homeward/ontology#>"
                + " PREFIX skos: <http://www.w3.org/2004/02/skos/core#>"
                + " SELECT DISTINCT ?label { ?s hw:population ?p . ?p skos:prefLabel ?label }").build()) {
            execution.execSelect().forEachRemaining(row -> labels.add(row.getLiteral("label").getString()));
        }

        // then
        assertTrue(labels.contains("children"), labels.toString());
        assertTrue(labels.contains("internally displaced persons"), labels.toString());
    }

    @Test
    void anEntityPageSaysEachFactWithItsSourceAndQuote() throws Exception {
        // when
        String page = send(request(ANNA).header("Accept", "text/html")).body();

        // then
        assertTrue(page.contains("26 children returned from <a href=\"/resource/country/SY\">Syria</a> to "
                + "<a href=\"/resource/country/RU\">Russia</a>, 5–12 Feb 2020"), page);
        assertTrue(page.contains("According to <a href=\"/resource/person/anna-kuznetsova\">Anna Kuznetsova</a>,"
                + " reported by <a href=\"/resource/organisation/tass\">TASS</a>, 12 Feb 2020: «<a href=\"/resource/"
                + "article/"), page);
        assertTrue(page.contains("?quote="), "quotes link to their place in the article");
    }

    private static Graph parse(String text, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(graph);
        return graph;
    }
}
