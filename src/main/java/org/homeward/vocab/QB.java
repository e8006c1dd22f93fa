package org.homeward.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of the RDF Data Cube vocabulary that Homeward's statistics use. */
public final class QB {

    /** The Data Cube namespace. */
    public static final String NS = "http://purl.org/linked-data/cube#";

    public static final Node Observation = term("Observation");

    public static final Node dataSet = term("dataSet");

    private QB() {}

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
