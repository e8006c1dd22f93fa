package org.homeward.export;

import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a {@link PropertyGraph} as GraphML, for yEd, Cytoscape, Gephi and networkx. */
final class GraphmlWriter {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String EDGE_KEY = "edge_";

    private GraphmlWriter() {}

    /** Writes the graph; the caller closes the stream. */
    static void write(PropertyGraph graph, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XmlGraphs.open(out);
        xml.setDefaultNamespace(NS);
        xml.writeStartElement(NS, "graphml");
        xml.writeDefaultNamespace(NS);
        key(xml, "type", "node", "type", "string");
        key(xml, "label", "node", "label", "string");
        for (String attribute : PropertyGraph.NODE_ATTRIBUTES) {
            boolean numeric = PropertyGraph.NUMERIC_ATTRIBUTES.contains(attribute);
            key(xml, attribute, "node", attribute, numeric ? "double" : "string");
        }
        key(xml, EDGE_KEY + "kind", "edge", "kind", "string");
        key(xml, EDGE_KEY + "label", "edge", "label", "string");
        key(xml, EDGE_KEY + "articles", "edge", "articles", "string");
        key(xml, EDGE_KEY + "published", "edge", "published", "string");
        xml.writeStartElement(NS, "graph");
        xml.writeAttribute("id", "homeward");
        xml.writeAttribute("edgedefault", "directed");
        xml.writeCharacters("\n");
        for (PropertyGraph.GraphNode node : graph.nodes()) {
            node(xml, node);
        }
        for (PropertyGraph.GraphEdge edge : graph.edges()) {
            edge(xml, edge);
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static void key(XMLStreamWriter xml, String id, String domain, String name, String type)
            throws XMLStreamException {
        xml.writeEmptyElement(NS, "key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
        xml.writeCharacters("\n");
    }

    private static void node(XMLStreamWriter xml, PropertyGraph.GraphNode node) throws XMLStreamException {
        xml.writeStartElement(NS, "node");
        xml.writeAttribute("id", node.id());
        data(xml, "type", node.type());
        data(xml, "label", node.label());
        for (var attribute : node.attributes().entrySet()) {
            data(xml, attribute.getKey(), attribute.getValue());
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void edge(XMLStreamWriter xml, PropertyGraph.GraphEdge edge) throws XMLStreamException {
        xml.writeStartElement(NS, "edge");
        xml.writeAttribute("id", edge.id());
        xml.writeAttribute("source", edge.source());
        xml.writeAttribute("target", edge.target());
        data(xml, EDGE_KEY + "kind", edge.kind());
        data(xml, EDGE_KEY + "label", edge.kind());
        data(xml, EDGE_KEY + "articles", String.join(" ", edge.articles()));
        if (edge.start() != null) {
            data(xml, EDGE_KEY + "published", edge.start());
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement(NS, "data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(XmlGraphs.clean(value));
        xml.writeEndElement();
    }
}
