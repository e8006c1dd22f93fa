package org.homeward.server;

import java.time.Duration;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * The Graph Store Protocol's reads, with the cap of queries for clients without the token: the graph or
 * the dataset asked for is copied up to {@code maxRows} statements, within the query timeout, and the
 * answer is made from the copy; when statements were left out, the {@value RowCappedQuery#HEADER} header
 * says so. The whole union graph can hold hundreds of megabytes; no anonymous client reads it all at once.
 */
final class CappedGraphRead extends GSP_R {

    private final long maxRows;
    private final Duration timeout;

    CappedGraphRead(long maxRows, Duration timeout) {
        this.maxRows = maxRows;
        this.timeout = timeout;
    }

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph dataset = super.decideDataset(action);
        if (Boolean.TRUE.equals(action.getRequest().getAttribute(AccessControl.AUTHENTICATED))) {
            return dataset;
        }
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        long deadline = System.nanoTime() + timeout.toNanos();
        var quads = Iter.iter(dataset.find(source(action), Node.ANY, Node.ANY, Node.ANY));
        try {
            long copied = 0;
            while (quads.hasNext() && copied < maxRows) {
                if (System.nanoTime() - deadline > 0) {
                    throw new QueryCancelledException();
                }
                Quad quad = quads.next();
                copy.add(quad.isDefaultGraph() || quad.getGraph().equals(Quad.unionGraph)
                        ? Quad.create(target(quad), quad.asTriple()) : quad);
                copied++;
            }
            if (quads.hasNext()) {
                action.getResponse().setHeader(RowCappedQuery.HEADER, Long.toString(maxRows));
            }
        } finally {
            quads.close();
        }
        return copy;
    }

    /** The graph to copy from: the one named, the union, the stored default graph, or every named graph. */
    private static Node source(HttpAction action) {
        String graph = action.getRequestParameter("graph");
        if (graph == null) {
            return action.getRequestParameter("default") != null ? Quad.defaultGraphIRI : Node.ANY;
        }
        return "union".equals(graph) ? Quad.unionGraph : "default".equals(graph) ? Quad.defaultGraphIRI
                : NodeFactory.createURI(graph);
    }

    /** Where a copied statement of the union or the default graph goes, so that the answer finds it there. */
    private static Node target(Quad quad) {
        return quad.getGraph().equals(Quad.unionGraph) ? NodeFactory.createURI("urn:x-homeward:union")
                : Quad.defaultGraphIRI;
    }
}
