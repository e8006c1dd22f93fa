package org.homeward.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes a {@link PropertyGraph} in Graphviz's DOT language: one shape per kind of node, edges labelled by kind. */
final class DotWriter {

    private static final Map<String, String> SHAPES = Map.of(
            "ReturnStatistic", "box", "RepatriationFlight", "hexagon", "NewsArticle", "note",
            "Country", "doubleoctagon", "Place", "octagon", "Organisation", "component", "Person", "ellipse",
            "DescribedSource", "egg");

    private DotWriter() {}

    /** Writes the graph; the caller closes the stream. */
    static void write(PropertyGraph graph, OutputStream out) throws IOException {
        Writer dot = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        dot.write("digraph homeward {\n  graph [overlap=false, splines=true];\n  node [fontsize=10];\n"
                + "  edge [fontsize=8];\n");
        for (PropertyGraph.GraphNode node : graph.nodes()) {
            dot.write("  " + quoted(node.id()) + " [label=" + quoted(node.label()) + ", shape="
                    + SHAPES.getOrDefault(node.type(), "ellipse") + ", type=" + quoted(node.type()));
            for (Map.Entry<String, String> attribute : node.attributes().entrySet()) {
                dot.write(", " + attribute.getKey() + "=" + quoted(attribute.getValue()));
            }
            dot.write("];\n");
        }
        for (PropertyGraph.GraphEdge edge : graph.edges()) {
            dot.write("  " + quoted(edge.source()) + " -> " + quoted(edge.target()) + " [id=" + quoted(edge.id())
                    + ", label=" + quoted(edge.kind()) + ", kind=" + quoted(edge.kind()) + ", articles="
                    + quoted(String.join(" ", edge.articles())) + "];\n");
        }
        dot.write("}\n");
        dot.flush();
    }

    /** A DOT quoted string: only the quote needs escaping, and a backslash so as not to start an escape. */
    static String quoted(String text) {
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n");
        return "\"" + escaped + "\"";
    }
}
