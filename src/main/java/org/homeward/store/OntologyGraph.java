package org.homeward.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;

/**
 * The ontology as a named graph of the store, {@value #IRI}, so that the labels and definitions of its classes,
 * properties and concepts can be queried beside the data (they meet in the union default graph). It is put
 * there afresh each time a server starts, so it is always the ontology of the running version.
 */
public final class OntologyGraph {

    /** The ontology's IRI, which names its graph too. */
    public static final String IRI = "https://w3id.org/homeward/ontology";

    /** The graph's name. */
    public static final Node GRAPH = NodeFactory.createURI(IRI);

    private static final String RESOURCE = "org/homeward/ontology/homeward.ttl";

    private OntologyGraph() {}

    /** The ontology, read from the classpath. */
    public static Graph load() {
        return RDFDataMgr.loadGraph(RESOURCE);
    }

    /** Replaces the ontology graph in {@code store} by the current ontology, in one transaction. */
    public static void install(GraphStore store) {
        List<Quad> quads = new ArrayList<>();
        load().find().forEachRemaining(triple -> quads.add(Quad.create(GRAPH, triple)));
        store.replace(GRAPH, quads);
    }
}
