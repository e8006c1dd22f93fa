package org.homeward.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.homeward.vocab.HW;

/** Reads one document graph as the mapper writes it: its article, facts, entities and their labels. */
final class DocumentView {

    private final Graph graph;
    private final Node article;

    private DocumentView(Graph graph, Node article) {
        this.graph = graph;
        this.article = article;
    }

    /** The view of a document graph; empty if it describes no article (it is not a document graph). */
    static Optional<DocumentView> of(Graph graph) {
        List<Node> articles = subjects(graph, RDF.type.asNode(), HW.NewsArticle);
        return articles.size() == 1 ? Optional.of(new DocumentView(graph, articles.get(0))) : Optional.empty();
    }

    Node article() {
        return article;
    }

    /** The subjects of a type, in a stable order (by IRI). */
    List<Node> ofType(Node type) {
        return subjects(RDF.type.asNode(), type);
    }

    /** The subjects that have {@code object} as a value of {@code property}, in a stable order (by IRI). */
    List<Node> subjects(Node property, Node object) {
        List<Node> nodes = subjects(graph, property, object);
        nodes.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return nodes;
    }

    /** The objects of a property. */
    List<Node> objects(Node subject, Node property) {
        List<Node> objects = new ArrayList<>();
        graph.find(subject, property, Node.ANY).forEachRemaining(triple -> objects.add(triple.getObject()));
        return objects;
    }

    /** The one object of a property, if there is one. */
    Optional<Node> object(Node subject, Node property) {
        var found = graph.find(subject, property, Node.ANY);
        try {
            return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
        } finally {
            found.close();
        }
    }

    /** The lexical form of a literal object. */
    Optional<String> text(Node subject, Node property) {
        return object(subject, property).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    /** The label of an entity. */
    Optional<String> label(Node entity) {
        return text(entity, RDFS.label.asNode());
    }

    /** The labels of the objects of a property, distinct and in alphabetical order. */
    TreeSet<String> labels(Node subject, Node property) {
        TreeSet<String> labels = new TreeSet<>();
        for (Node object : objects(subject, property)) {
            label(object).ifPresent(labels::add);
        }
        return labels;
    }

    /** The country a place is: itself if it is a country, else the country it lies in, if known. */
    Optional<Node> country(Node place) {
        if (graph.contains(place, RDF.type.asNode(), HW.Country)) {
            return Optional.of(place);
        }
        return object(place, HW.locatedIn);
    }

    /** The ISO code of a country. */
    Optional<String> isoCode(Node country) {
        return text(country, HW.isoCode);
    }

    /** The article's file name. */
    Optional<String> identifier() {
        return text(article, DCTerms.identifier.asNode());
    }

    /** The article's publication date literal, as stated. */
    Optional<Node> published() {
        return object(article, DCTerms.issued.asNode());
    }

    /** The label of the article's publisher. */
    Optional<String> publisher() {
        return object(article, DCTerms.publisher.asNode()).flatMap(this::label);
    }

    /** The quote of a fact's evidence, and where it starts. */
    Optional<Evidence> evidence(Node fact) {
        return object(fact, HW.evidence).map(span -> new Evidence(text(span, OA.exact.asNode()).orElse(null),
                text(span, OA.start.asNode()).map(Integer::parseInt).orElse(0)));
    }

    /** A fact's quote and the offset where it starts. */
    record Evidence(String quote, int start) {}

    private static List<Node> subjects(Graph graph, Node property, Node object) {
        List<Node> subjects = new ArrayList<>();
        graph.find(Node.ANY, property, object).mapWith(Triple::getSubject).forEachRemaining(subjects::add);
        return subjects;
    }
}
