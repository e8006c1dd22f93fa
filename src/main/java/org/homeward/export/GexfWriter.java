package org.homeward.export;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link PropertyGraph} as GEXF 1.2 for Gephi, dynamic: a statistic, a flight or an article exists
 * from its publication date, and so does an edge from the earliest article that states it, so Gephi's
 * timeline replays the reporting. People, organisations and places have no start: they are always there.
 */
final class GexfWriter {

    private static final String NS = "http://www.gexf.net/1.2draft";
    private static final List<String> EDGE_ATTRIBUTES = List.of("kind", "articles");

    private GexfWriter() {}

    /** Writes the graph; the caller closes the stream. */
    static void write(PropertyGraph graph, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XmlGraphs.open(out);
        xml.setDefaultNamespace(NS);
        xml.writeStartElement(NS, "gexf");
        xml.writeDefaultNamespace(NS);
        xml.writeAttribute("version", "1.2");
        xml.writeStartElement(NS, "meta");
        xml.writeStartElement(NS, "creator");
        xml.writeCharacters("Homeward");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement(NS, "graph");
        xml.writeAttribute("mode", "dynamic");
        xml.writeAttribute("timeformat", "date");
        xml.writeAttribute("defaultedgetype", "directed");
        xml.writeCharacters("\n");
        nodeAttributes(xml);
        edgeAttributes(xml);
        xml.writeStartElement(NS, "nodes");
        for (PropertyGraph.GraphNode node : graph.nodes()) {
            node(xml, node);
        }
        xml.writeEndElement();
        xml.writeStartElement(NS, "edges");
        for (PropertyGraph.GraphEdge edge : graph.edges()) {
            edge(xml, edge);
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static void nodeAttributes(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement(NS, "attributes");
        xml.writeAttribute("class", "node");
        attribute(xml, "type", "string");
        for (String attribute : PropertyGraph.NODE_ATTRIBUTES) {
            attribute(xml, attribute, PropertyGraph.NUMERIC_ATTRIBUTES.contains(attribute) ? "double" : "string");
        }
        xml.writeEndElement();
    }

    private static void edgeAttributes(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement(NS, "attributes");
        xml.writeAttribute("class", "edge");
        for (String attribute : EDGE_ATTRIBUTES) {
            attribute(xml, attribute, "string");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void attribute(XMLStreamWriter xml, String id, String type) throws XMLStreamException {
        xml.writeEmptyElement(NS, "attribute");
        xml.writeAttribute("id", id);
        xml.writeAttribute("title", id);
        xml.writeAttribute("type", type);
    }

    private static void node(XMLStreamWriter xml, PropertyGraph.GraphNode node) throws XMLStreamException {
        xml.writeStartElement(NS, "node");
        xml.writeAttribute("id", node.id());
        xml.writeAttribute("label", XmlGraphs.clean(node.label()));
        if (node.start() != null) {
            xml.writeAttribute("start", XmlGraphs.day(node.start()));
        }
        xml.writeStartElement(NS, "attvalues");
        value(xml, "type", node.type());
        for (var attribute : node.attributes().entrySet()) {
            value(xml, attribute.getKey(), attribute.getValue());
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void edge(XMLStreamWriter xml, PropertyGraph.GraphEdge edge) throws XMLStreamException {
        xml.writeStartElement(NS, "edge");
        xml.writeAttribute("id", edge.id());
        xml.writeAttribute("source", edge.source());
        xml.writeAttribute("target", edge.target());
        xml.writeAttribute("label", edge.kind());
        if (edge.start() != null) {
            xml.writeAttribute("start", XmlGraphs.day(edge.start()));
        }
        xml.writeStartElement(NS, "attvalues");
        value(xml, "kind", edge.kind());
        value(xml, "articles", String.join(" ", edge.articles()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void value(XMLStreamWriter xml, String id, String value) throws XMLStreamException {
        xml.writeEmptyElement(NS, "attvalue");
        xml.writeAttribute("for", id);
        xml.writeAttribute("value", XmlGraphs.clean(value));
    }
}
