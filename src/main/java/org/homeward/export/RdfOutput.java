package org.homeward.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.homeward.vocab.Prefixes;

/**
 * RDF in any syntax Homeward offers, written by Jena's writers: TriG and N-Quads keep the named graphs;
 * Turtle, N-Triples, RDF/XML and JSON-LD hold their union. JSON-LD is compacted with {@link JsonLdContext}.
 */
public final class RdfOutput {

    private RdfOutput() {}

    /** Writes the named graphs as TriG or N-Quads. */
    public static void quads(DatasetGraph dataset, RDFFormat format, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        Prefixes.ALL.forEach(stream::prefix);
        dataset.find().forEachRemaining(stream::quad);
        stream.finish();
    }

    /** The union of the named graphs, each statement once, with Homeward's prefixes. */
    public static Graph union(DatasetGraph dataset) {
        Graph union = GraphFactory.createDefaultGraph();
        union.getPrefixMapping().setNsPrefixes(Prefixes.ALL);
        dataset.find().forEachRemaining(quad -> union.add(quad.asTriple()));
        return union;
    }

    /** Writes a graph in a triple syntax such as Turtle, N-Triples or RDF/XML. */
    public static void triples(Graph graph, RDFFormat format, OutputStream out) {
        RDFWriter.source(graph).format(format).output(out);
    }

    /**
     * Writes a graph as JSON-LD compacted with Homeward's context, which the document names by {@code contextUrl},
     * or holds inline if that is null.
     */
    public static void jsonLd(Graph graph, String contextUrl, OutputStream out) {
        String expanded = RDFWriter.source(graph).format(RDFFormat.JSONLD11_PLAIN).asString();
        JsonObject compacted;
        try {
            JsonDocument context = JsonDocument.of(new StringReader(JsonLdContext.json()));
            compacted = JsonLd.compact(JsonDocument.of(new StringReader(expanded)), context).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
        JsonObject document = contextUrl == null ? compacted
                : Json.createObjectBuilder(compacted).add("@context", contextUrl).build();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.write(document);
        }
    }
}
