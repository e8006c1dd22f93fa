package org.homeward.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.homeward.vocab.HW;

/**
 * Reads the {@link PropertyGraph} out of a Homeward dataset in two passes over its quads: first which
 * resources are nodes, then their labels, values and links. A relation stated by several articles is one
 * edge that lists them all; the same figure from two sources is two statistics, so their edges stay apart.
 */
public final class PropertyGraphReader {

    /** The classes whose instances are nodes, by the name a node's type takes. */
    private static final Map<Node, String> NODE_TYPES = Map.of(
            HW.Person, "Person", HW.Organisation, "Organisation", HW.Country, "Country", HW.Place, "Place",
            HW.DescribedSource, "DescribedSource", HW.RepatriationFlight, "RepatriationFlight",
            HW.ReturnStatistic, "ReturnStatistic", HW.NewsArticle, "NewsArticle");

    private final Map<Node, String> types = new HashMap<>();
    private final Facts facts = new Facts();
    private final Map<Relation, Set<Node>> relations = new HashMap<>();
    private final Map<Node, Node> articleOfGraph = new HashMap<>();

    private PropertyGraphReader() {}

    /** The property graph of every graph in {@code dataset}; the caller holds a read transaction if it needs one. */
    public static PropertyGraph read(DatasetGraph dataset) {
        PropertyGraphReader reader = new PropertyGraphReader();
        dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(reader::type);
        dataset.find().forEachRemaining(reader::statement);
        return reader.graph();
    }

    private void type(Quad quad) {
        String type = NODE_TYPES.get(quad.getObject());
        // Countries are places too: the more precise type wins whatever the order of the quads.
        if (type != null && !"Country".equals(types.get(quad.getSubject()))) {
            types.put(quad.getSubject(), type);
        }
        if (quad.getObject().equals(HW.NewsArticle)) {
            articleOfGraph.put(quad.getGraph(), quad.getSubject());
        }
    }

    private void statement(Quad quad) {
        Node subject = quad.getSubject();
        Node object = quad.getObject();
        if (quad.getPredicate().equals(OA.exact.asNode()) && object.isLiteral()) {
            facts.quote(subject, object.getLiteralLexicalForm());
        }
        if (!types.containsKey(subject) || quad.getPredicate().equals(RDF.type.asNode())) {
            return;
        }
        if (types.containsKey(object)) {
            relations.computeIfAbsent(new Relation(subject, quad.getPredicate(), object), r -> new TreeSet<>(
                    Comparator.comparing(Node::toString))).add(quad.getGraph());
        }
        facts.add(subject, quad.getPredicate(), object);
    }

    private PropertyGraph graph() {
        Map<Node, String> ids = new HashMap<>();
        List<PropertyGraph.GraphNode> nodes = new ArrayList<>();
        List<Node> ordered = types.keySet().stream().sorted(Comparator.comparing(Node::getURI)).toList();
        for (Node node : ordered) {
            String id = "n" + (ids.size() + 1);
            ids.put(node, id);
            Map<String, String> attributes = NodeAttributes.of(node, types.get(node), facts);
            // Facts and articles appear on a timeline when published; people and places are always there.
            String start = isEntity(node) ? null : attributes.get("published");
            nodes.add(new PropertyGraph.GraphNode(id, types.get(node), facts.label(node), attributes, start));
        }
        return new PropertyGraph(nodes, edges(ids));
    }

    private boolean isEntity(Node node) {
        String type = types.get(node);
        return !"ReturnStatistic".equals(type) && !"RepatriationFlight".equals(type) && !"NewsArticle".equals(type);
    }

    private List<PropertyGraph.GraphEdge> edges(Map<Node, String> ids) {
        Map<String, Map.Entry<Relation, Set<Node>>> sorted = new TreeMap<>();
        relations.entrySet().forEach(entry -> sorted.put(entry.getKey().sortKey(), entry));
        List<PropertyGraph.GraphEdge> edges = new ArrayList<>();
        for (Map.Entry<Relation, Set<Node>> entry : sorted.values()) {
            Relation relation = entry.getKey();
            List<String> articles = entry.getValue().stream().map(articleOfGraph::get).filter(Objects::nonNull)
                    .map(Node::getURI).distinct().toList();
            String start = articles.stream().map(iri -> facts.literal(NodeFactory.createURI(iri),
                    NodeAttributes.ISSUED)).filter(Objects::nonNull).sorted().findFirst().orElse(null);
            edges.add(new PropertyGraph.GraphEdge("e" + (edges.size() + 1), ids.get(relation.subject()),
                    ids.get(relation.object()), NodeAttributes.localName(relation.predicate()), articles, start));
        }
        return edges;
    }

    /** A relation between two nodes, whichever graphs state it. */
    private record Relation(Node subject, Node predicate, Node object) {
        String sortKey() {
            return subject.getURI() + " " + NodeAttributes.localName(predicate) + " " + object.getURI() + " "
                    + predicate.getURI();
        }
    }

    /** The labels, values and links of the nodes, and the quotes of evidence spans, as read. */
    static final class Facts {
        private final Map<Node, Map<Node, List<Node>>> values = new HashMap<>();
        private final Map<Node, String> quotes = new HashMap<>();

        void add(Node subject, Node predicate, Node object) {
            values.computeIfAbsent(subject, s -> new LinkedHashMap<>())
                    .computeIfAbsent(predicate, p -> new ArrayList<>()).add(object);
        }

        void quote(Node span, String quote) {
            quotes.put(span, quote);
        }

        /** The objects of a property, in a stable order. */
        List<Node> objects(Node subject, Node predicate) {
            List<Node> objects = new ArrayList<>(values.getOrDefault(subject, Map.of()).getOrDefault(predicate,
                    List.of()));
            objects.sort(Comparator.comparing(Node::toString));
            return objects;
        }

        Node object(Node subject, Node predicate) {
            List<Node> objects = objects(subject, predicate);
            return objects.isEmpty() ? null : objects.get(0);
        }

        String literal(Node subject, Node predicate) {
            Node object = object(subject, predicate);
            return object != null && object.isLiteral() ? object.getLiteralLexicalForm() : null;
        }

        String quote(Node span) {
            return quotes.get(span);
        }

        /** The shortest of a node's labels, or else the last segment of its IRI. */
        String label(Node node) {
            return objects(node, RDFS.label.asNode()).stream().filter(Node::isLiteral)
                    .map(Node::getLiteralLexicalForm).min(Comparator.comparing(String::length)
                            .thenComparing(Comparator.naturalOrder()))
                    .orElseGet(() -> node.getURI().substring(node.getURI().lastIndexOf('/') + 1));
        }
    }
}
