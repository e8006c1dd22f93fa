package org.homeward.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.lang.CollectorStreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.homeward.io.DocumentSource;
import org.homeward.store.Fixtures;
import org.homeward.vocab.HW;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The ontology with the seed build, as an OWL reasoner sees them: HermiT through the OWL API finds them
 * consistent and every class satisfiable, and the OWL API's profile checker finds the ontology OWL 2 DL and
 * the data outside it only for its dates, as the ontology's header says.
 */
class OntologyReasoningTest {

    private static final String ONTOLOGY = "org/homeward/ontology/homeward.ttl";
    private static final Pattern DATES_OUTSIDE_OWL2 = Pattern.compile("xsd:(date|gYearMonth|gYear)\\b");

    private static Graph seeds;

    @BeforeAll
    static void buildTheSeeds() throws Exception {
        CollectorStreamRDF quads = new CollectorStreamRDF();
        Fixtures.build().exec(DocumentSource.read(Fixtures.SEEDS), quads, null);
        seeds = GraphFactory.createDefaultGraph();
        quads.getQuads().forEach(quad -> seeds.add(quad.asTriple()));
    }

    @Test
    void theOntologyAndTheSeedsAreConsistentAndEveryClassIsSatisfiable() throws OWLOntologyCreationException {
        // given
        OWLOntology ontology = load(withOntology(seeds));

        // when
        OWLReasoner reasoner = reasoner(ontology);

        // then
        assertTrue(reasoner.isConsistent(), "HermiT finds the ontology and the seed data inconsistent");
        Set<OWLClass> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
        assertTrue(unsatisfiable.isEmpty(), () -> "unsatisfiable classes: " + unsatisfiable);
        assertTrue(ontology.classesInSignature().count() > 30);
    }

    @Test
    void anAttributionThatIsPartOfAStatisticIsInconsistent() throws OWLOntologyCreationException {
        // given a use of hw:partOf outside its domain, statistics and flights, from both of which attributions
        // are disjoint (that a statistic is part of a statistic and a flight of a flight is for the shapes)
        Graph data = GraphFactory.createDefaultGraph();
        Node attribution = first(HW.Attribution);
        Node statistic = first(HW.ReturnStatistic);
        seeds.find().forEachRemaining(data::add);
        data.add(attribution, HW.partOf, statistic);

        // when
        OWLReasoner reasoner = reasoner(load(withOntology(data)));

        // then
        assertFalse(reasoner.isConsistent());
    }

    @Test
    void theOntologyIsOwl2DlAndTheDataLeavesItOnlyForItsDates() throws OWLOntologyCreationException {
        // given
        OWLOntology ontologyAlone = load(RDFDataMgr.loadGraph(ONTOLOGY));
        OWLOntology withData = load(withOntology(seeds));

        // when
        List<OWLProfileViolation> alone = new OWL2DLProfile().checkOntology(ontologyAlone).getViolations();
        List<OWLProfileViolation> mixed = new OWL2DLProfile().checkOntology(withData).getViolations();

        // then
        assertEquals(List.of(), alone);
        assertFalse(mixed.isEmpty());
        List<OWLProfileViolation> others = mixed.stream().filter(v -> !isAboutADate(v)).toList();
        assertEquals(List.of(), others);
    }

    private static boolean isAboutADate(OWLProfileViolation violation) {
        return DATES_OUTSIDE_OWL2.matcher(violation.toString()).find();
    }

    private static Node first(Node type) {
        return seeds.find(Node.ANY, RDF.type.asNode(), type).next().getSubject();
    }

    private static Graph withOntology(Graph data) {
        Graph union = RDFDataMgr.loadGraph(ONTOLOGY);
        data.find().forEachRemaining(union::add);
        return union;
    }

    private static OWLOntology load(Graph graph) throws OWLOntologyCreationException {
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RDFDataMgr.write(turtle, graph, Lang.TURTLE);
        return OWLManager.createOWLOntologyManager()
                .loadOntologyFromOntologyDocument(new ByteArrayInputStream(turtle.toByteArray()));
    }

    /** HermiT, told to treat the dates outside the OWL 2 datatype map as opaque literals. */
    private static OWLReasoner reasoner(OWLOntology ontology) {
        Configuration configuration = new Configuration();
        configuration.ignoreUnsupportedDatatypes = true;
        return new ReasonerFactory().createReasoner(ontology, configuration);
    }
}
