package org.homeward.server.web;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Reads a page's facts from the union of the graphs: objects, subjects, literals and labels, in stable orders. */
final class GraphView {

    private final Graph graph;

    GraphView(Graph graph) {
        this.graph = graph;
    }

    Graph graph() {
        return graph;
    }

    /** Whether any statement names the resource, as subject or object. */
    boolean knows(Node resource) {
        return graph.contains(resource, Node.ANY, Node.ANY) || graph.contains(Node.ANY, Node.ANY, resource);
    }

    List<Node> objects(Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).mapWith(triple -> triple.getObject()).toList().stream()
                .distinct().sorted(Comparator.comparing(Node::toString)).toList();
    }

    Node object(Node subject, Node predicate) {
        List<Node> objects = objects(subject, predicate);
        return objects.isEmpty() ? null : objects.get(0);
    }

    List<Node> subjects(Node predicate, Node object) {
        return graph.find(Node.ANY, predicate, object).mapWith(triple -> triple.getSubject()).toList().stream()
                .distinct().sorted(Comparator.comparing(Node::toString)).toList();
    }

    /** The lexical form of a literal value, or null. */
    String literal(Node subject, Node predicate) {
        Node object = object(subject, predicate);
        return object != null && object.isLiteral() ? object.getLiteralLexicalForm() : null;
    }

    boolean isA(Node resource, Node type) {
        return graph.contains(resource, RDF.type.asNode(), type);
    }

    /** The shortest label (a SKOS preferred label for concepts), or else the last segment of the IRI. */
    String label(Node resource) {
        if (resource.isLiteral()) {
            return resource.getLiteralLexicalForm();
        }
        for (Node property : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode())) {
            String label = objects(resource, property).stream().filter(Node::isLiteral)
                    .map(Node::getLiteralLexicalForm)
                    .min(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder())).orElse(null);
            if (label != null) {
                return label;
            }
        }
        if (resource.isBlank()) {
            return "(anonymous)";
        }
        String iri = resource.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1).replace('-', ' ');
    }
}
