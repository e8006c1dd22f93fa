package org.homeward.map;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.homeward.model.Period;
import org.homeward.model.Provenance;
import org.homeward.model.Span;
import org.homeward.vocab.HW;

/**
 * Sends the statements of one named graph to a sink. Absent values (null) emit nothing, so the mapper can
 * state every optional field without a test of its own.
 */
final class GraphEmitter {

    private final StreamRDF sink;
    private final Node graph;
    private final DocumentIndex index;
    private final Set<Node> spansEmitted = new HashSet<>();

    GraphEmitter(StreamRDF sink, Node graph, DocumentIndex index) {
        this.sink = sink;
        this.graph = graph;
        this.index = index;
    }

    DocumentIndex index() {
        return index;
    }

    void type(Node subject, Node type) {
        link(subject, RDF.type.asNode(), type);
    }

    void link(Node subject, Node predicate, Node object) {
        if (object != null) {
            sink.quad(Quad.create(graph, subject, predicate, object));
        }
    }

    void string(Node subject, Node predicate, String value) {
        typed(subject, predicate, value, XSDDatatype.XSDstring);
    }

    void typed(Node subject, Node predicate, String lexicalForm, RDFDatatype datatype) {
        if (lexicalForm != null) {
            link(subject, predicate, NodeFactory.createLiteralDT(lexicalForm, datatype));
        }
    }

    void decimal(Node subject, Node predicate, BigDecimal value) {
        if (value != null) {
            typed(subject, predicate, value.toPlainString(), XSDDatatype.XSDdecimal);
        }
    }

    void count(Node subject, Node predicate, int value) {
        typed(subject, predicate, Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }

    /** A link to a declared entity, if the key is given. */
    void entity(Node subject, Node predicate, String key) {
        if (key != null) {
            link(subject, predicate, index.entity(key));
        }
    }

    /** A link to a declared fact of the same document, if the id is given. */
    void fact(Node subject, Node predicate, String id) {
        if (id != null) {
            link(subject, predicate, index.fact(id));
        }
    }

    /** A date, year-month or year, typed by its form; anything else is an extractor bug. */
    void temporal(Node subject, Node predicate, String value) {
        if (value != null) {
            link(subject, predicate, TemporalLiterals.literal(value).orElseThrow(() -> index.error(
                    "HW-E103", "'" + value + "' is not a date (yyyy-MM-dd), year-month (yyyy-MM) or year (yyyy)")));
        }
    }

    void period(Node subject, Period period) {
        temporal(subject, HW.periodStart, period.start());
        temporal(subject, HW.periodEnd, period.end());
    }

    /** Links the subject to the quote it was read from, describing the span the first time it is used. */
    void evidence(Node subject, Node predicate, Span span) {
        if (span != null) {
            link(subject, predicate, span(span));
        }
    }

    /** The rule a fact came from and the confidence in it. */
    void provenance(Node subject, Provenance provenance) {
        string(subject, HW.extractionRule, provenance.rule());
        typed(subject, HW.confidence, BigDecimal.valueOf(provenance.confidence()).toPlainString(),
                XSDDatatype.XSDdecimal);
    }

    /** Offsets of a stretch of the article's text; oa:start and oa:end as in a TextPositionSelector. */
    void offsets(Node subject, Span span) {
        count(subject, OA.start.asNode(), span.start());
        count(subject, OA.end.asNode(), span.end());
        link(subject, OA.hasSource.asNode(), index.article());
    }

    private Node span(Span span) {
        Node node = ResourceIris.span(index.sha256(), span);
        if (spansEmitted.add(node)) {
            type(node, HW.EvidenceSpan);
            string(node, RDFS.label.asNode(), Labels.span(span, index.document()));
            string(node, OA.exact.asNode(), span.quote());
            offsets(node, span);
        }
        return node;
    }
}
