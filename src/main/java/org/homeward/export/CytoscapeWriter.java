package org.homeward.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes a {@link PropertyGraph} as Cytoscape JSON ({@code .cyjs}: {@code elements} with {@code nodes} and
 * {@code edges}, each a {@code data} object), which Cytoscape and Cytoscape.js read, and the explorer too.
 */
final class CytoscapeWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private CytoscapeWriter() {}

    /** Writes the graph; the caller closes the stream. */
    static void write(PropertyGraph graph, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("format_version", "1.0");
            json.writeStringField("generated_by", "Homeward");
            json.writeObjectFieldStart("data");
            json.writeStringField("name", "Homeward");
            json.writeEndObject();
            json.writeObjectFieldStart("elements");
            json.writeArrayFieldStart("nodes");
            for (PropertyGraph.GraphNode node : graph.nodes()) {
                node(json, node);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("edges");
            for (PropertyGraph.GraphEdge edge : graph.edges()) {
                edge(json, edge);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static void node(JsonGenerator json, PropertyGraph.GraphNode node) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", node.id());
        json.writeStringField("type", node.type());
        json.writeStringField("label", node.label());
        for (Map.Entry<String, String> attribute : node.attributes().entrySet()) {
            if (PropertyGraph.NUMERIC_ATTRIBUTES.contains(attribute.getKey())) {
                json.writeNumberField(attribute.getKey(), new BigDecimal(attribute.getValue()));
            } else {
                json.writeStringField(attribute.getKey(), attribute.getValue());
            }
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void edge(JsonGenerator json, PropertyGraph.GraphEdge edge) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", edge.id());
        json.writeStringField("source", edge.source());
        json.writeStringField("target", edge.target());
        json.writeStringField("kind", edge.kind());
        json.writeArrayFieldStart("articles");
        for (String article : edge.articles()) {
            json.writeString(article);
        }
        json.writeEndArray();
        if (edge.start() != null) {
            json.writeStringField("published", edge.start());
        }
        json.writeEndObject();
        json.writeEndObject();
    }
}
