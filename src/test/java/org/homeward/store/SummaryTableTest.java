package org.homeward.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.lang.CollectorStreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.homeward.corpus.CorpusGenerator;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.homeward.io.SourceEntry;
import org.homeward.map.ResourceIris;
import org.homeward.vocab.HWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The summary graph that ingestion keeps is always what a rebuild from the document graphs gives. */
class SummaryTableTest {

    private static final Node SUMMARY = ResourceIris.summaryGraph();
    private static final Node RUSSIA = ResourceIris.entity("country/RU");

    private GraphStore store;
    private Ingestion ingestion;

    @BeforeEach
    void openAnEmptyStore() throws FileException {
        store = GraphStore.temporary();
        ingestion = new Ingestion(Fixtures.build(), store);
    }

    @AfterEach
    void closeTheStore() {
        store.close();
    }

    @Test
    void afterIngestingDocumentsOneByOneTheSummaryEqualsItsRebuild() throws FileException {
        ingestion.ingestAll(DocumentSource.read(Fixtures.SEEDS));

        assertTrue(store.summaryQuads().size() > 100, "the seeds give rows and counts");
        assertSummaryEqualsRebuild();
    }

    @Test
    void afterReplacingADocumentTheSummaryEqualsItsRebuild() throws FileException {
        ingestion.ingestAll(DocumentSource.read(Fixtures.SEEDS));
        Set<Quad> before = new HashSet<>(store.summaryQuads());

        ingestion.ingest(DocumentSource.readDocument(Fixtures.SEEDS.resolve("001_ac15ab967086067e.txt")));

        assertEquals(before, new HashSet<>(store.summaryQuads()), "the same text gives the same rows and counts");
        assertSummaryEqualsRebuild();
    }

    @Test
    void afterDeletingADocumentTheSummaryEqualsItsRebuildAndItsCountsAreTakenBack() throws FileException {
        ingestion.ingestAll(DocumentSource.read(Fixtures.SEEDS));
        long russiaBefore = measure(HWT.statistics, "destination", "RU");

        store.remove(ResourceIris.documentGraph("1a0ef7d58deef4dd708639081634ead335e153d245ff8ace057c63c555328037"));

        assertSummaryEqualsRebuild();
        assertTrue(measure(HWT.statistics, "destination", "RU") < russiaBefore);
        assertEquals(1, measure(HWT.articles, "destination", "RU"));
    }

    @Test
    void afterDeletingArticlesThePersonsTheyNamedListOnlyWhatOtherArticlesGive() {
        CorpusGenerator generator = CorpusGenerator.of(7);
        ingestion.ingestAll(IntStream.range(0, 40).mapToObj(generator::article)
                .<SourceEntry>map(document -> new SourceEntry.Loaded(Path.of(document.identifier()), document))
                .toList());
        long listedBefore = countOf(HWT.jobTitle);

        store.documentGraphs().subList(0, 15).forEach(store::remove);

        assertSummaryEqualsRebuild();
        assertTrue(countOf(HWT.jobTitle) < listedBefore, "the deleted articles' job titles are no longer listed");
        assertTrue(countOf(HWT.nameOrder) > 0, "persons named in the other articles keep their counts");
    }

    @Test
    void aCountByDestinationOrOriginGivesItsCountrysNameAndCode() throws FileException {
        ingestion.ingestAll(DocumentSource.read(Fixtures.SEEDS));

        Node russia = ResourceIris.count("destination", "RU");
        Node syria = ResourceIris.count("origin", "SY");
        Set<Quad> summary = new HashSet<>(store.summaryQuads());
        assertTrue(summary.contains(Quad.create(SUMMARY, russia, HWT.name, string("Russia"))), "the country's name");
        assertTrue(summary.contains(Quad.create(SUMMARY, russia, HWT.isoCode, string("RU"))), "the country's code");
        assertTrue(summary.contains(Quad.create(SUMMARY, syria, HWT.isoCode, string("SY"))), "an origin's code");
    }

    @Test
    void deletingEveryDocumentEmptiesTheSummary() throws FileException {
        ingestion.ingestAll(DocumentSource.read(Fixtures.SEEDS));

        store.documentGraphs().forEach(store::remove);

        assertEquals(List.of(), store.summaryQuads());
    }

    @Test
    void aBuildInOneTransactionAndARestoreKeepTheSummaryToo() throws FileException {
        ingestion.buildAll(DocumentSource.read(Fixtures.SEEDS));
        assertSummaryEqualsRebuild();
        Set<Quad> built = new HashSet<>(store.summaryQuads());
        DatasetGraph backup = DatasetGraphFactory.createGeneral();
        store.dump(StreamRDFLib.dataset(backup));

        store.restore(backup);

        assertEquals(built, new HashSet<>(store.summaryQuads()));
    }

