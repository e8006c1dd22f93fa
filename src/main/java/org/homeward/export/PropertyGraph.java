package org.homeward.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The knowledge graph as graph tools see it: one node per person, organisation, country, place, flight,
 * statistic and article, one edge per relation between two of them. Evidence spans, attributions and
 * literals are no nodes: what they say becomes attributes.
 *
 * @param nodes the nodes, ordered by IRI
 * @param edges the edges, ordered by source, kind and target
 */
public record PropertyGraph(List<GraphNode> nodes, List<GraphEdge> edges) {

    /** The attributes a node may have, in the order the formats declare them. */
    public static final List<String> NODE_ATTRIBUTES = List.of("iri", "value", "qualifier", "population", "kind",
            "periodStart", "periodEnd", "date", "passengers", "flights", "isoCode", "published", "publisher",
            "speaker", "quote", "article");

    /** The numeric ones among {@link #NODE_ATTRIBUTES}. */
    public static final List<String> NUMERIC_ATTRIBUTES = List.of("value", "passengers", "flights");

    /** Copies the lists so the record stays immutable. */
    public PropertyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * A node.
     *
     * @param id a short id, unique in the graph, that every format accepts ({@code n12})
     * @param type the class's local name, such as {@code ReturnStatistic}
     * @param label what a person reads
     * @param attributes the known values among {@link #NODE_ATTRIBUTES}, {@code iri} always
     * @param start the publication date from which the node exists, for a timeline; null for entities
     */
    public record GraphNode(String id, String type, String label, Map<String, String> attributes, String start) {

        /** Copies the attributes, keeping their order. */
        public GraphNode {
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }
    }

    /**
     * An edge.
     *
     * @param id a short id, unique in the graph ({@code e7})
     * @param source the id of the node it leaves
     * @param target the id of the node it reaches
     * @param kind the relation's local name, such as {@code destination} or {@code statedBy}
     * @param articles the IRIs of the articles whose graphs state the relation
     * @param start the earliest publication date of those articles; null if none is known
     */
    public record GraphEdge(String id, String source, String target, String kind, List<String> articles,
            String start) {

        /** Copies the list so the record stays immutable. */
        public GraphEdge {
            articles = List.copyOf(articles);
        }
    }
}
