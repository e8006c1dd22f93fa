package org.homeward.vocab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes Homeward writes its RDF with, in the order they are declared. */
public final class Prefixes {

    /** Prefix to namespace, in a stable order so that output files do not churn. */
    public static final Map<String, String> ALL = prefixes();

    private Prefixes() {}

    private static Map<String, String> prefixes() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("hw", HW.NS);
        map.put("hwpop", HW.POPULATION);
        map.put("hwq", HW.QUALIFIER);
        map.put("hwk", HW.KIND);
        map.put("hwt", HWT.NS);
        map.put("oa", OA.NS);
        map.put("prov", PROV.NS);
        map.put("qb", QB.NS);
        map.put("schema", SCHEMA.NS);
        map.put("dcterms", DCTerms.NS);
        map.put("xsd", XSD.NS);
        map.put("rdfs", RDFS.uri);
        return Collections.unmodifiableMap(map);
    }
}
