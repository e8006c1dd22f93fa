package org.homeward.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The schema.org terms Homeward uses, in the {@code http://schema.org/} namespace that the ontology and
 * shapes declare. Jena's {@code SchemaDO} uses {@code https://schema.org/}, which would put these
 * statements outside the ontology and out of reach of the shapes.
 */
public final class SCHEMA {

    /** The schema.org namespace as the Homeward ontology writes it. */
    public static final String NS = "http://schema.org/";

    public static final Node contributor = term("contributor");
    public static final Node jobTitle = term("jobTitle");
    public static final Node softwareVersion = term("softwareVersion");
    public static final Node url = term("url");

    private SCHEMA() {}

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
