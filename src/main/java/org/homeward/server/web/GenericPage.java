package org.homeward.server.web;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * The page of any other resource (an evidence span, an attribution, a document graph, a concept): its label
 * and types, every statement about it, and every statement that points at it.
 */
final class GenericPage {

    private final GraphView view;

    GenericPage(GraphView view) {
        this.view = view;
    }

    /** The page body of {@code resource}. */
    String body(Node resource) {
        StringBuilder html = new StringBuilder("<h1>" + Html.escape(view.label(resource)) + "</h1>\n<p class=\"type\">");
        view.objects(resource, RDF.type.asNode()).forEach(type -> html.append(Html.link(type, view.label(type)))
                .append(" "));
        html.append("</p>\n<h2>Statements</h2>\n<table>\n");
        view.graph().find(resource, Node.ANY, Node.ANY).toList().stream()
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .forEach(triple -> html.append(row(triple.getPredicate(), triple.getObject())));
        html.append("</table>\n");
        StringBuilder incoming = new StringBuilder();
        view.graph().find(Node.ANY, Node.ANY, resource).toList().stream().limit(FactList.LIMIT)
                .map(Triple::getSubject).distinct()
                .forEach(subject -> incoming.append("<li>").append(node(subject)).append("</li>\n"));
        if (!incoming.isEmpty()) {
            html.append("<h2>Pointed at by</h2>\n<ul>\n").append(incoming).append("</ul>\n");
        }
        return html.toString();
    }

    private String row(Node predicate, Node object) {
        return "<tr><th>" + Html.link(predicate, view.label(predicate)) + "</th><td>" + node(object) + "</td></tr>\n";
    }

    private String node(Node node) {
        if (node.isLiteral()) {
            return Html.escape(node.getLiteralLexicalForm());
        }
        return node.isURI() ? Html.link(node, view.label(node)) : Html.escape(view.label(node));
    }
}
