package org.homeward.export;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.homeward.vocab.Prefixes;

/**
 * What a resource's page says about it in RDF: its bounded description (every statement whose subject it is)
 * and the statements that point at it, each in the graph that holds it, so that a fact's source stays known.
 * Homeward data has no blank nodes, so nothing more is needed to bound the description.
 */
public final class ResourceDescription {

    private ResourceDescription() {}

    /** The quads about {@code resource} in any graph of {@code dataset}; empty if the dataset does not know it. */
    public static DatasetGraph of(DatasetGraph dataset, Node resource) {
        DatasetGraph description = DatasetGraphFactory.create();
        description.prefixes().putAll(Prefixes.ALL);
        dataset.find(Node.ANY, resource, Node.ANY, Node.ANY).forEachRemaining(description::add);
        dataset.find(Node.ANY, Node.ANY, Node.ANY, resource).forEachRemaining(description::add);
        return description;
    }
}
