package org.homeward.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.homeward.build.BuildOperation;
import org.homeward.build.BuildReport;
import org.homeward.extract.RuleBasedExtractor;
import org.homeward.validate.ShaclValidation;
import org.homeward.vocab.HW;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seeds end to end: built to TriG, read back by RIOT as an independent parser, validated, and checked
 * for the facts a reader of the three articles expects — and for nothing drawn from the publisher's appeal.
 */
class SeedsBuildTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final String PREFIXES = """
            PREFIX hw: <https://w3id.org/homeward/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX schema: <http://schema.org/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    @TempDir
    static Path out;

    private static BuildReport report;
    private static DatasetGraph dataset;

    @BeforeAll
    static void buildTheSeeds() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        Path trig = out.resolve("homeward.trig");
        report = new BuildOperation(new RuleBasedExtractor(), clock, "test").run(SEEDS, trig, null, null);
        dataset = RDFDataMgr.loadDatasetGraph(trig.toString());
    }

    @Test
    void everyDocumentBuildsIntoItsOwnGraphAndTheResultConforms() {
        assertTrue(report.failures().isEmpty(), () -> "failures: " + report.failures());
        List<Node> articleGraphs = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (dataset.getGraph(g).contains(Node.ANY, RDF.type.asNode(), HW.NewsArticle)) {
                articleGraphs.add(g);
            }
        });
        assertEquals(3, articleGraphs.size());
        assertTrue(ShaclValidation.withProjectShapes().validate(dataset).conforms());
    }

    @ParameterizedTest(name = "{0} {1} {2} to {3}")
    @CsvSource({
            "26, exactly, children, RU, SY",
            "156, approximately, children, RU, SY IQ",
            "150, more-than, children, RU, SY IQ",
            "30, exactly, children, RU, IQ",
            "123, exactly, children, RU, IQ",
            "699, exactly, children, RU, ''",
            "300000, approximately, people, SY, ''",
            "300000, exactly, refugees, SY, ''",
            "1200000, exactly, internally-displaced-persons, SY, SY",
            "1700000, exactly, refugees, SY, LB TR"})
    void theReturnStatisticsOfTheSeedsAreFound(String value, String qualifier, String population, String destination,
            String origins) {
        String query = PREFIXES + "SELECT ?s { ?s a hw:ReturnStatistic ; hw:value ?v ;"
                + " hw:qualifier <https://w3id.org/homeward/ontology/qualifier/" + qualifier + "> ;"
                + " hw:population <https://w3id.org/homeward/ontology/population/" + population + "> ;"
                + " hw:destination/hw:isoCode \"" + destination + "\" . FILTER(?v = " + value + ") }";
        List<Node> found = nodes(query, "s");
        assertEquals(1, found.size(), () -> "statistics matching " + query);
        Set<String> expected = origins.isBlank() ? Set.of() : Set.of(origins.split(" "));
        assertEquals(expected, strings(PREFIXES + "SELECT ?o { <" + found.get(0).getURI()
                + "> hw:origin/hw:isoCode ?o }", "o"));
    }

    @Test
    void theKindsOfStatusAreKeptApartFromReturns() {
        assertEquals(Set.of("123", "699"), strings(PREFIXES
                + "SELECT ?v { ?s hw:statisticKind <https://w3id.org/homeward/ontology/kind/identified-for-return> ; hw:value ?v }", "v"));
        assertEquals(Set.of("1700000"), strings(PREFIXES
                + "SELECT ?v { ?s hw:statisticKind <https://w3id.org/homeward/ontology/kind/expected-to-return> ; hw:value ?v }", "v"));
    }

    @Test
    void theFlightsAreFound() {
        assertEquals(Set.of("7 IQ", "7 SY", "4 IQ", "3 SY"), strings(PREFIXES
                + "SELECT (CONCAT(STR(?n), ' ', ?o) AS ?f) { ?f0 a hw:RepatriationFlight ; hw:flightCount ?n ; hw:origin/hw:isoCode ?o }", "f"));
        assertEquals(Set.of("30 Baghdad Moscow"), strings(PREFIXES
                + "SELECT (CONCAT(STR(?n), ' ', ?from, ' ', ?to) AS ?f) { ?f0 a hw:RepatriationFlight ; hw:passengerCount ?n ;"
                + " hw:departurePlace/rdfs:label ?from ; hw:arrivalPlace/rdfs:label ?to }", "f"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Anna Kuznetsova, Presidential Commissioner for Children’s Rights",
            "Vladimir Putin, President",
            "Maksim Maksimov, ambassador to Iraq",
            "Adel Abdul-Mahdi, Prime Minister",
            "Mikhail Mizintsev, spokesperson",
            "Sergei Lavrov, Foreign Minister",
            "Donald Trump, President",
            "Matthew Bodner, writer"})
    void thePersonsAreFoundWithTheirRoles(String name, String role) {
        Set<String> roles = strings(PREFIXES + "SELECT ?t { ?p a hw:Person ; rdfs:label \"" + name
                + "\" ; schema:jobTitle ?t }", "t");
        assertTrue(roles.contains(role), () -> name + " has roles " + roles);
    }

    @Test
    void statementsAreAttributedToTheirSpeakers() {
        assertEquals(Set.of("26", "156", "150", "123", "699"), strings(PREFIXES
                + "SELECT ?v { ?s hw:statedBy/rdfs:label \"Anna Kuznetsova\" ; hw:value ?v }", "v"));
        assertEquals(Set.of("300000", "1200000"), strings(PREFIXES
                + "SELECT ?v { ?s hw:statedBy/rdfs:label \"Mikhail Mizintsev\" ; hw:value ?v }", "v"));
    }

    @Test
    void nothingIsDrawnFromThePublishersAppeal() throws IOException {
        String text = Files.readString(SEEDS.resolve("002_08b7f57e22b9b49b.txt"), StandardCharsets.UTF_8);
        int appeal = text.indexOf("A Message from");
        assertTrue(appeal > 0);
        long inAppeal = count(PREFIXES + "SELECT (COUNT(*) AS ?n) { ?span oa:hasSource/dcterms:identifier"
                + " \"002_08b7f57e22b9b49b.txt\" ; oa:start ?s . ?x ?p ?span . FILTER(?p != hw:excludedRegion && ?s >= "
                + appeal + ") }");
        assertEquals(0, inAppeal);
        assertEquals(1, count(PREFIXES + "SELECT (COUNT(*) AS ?n) { ?r a hw:ExcludedRegion ; oa:start ?s FILTER(?s = "
                + appeal + ") }"));
    }

    @Test
    void everyEvidenceSpanRoundTripsToItsDocumentText() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (QuerySolution row : select(PREFIXES + "SELECT ?quote ?start ?end ?file { ?span oa:exact ?quote ;"
                + " oa:start ?start ; oa:end ?end ; oa:hasSource/dcterms:identifier ?file }")) {
            String text = Files.readString(SEEDS.resolve(row.getLiteral("file").getString()), StandardCharsets.UTF_8);
            int start = row.getLiteral("start").getInt();
            int end = row.getLiteral("end").getInt();
            String quote = row.getLiteral("quote").getString();
            if (!text.substring(start, end).equals(quote)) {
                problems.add(row.getLiteral("file").getString() + " " + start + ".." + end);
            }
            checked++;
        }
        assertTrue(checked > 100, "only " + checked + " spans");
        assertTrue(problems.isEmpty(), () -> "spans that do not match their text: " + problems);
    }

    @Test
    void everyTermInTheDataIsDeclaredInTheOntology() {
        Graph ontology = RDFDataMgr.loadGraph("org/homeward/ontology/homeward.ttl");
        Set<Node> undeclared = new HashSet<>();
        dataset.find().forEachRemaining((Quad q) -> {
            check(ontology, q.getPredicate(), undeclared);
            if (q.getPredicate().equals(RDF.type.asNode()) || q.getObject().isURI()
                    && q.getObject().getURI().startsWith("https://w3id.org/homeward/ontology")) {
                check(ontology, q.getObject(), undeclared);
            }
        });
        assertTrue(undeclared.isEmpty(), () -> "terms not declared in homeward.ttl: " + undeclared);
    }

    @Test
    void buildingTwiceGivesTheSameDocumentGraphs() throws Exception {
        Clock later = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
        Path again = out.resolve("again.trig");
        new BuildOperation(new RuleBasedExtractor(), later, "test").run(SEEDS, again, null, null);
        DatasetGraph second = RDFDataMgr.loadDatasetGraph(again.toString());
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (!g.getURI().endsWith("/provenance")) {
                assertTrue(dataset.getGraph(g).isIsomorphicWith(second.getGraph(g)), () -> "graph differs: " + g);
            }
        });
    }

    private static void check(Graph ontology, Node term, Set<Node> undeclared) {
        boolean builtIn = term.equals(RDF.type.asNode());
        if (term.isURI() && !builtIn && !ontology.contains(term, RDF.type.asNode(), Node.ANY)) {
            undeclared.add(term);
        }
    }

    private static List<QuerySolution> select(String query) {
        // Queries see the union of the document graphs as their default graph, as the server serves it.
        Dataset ds = DatasetFactory.wrap(DatasetGraphFactory.wrap(dataset.getUnionGraph()));
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static List<Node> nodes(String query, String var) {
        return select(query).stream().map(r -> r.get(var).asNode()).toList();
    }

    private static Set<String> strings(String query, String var) {
        Set<String> values = new HashSet<>();
        select(query).forEach(r -> values.add(r.get(var).isLiteral() ? r.getLiteral(var).getLexicalForm() : r.get(var).toString()));
        return values;
    }

    private static long count(String query) {
        return select(query.startsWith("PREFIX") ? query : PREFIXES + query).get(0).getLiteral("n").getLong();
    }
}
