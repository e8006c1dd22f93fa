package org.homeward.build;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Passes each quad about a node that every document describes alike, such as the software in the provenance
 * graph, only the first time: a dataset holds it once, so the output and its count should too. Only those
 * few quads are remembered.
 */
final class SharedDescriptions extends StreamRDFWrapper {

    private final Set<Node> sharedSubjects;
    private final Set<Quad> seen = new HashSet<>();

    SharedDescriptions(StreamRDF other, Set<Node> sharedSubjects) {
        super(other);
        this.sharedSubjects = Set.copyOf(sharedSubjects);
    }

    @Override
    public void quad(Quad quad) {
        if (sharedSubjects.contains(quad.getSubject()) && !seen.add(quad)) {
            return;
        }
        super.quad(quad);
    }
}
