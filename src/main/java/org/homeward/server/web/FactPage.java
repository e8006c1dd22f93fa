package org.homeward.server.web;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.homeward.vocab.HW;

/**
 * The page of a statistic or a flight: the fact as a sentence, where it comes from, what it is a breakdown of
 * and what breaks it down, and for a statistic the figures other sources give for the same group and route.
 */
final class FactPage {

    private final GraphView view;
    private final FactList facts;

    FactPage(GraphView view) {
        this.view = view;
        this.facts = new FactList(view);
    }

    /** The page body of {@code fact}, whose type is {@code type}. */
    String body(Node fact, String type) {
        Sentences sentences = facts.sentences();
        boolean flight = view.isA(fact, HW.RepatriationFlight);
        StringBuilder html = new StringBuilder("<h1>" + Html.escape(view.label(fact)) + "</h1>\n<p class=\"type\">"
                + type + "</p>\n<p class=\"fact\">" + (flight ? sentences.flight(fact) : sentences.statistic(fact))
                + "</p>\n<p class=\"source\">" + sentences.source(fact) + "</p>\n");
        String rule = view.literal(fact, HW.extractionRule);
        String confidence = view.literal(fact, HW.confidence);
        if (rule != null) {
            html.append("<p class=\"type\">Read by the rule <code>").append(Html.escape(rule)).append("</code>")
                    .append(confidence == null ? "" : ", confidence " + Html.escape(confidence)).append("</p>\n");
        }
        html.append(facts.section("Part of", view.objects(fact, HW.partOf)));
        html.append(facts.section("Broken down into", view.subjects(HW.partOf, fact)));
        if (!flight) {
            html.append(facts.sideBySide(comparable(fact)));
        }
        return html.toString();
    }

    /** This statistic and those of the same group, kind and route, found through its destinations. */
    private List<Node> comparable(Node statistic) {
        String key = facts.key(statistic);
        List<Node> peers = new ArrayList<>(List.of(statistic));
        for (Node destination : view.objects(statistic, HW.destination)) {
            view.subjects(HW.destination, destination).stream()
                    .filter(other -> !peers.contains(other) && view.isA(other, HW.ReturnStatistic))
                    .filter(other -> facts.key(other).equals(key))
                    .forEach(peers::add);
        }
        return peers;
    }
}
