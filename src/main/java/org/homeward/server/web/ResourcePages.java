package org.homeward.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.homeward.vocab.HW;

/** Chooses a resource's page by its type, and frames it with links to its other forms. */
final class ResourcePages {

    private static final Pattern QUOTE = Pattern.compile("(\\d{1,9})-(\\d{1,9})");
    private static final Map<Node, String> ENTITIES = Map.of(HW.Person, "Person", HW.Organisation, "Organisation",
            HW.Country, "Country", HW.Place, "Place", HW.DescribedSource, "Described source");

    private ResourcePages() {}

    /** The whole HTML page of {@code resource}. */
    static String page(GraphView view, Node resource, HttpServletRequest request) {
        return Html.page(view.label(resource), body(view, resource, request) + forms());
    }

    private static String body(GraphView view, Node resource, HttpServletRequest request) {
        for (Map.Entry<Node, String> entity : ENTITIES.entrySet()) {
            if (view.isA(resource, entity.getKey()) && !(entity.getKey().equals(HW.Place)
                    && view.isA(resource, HW.Country))) {
                return new EntityPage(view).body(resource, entity.getValue());
            }
        }
        if (view.isA(resource, HW.ReturnStatistic)) {
            return new FactPage(view).body(resource, "Return statistic");
        }
        if (view.isA(resource, HW.RepatriationFlight)) {
            return new FactPage(view).body(resource, "Repatriation flight");
        }
        if (view.isA(resource, HW.NewsArticle)) {
            return new ArticlePage(view).body(resource, quote(request.getParameter("quote")));
        }
        return new GenericPage(view).body(resource);
    }

    /** The passage {@code START-END} to highlight, or null. */
    private static int[] quote(String parameter) {
        if (parameter == null) {
            return null;
        }
        Matcher matcher = QUOTE.matcher(parameter);
        if (!matcher.matches()) {
            return null;
        }
        int start = Integer.parseInt(matcher.group(1));
        int end = Integer.parseInt(matcher.group(2));
        return start < end ? new int[] {start, end} : null;
    }

    /** Links to the same description as data. */
    private static String forms() {
        return "\n<p class=\"type\">This description as data: <a href=\"?format=ttl\">Turtle</a> · "
                + "<a href=\"?format=jsonld\">JSON-LD</a> · <a href=\"?format=rdfxml\">RDF/XML</a> · "
                + "<a href=\"?format=nt\">N-Triples</a> · <a href=\"?format=trig\">TriG</a> · "
                + "<a href=\"?format=nq\">N-Quads</a> (these two keep each statement's source graph)</p>";
    }
}
