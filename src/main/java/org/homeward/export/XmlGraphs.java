package org.homeward.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** What the GraphML and GEXF writers share: an XML writer, and text that XML 1.0 can hold. */
final class XmlGraphs {

    private XmlGraphs() {}

    /** A StAX writer on {@code out}, in UTF-8, with the XML declaration written. */
    static XMLStreamWriter open(OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory()
                .createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.writeCharacters("\n");
        return xml;
    }

    /** The text with each character XML 1.0 cannot hold, such as a stray control character, replaced by U+FFFD. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(isXmlChar(c) ? c : 0xFFFD));
        return out.toString();
    }

    /** A date, year-month or year as an {@code xs:date}, at its first day, for a timeline. */
    static String day(String temporal) {
        return switch (temporal.length()) {
            case 4 -> temporal + "-01-01";
            case 7 -> temporal + "-01";
            default -> temporal;
        };
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
