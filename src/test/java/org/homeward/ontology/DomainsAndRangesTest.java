package org.homeward.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.riot.lang.CollectorStreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.homeward.io.DocumentSource;
import org.homeward.store.Fixtures;
import org.homeward.store.OntologyGraph;
import org.homeward.vocab.HW;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Homeward property the seed build uses stays within the domain the ontology declares for it, and every
 * object property within its range: the check that would have caught a breakdown of flights written with a
 * property meant for statistics, whether or not the classes involved are disjoint.
 */
class DomainsAndRangesTest {

    private static Graph ontology;
    private static Graph data;

    @BeforeAll
    static void buildTheSeeds() throws Exception {
        ontology = OntologyGraph.load();
        CollectorStreamRDF quads = new CollectorStreamRDF();
        Fixtures.build().exec(DocumentSource.read(Fixtures.SEEDS), quads, null);
        data = GraphFactory.createDefaultGraph();
        quads.getQuads().forEach(quad -> data.add(quad.asTriple()));
    }

    @Test
    void everyHomewardPropertyIsUsedWithinItsDomainAndRange() {
        List<String> outside = new ArrayList<>();
        for (Triple triple : data.find(Node.ANY, Node.ANY, Node.ANY).toList()) {
            Node property = triple.getPredicate();
            if (!property.isURI() || !property.getURI().startsWith(HW.NS)) {
                continue;
            }
            check(triple.getSubject(), classes(property, RDFS.domain.asNode()), "domain", triple, outside);
            if (triple.getObject().isURI() && ontology.contains(property, RDF.type.asNode(), OWL.ObjectProperty.asNode())) {
                check(triple.getObject(), classes(property, RDFS.range.asNode()), "range", triple, outside);
            }
        }
        assertTrue(outside.isEmpty(), () -> String.join("\n", outside));
    }

    private static void check(Node node, Set<Node> allowed, String what, Triple triple, List<String> outside) {
        if (!allowed.isEmpty() && allowed.stream().noneMatch(type -> isA(node, type))) {
            outside.add(triple + " is outside the " + what + " " + allowed);
        }
    }

    /** Whether the node has the type or one of its subclasses, as the ontology declares them. */
    private static boolean isA(Node node, Node type) {
        List<Triple> types = new ArrayList<>(data.find(node, RDF.type.asNode(), Node.ANY).toList());
        types.addAll(ontology.find(node, RDF.type.asNode(), Node.ANY).toList());
        for (Triple typed : types) {
            if (isSubClass(typed.getObject(), type, new HashSet<>())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSubClass(Node sub, Node type, Set<Node> seen) {
        if (sub.equals(type)) {
            return true;
        }
        return seen.add(sub) && ontology.find(sub, RDFS.subClassOf.asNode(), Node.ANY).toList().stream()
                .anyMatch(triple -> isSubClass(triple.getObject(), type, seen));
    }

    /** The named classes of a property's domain or range: the class itself, or the members of its union. */
    private static Set<Node> classes(Node property, Node domainOrRange) {
        Set<Node> classes = new HashSet<>();
        for (Triple declared : ontology.find(property, domainOrRange, Node.ANY).toList()) {
            Node bound = declared.getObject();
            Triple union = ontology.find(bound, OWL.unionOf.asNode(), Node.ANY).hasNext()
                    ? ontology.find(bound, OWL.unionOf.asNode(), Node.ANY).next() : null;
            if (union == null) {
                if (bound.isURI() && !bound.equals(RDFS.Literal.asNode()) && !bound.getURI().startsWith(
                        "http://www.w3.org/2001/XMLSchema#")) {
                    classes.add(bound);
                }
            } else {
                RDFList list = ModelFactory.createModelForGraph(ontology).asRDFNode(union.getObject()).as(RDFList.class);
                list.iterator().forEachRemaining(member -> classes.add(member.asNode()));
            }
        }
        return classes;
    }
}
