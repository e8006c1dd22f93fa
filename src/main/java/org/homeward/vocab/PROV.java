package org.homeward.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of PROV-O that Homeward's provenance graph uses. */
public final class PROV {

    /** The PROV-O namespace. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Node SoftwareAgent = term("SoftwareAgent");

    public static final Node agent = term("agent");
    public static final Node endedAtTime = term("endedAtTime");
    public static final Node generatedAtTime = term("generatedAtTime");
    public static final Node startedAtTime = term("startedAtTime");
    public static final Node used = term("used");
    public static final Node wasAssociatedWith = term("wasAssociatedWith");
    public static final Node wasDerivedFrom = term("wasDerivedFrom");
    public static final Node wasGeneratedBy = term("wasGeneratedBy");

    private PROV() {}

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
