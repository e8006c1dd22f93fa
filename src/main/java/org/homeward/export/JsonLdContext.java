package org.homeward.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.homeward.vocab.Prefixes;

/**
 * The JSON-LD context of every JSON-LD answer: Homeward's prefixes, and those of the ontology's own terms,
 * so that {@code hw:value} reads as such. The server serves it at {@value #PATH}.
 */
public final class JsonLdContext {

    /** Where the server serves the context. */
    public static final String PATH = "/context.jsonld";

    private static final String JSON = build();

    private JsonLdContext() {}

    /** The context document, {@code {"@context": {...}}}. */
    public static String json() {
        return JSON;
    }

    private static String build() {
        Map<String, String> prefixes = new LinkedHashMap<>(Prefixes.ALL);
        prefixes.put("rdf", RDF.uri);
        prefixes.put("owl", OWL.NS);
        prefixes.put("skos", SKOS.uri);
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(Map.of("@context", prefixes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the JSON-LD context cannot be written", e);
        }
    }
}
