package org.homeward.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.homeward.vocab.HW;
import org.homeward.vocab.SCHEMA;

/**
 * The page of an article: where and when it was published, everything drawn from it, and its text as far as
 * the graph stores it, the passages that facts and mentions quote, in order, with the gaps between them
 * marked; the passage a link asks for ({@code ?quote=START-END}) is highlighted.
 */
final class ArticlePage {

    private final GraphView view;
    private final FactList facts;

    ArticlePage(GraphView view) {
        this.view = view;
        this.facts = new FactList(view);
    }

    /** The page body of {@code article}; {@code quote} is the passage to highlight, or null. */
    String body(Node article, int[] quote) {
        StringBuilder html = new StringBuilder("<h1>" + Html.escape(view.label(article)) + "</h1>\n<p class=\"type\">"
                + "News article" + publication(article) + "</p>\n");
        List<Node> drawn = view.subjects(HW.reportedIn, article);
        html.append(facts.section("Statistics drawn from it", drawn.stream()
                .filter(fact -> view.isA(fact, HW.ReturnStatistic)).toList()));
        html.append(facts.section("Flights drawn from it", drawn.stream()
                .filter(fact -> view.isA(fact, HW.RepatriationFlight)).toList()));
        List<Span> spans = spans(article);
        html.append(facts.links("People, organisations and places it names", named(spans)));
        html.append("<h2>Text</h2>\n<p class=\"type\">The passages the graph stores, in order; … marks text"
                + " that no fact or mention quotes.</p>\n<div class=\"text\">").append(text(spans, quote))
                .append("</div>\n");
        return html.toString();
    }

    private String publication(Node article) {
        StringBuilder html = new StringBuilder();
        Node publisher = view.object(article, DCTerms.publisher.asNode());
        if (publisher != null) {
            html.append(" · ").append(Html.link(publisher, view.label(publisher)));
        }
        String issued = view.literal(article, DCTerms.issued.asNode());
        if (issued != null) {
            html.append(" · ").append(Html.escape(Sentences.date(issued)));
        }
        view.objects(article, SCHEMA.contributor).forEach(c -> html.append(" · by ").append(Html.link(c, view.label(c))));
        String url = view.literal(article, SCHEMA.url);
        if (url != null) {
            html.append(" · <a href=\"").append(Html.escape(url)).append("\">original</a>");
        }
        String file = view.literal(article, DCTerms.identifier.asNode());
        return html + (file == null ? "" : " · file " + Html.escape(file));
    }

    /** A passage of the text: its offsets, its quote, and the resource that quotes it. */
    private record Span(int start, int end, String quote, Node node) {}

    private List<Span> spans(Node article) {
        List<Span> spans = new ArrayList<>();
        for (Node node : view.subjects(OA.hasSource.asNode(), article)) {
            String exact = view.literal(node, OA.exact.asNode());
            String start = view.literal(node, OA.start.asNode());
            if (exact != null && start != null) {
                int from = Integer.parseInt(start);
                spans.add(new Span(from, from + exact.length(), exact, node));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        return spans;
    }

    /** The entities mentioned at any of the spans. */
    private List<Node> named(List<Span> spans) {
        List<Node> named = new ArrayList<>();
        for (Span span : spans) {
            view.subjects(HW.mentionedAt, span.node()).stream()
                    .filter(entity -> !named.contains(entity))
                    .forEach(named::add);
        }
        return named;
    }

    /** The covered stretches of the text, rebuilt from the quotes, with the asked-for passage marked. */
    private static String text(List<Span> spans, int[] quote) {
        StringBuilder html = new StringBuilder();
        int blockStart = -1;
        StringBuilder block = new StringBuilder();
        for (Span span : spans) {
            int blockEnd = blockStart + block.length();
            if (blockStart < 0 || span.start() > blockEnd) {
                html.append(render(blockStart, block.toString(), quote));
                blockStart = span.start();
                block.setLength(0);
                block.append(span.quote());
            } else if (span.end() > blockEnd) {
                block.append(span.quote().substring(blockEnd - span.start()));
            }
        }
        return html.append(render(blockStart, block.toString(), quote)).toString();
    }

    private static String render(int start, String text, int[] quote) {
        if (start < 0) {
            return "";
        }
        String gap = "<span class=\"gap\">…</span>\n";
        int end = start + text.length();
        if (quote == null || quote[0] < start || quote[1] > end) {
            return gap + Html.escape(text) + "\n";
        }
        return gap + Html.escape(text.substring(0, quote[0] - start)) + "<mark id=\"quote\">"
                + Html.escape(text.substring(quote[0] - start, quote[1] - start)) + "</mark>"
                + Html.escape(text.substring(quote[1] - start)) + "\n";
    }
}
