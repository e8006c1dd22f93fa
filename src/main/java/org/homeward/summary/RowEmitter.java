package org.homeward.summary;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.homeward.map.ResourceIris;

/** Collects the statements of the summary graph; absent values state nothing. */
final class RowEmitter {

    private static final Node SUMMARY = ResourceIris.summaryGraph();

    private final LinkedHashSet<Quad> quads = new LinkedHashSet<>();

    void type(Node subject, Node type) {
        link(subject, RDF.type.asNode(), type);
    }

    void link(Node subject, Node predicate, Node object) {
        if (object != null) {
            quads.add(Quad.create(SUMMARY, subject, predicate, object));
        }
    }

    void link(Node subject, Node predicate, Optional<Node> object) {
        object.ifPresent(value -> link(subject, predicate, value));
    }

    void links(Node subject, Node predicate, Collection<Node> objects) {
        objects.forEach(object -> link(subject, predicate, object));
    }

    void string(Node subject, Node predicate, Optional<String> value) {
        value.ifPresent(text -> link(subject, predicate, NodeFactory.createLiteralDT(text, XSDDatatype.XSDstring)));
    }

    void strings(Node subject, Node predicate, Collection<String> values) {
        values.forEach(value -> string(subject, predicate, Optional.of(value)));
    }

    void integer(Node subject, Node predicate, long value, RDFDatatype type) {
        link(subject, predicate, NodeFactory.createLiteralDT(Long.toString(value), type));
    }

    /** The statements, each once, in the order first stated. */
    List<Quad> quads() {
        return List.copyOf(quads);
    }
}
