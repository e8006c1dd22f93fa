package org.homeward.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.homeward.vocab.HW;

/**
 * The parts that every page lists facts with: a fact as its sentence and its source, a section of such
 * facts, and the figures of several sources about the same group and route side by side.
 */
final class FactList {

    /** The most facts a section lists; a page about a country of a large store stays readable and fast. */
    static final int LIMIT = 200;

    private final GraphView view;
    private final Sentences sentences;

    FactList(GraphView view) {
        this.view = view;
        this.sentences = new Sentences(view);
    }

    Sentences sentences() {
        return sentences;
    }

    /** A fact: its sentence, linked to its page, and where it comes from. */
    String fact(Node fact) {
        String sentence = view.isA(fact, HW.RepatriationFlight) ? sentences.flight(fact) : sentences.statistic(fact);
        return "<div class=\"fact\">" + sentence + " <a href=\"" + Html.escape(Html.href(fact)) + "\">(page)</a>"
                + "<div class=\"source\">" + sentences.source(fact) + "</div></div>\n";
    }

    /** A titled section of facts, or nothing if there are none. */
    String section(String title, List<Node> facts) {
        if (facts.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2>" + Html.escape(title) + " (" + facts.size() + ")</h2>\n");
        facts.stream().limit(LIMIT).forEach(fact -> html.append(fact(fact)));
        if (facts.size() > LIMIT) {
            html.append("<p>… and ").append(facts.size() - LIMIT).append(" more: query them at /queries.</p>\n");
        }
        return html.toString();
    }

    /** A titled list of links, or nothing if there are none. */
    String links(String title, List<Node> resources) {
        if (resources.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2>" + Html.escape(title) + "</h2>\n<ul>\n");
        resources.stream().limit(LIMIT)
                .forEach(resource -> html.append("<li>").append(Html.link(resource, view.label(resource)))
                        .append("</li>\n"));
        return html.append("</ul>\n").toString();
    }

    /**
     * The statistics that count the same group, of the same kind, on the same route, when more than one article
     * gives a figure: each source's figure in a row, and whether they agree.
     */
    String sideBySide(List<Node> statistics) {
        Map<String, List<Node>> groups = new LinkedHashMap<>();
        for (Node statistic : statistics) {
            groups.computeIfAbsent(key(statistic), k -> new ArrayList<>()).add(statistic);
        }
        StringBuilder html = new StringBuilder();
        for (List<Node> group : groups.values()) {
            long articles = group.stream().map(s -> view.object(s, HW.reportedIn)).distinct().count();
            if (group.size() > 1 && articles > 1) {
                html.append(table(group));
            }
        }
        return html.isEmpty() ? "" : "<h2>Figures side by side</h2>\n" + html;
    }

    private String table(List<Node> group) {
        List<Node> sorted = group.stream().sorted(Comparator.comparing(this::published)).toList();
        boolean agree = sorted.stream().map(s -> view.literal(s, HW.value)).distinct().count() == 1;
        String what = sentences.what(sorted.get(0));
        StringBuilder html = new StringBuilder("<p>" + Character.toUpperCase(what.charAt(0)) + what.substring(1)
                + ": <span class=\"" + (agree ? "agree\">the sources agree"
                : "differ\">the sources differ") + "</span></p>\n<table><tr><th>figure</th><th>source</th></tr>\n");
        for (Node statistic : sorted) {
            html.append("<tr><td>").append(Html.link(statistic, view.label(statistic).split(" — ")[0]))
                    .append("</td><td>").append(sentences.source(statistic)).append("</td></tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    /** What makes two figures comparable: the group, the kind and the route. */
    String key(Node statistic) {
        return view.objects(statistic, HW.population) + " " + view.objects(statistic, HW.statisticKind) + " "
                + view.objects(statistic, HW.origin) + " " + view.objects(statistic, HW.destination);
    }

    private String published(Node fact) {
        Node article = view.object(fact, HW.reportedIn);
        String issued = article == null ? null : view.literal(article, DCTerms.issued.asNode());
        return issued == null ? "" : issued;
    }
}