    @Test
    void aStatisticRowHasItsRouteAsCountriesWithCodesAndItsPeriodAsDates() throws FileException {
        CollectorStreamRDF quads = new CollectorStreamRDF();
        Fixtures.build().exec(DocumentSource.read(Fixtures.SEEDS), quads, null);
        store.load(sink -> {
            quads.getQuads().forEach(sink::quad);
            return null;
        });
        Node row = store.summaryQuads().stream()
                .filter(quad -> quad.getPredicate().equals(HWT.value)
                        && quad.getObject().getLiteralLexicalForm().startsWith("156"))
                .map(Quad::getSubject).findFirst().orElseThrow();

        Set<String> facts = new HashSet<>();
        store.summaryQuads().stream().filter(quad -> quad.getSubject().equals(row))
                .forEach(quad -> facts.add(quad.getPredicate().getLocalName() + "=" + (quad.getObject().isLiteral()
                        ? quad.getObject().getLiteralLexicalForm() : quad.getObject().getURI())));

        assertTrue(facts.contains("destination=" + RUSSIA.getURI()), facts::toString);
        assertTrue(facts.contains("destinationCode=RU"), facts::toString);
        assertTrue(facts.contains("originCode=SY") && facts.contains("originCode=IQ"), facts::toString);
        assertTrue(facts.contains("periodFrom=2019-02-12") && facts.contains("periodTo=2020-02-12"), facts::toString);
        assertTrue(facts.contains("speakerName=Anna Kuznetsova"), facts::toString);
        assertTrue(facts.contains("month=2020-02") && facts.contains("publisher=TASS"), facts::toString);
        assertFalse(facts.stream().noneMatch(fact -> fact.startsWith("quote=In the past year")), facts::toString);
    }

    @Test
    void aStatementRowGivesItsSpeakerCueAndQuoteAndCarriesTheRowsOfTheFiguresThatRestOnIt() throws FileException {
        ingestion.ingestAll(DocumentSource.read(Fixtures.SEEDS));
        List<Quad> summary = store.summaryQuads();

        Node row = summary.stream().filter(quad -> quad.getPredicate().equals(HWT.quote)
                        && quad.getObject().getLiteralLexicalForm().startsWith("In the past year")
                        && summary.contains(Quad.create(SUMMARY, quad.getSubject(), RDF.type.asNode(),
                                HWT.StatementRow)))
                .map(Quad::getSubject).findFirst().orElseThrow();
        Set<String> values = new HashSet<>();
        for (Node carried : objects(summary, row, HWT.carries)) {
            assertTrue(summary.contains(Quad.create(SUMMARY, carried, RDF.type.asNode(), HWT.StatisticRow)));
            objects(summary, carried, HWT.value).forEach(value -> values.add(value.getLiteralLexicalForm()));
        }

        assertEquals(List.of(string("Anna Kuznetsova")), objects(summary, row, HWT.speakerName));
        assertEquals(List.of(string("said")), objects(summary, row, HWT.cue));
        assertEquals(1, objects(summary, row, HWT.statementOrder).size(), "its place in the order");
        assertTrue(values.stream().anyMatch(value -> value.startsWith("156")), values::toString);
    }

    private static List<Node> objects(List<Quad> quads, Node subject, Node property) {
        return quads.stream().filter(quad -> quad.getSubject().equals(subject) && quad.getPredicate().equals(property))
                .map(Quad::getObject).toList();
    }

    private void assertSummaryEqualsRebuild() {
        Set<Quad> kept = new HashSet<>(store.summaryQuads());
        store.rebuildSummary();
        Set<Quad> rebuilt = new HashSet<>(store.summaryQuads());
        Set<Quad> missing = new HashSet<>(rebuilt);
        missing.removeAll(kept);
        Set<Quad> unexpected = new HashSet<>(kept);
        unexpected.removeAll(rebuilt);
        assertEquals(rebuilt, kept, () -> "missing from the kept summary: " + missing + "\nnot in the rebuild: "
                + unexpected);
    }

    /** How many statements of the persons' counts have {@code property}. */
    private long countOf(Node property) {
        return store.summaryQuads().stream().filter(quad -> quad.getPredicate().equals(property)
                && quad.getSubject().getURI().contains("/count/person/")).count();
    }

    private static Node string(String value) {
        return NodeFactory.createLiteralDT(value, XSDDatatype.XSDstring);
    }

    private long measure(Node property, String dimension, String value) {
        Node observation = ResourceIris.count(dimension, value);
        return store.summaryQuads().stream()
                .filter(quad -> quad.getSubject().equals(observation) && quad.getPredicate().equals(property))
                .mapToLong(quad -> Long.parseLong(quad.getObject().getLiteralLexicalForm())).findFirst().orElse(0);
    }

}
