package org.homeward.server.web;

import org.apache.jena.graph.Node;
import org.homeward.store.OntologyGraph;
import org.homeward.vocab.HW;

/**
 * Plain HTML for people: every text from the data is escaped, pages share one small style sheet and need no
 * script. Resource IRIs link to their page on this server.
 */
public final class Html {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:62em;margin:1.5em auto;"
            + "padding:0 1em;line-height:1.45;color:#222}a{color:#0645ad}h1{margin-bottom:.2em}"
            + ".type{color:#555;font-size:.95em;margin-top:0}.fact{margin:.6em 0 .9em}"
            + ".source{color:#444;font-size:.92em;margin-left:1em}q{font-style:italic}"
            + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .5em;"
            + "text-align:left;vertical-align:top}mark{background:#ffe066}.gap{color:#888}"
            + ".text{white-space:pre-wrap;font-family:Georgia,serif}nav{font-size:.9em;margin-bottom:1em}"
            + ".agree{color:#176f2c}.differ{color:#a0231b}";

    private Html() {}

    /** The text with the characters that HTML gives a meaning escaped, for content and attribute values alike. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** A whole page: {@code title} escaped, {@code body} as given (already HTML). */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · Homeward</title><style>" + STYLE + "</style></head>\n<body>"
                + "<nav><a href=\"/explore\">Explore the graph</a> · <a href=\"/queries\">Competency questions</a>"
                + " · <a href=\"/ontology\">Ontology</a> · <a href=\"/export/homeward.ttl\">Download</a></nav>\n"
                + body + "\n</body></html>\n";
    }

    /** Where a resource's page is: its path on this server for Homeward's IRIs, else the IRI itself. */
    static String href(Node resource) {
        String iri = resource.getURI();
        if (iri.startsWith(HW.RESOURCE)) {
            return "/resource/" + iri.substring(HW.RESOURCE.length());
        }
        if (iri.startsWith(OntologyGraph.IRI)) {
            return "/ontology" + iri.substring(OntologyGraph.IRI.length());
        }
        return iri;
    }

    /** A link to a resource's page, with its text escaped. */
    static String link(Node resource, String text) {
        return "<a href=\"" + escape(href(resource)) + "\">" + escape(text) + "</a>";
    }
}
