package org.homeward.server.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.homeward.map.Labels;
import org.homeward.vocab.HW;

/**
 * Facts as sentences a person reads ("40 children returned from Iraq to Tajikistan, 3–9 Mar 2021"), and where
 * each comes from ("according to …, reported by …, 12 Feb 2020: «…»"). The words for qualifiers, groups and
 * kinds are the labels of the ontology's concepts. Returns HTML, with every text from the data escaped.
 */
final class Sentences {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final GraphView view;

    Sentences(GraphView view) {
        this.view = view;
    }

    /** A statistic: qualifier, number, group, what happened, route and period. */
    String statistic(Node statistic) {
        Node qualifier = view.object(statistic, HW.qualifier);
        String hedge = qualifier == null || qualifier.getURI().endsWith("/exactly") ? ""
                : Html.escape(view.label(qualifier)) + " ";
        return join(hedge + number(view.literal(statistic, HW.value)), what(statistic), when(statistic));
    }

    /** What a statistic counts, without the number: "children returned from Syria to Russia". */
    String what(Node statistic) {
        Node kind = view.object(statistic, HW.statisticKind);
        return join(group(statistic), kind == null ? null : Html.escape(view.label(kind)), route(statistic));
    }

    /** A flight, or a report of several: how many, route, places, passengers, date. */
    String flight(Node flight) {
        String count = view.literal(flight, HW.flightCount);
        boolean several = count != null && new BigDecimal(count).compareTo(BigDecimal.ONE) > 0;
        String what = several ? number(count) + " flights" : "A flight";
        String passengers = view.literal(flight, HW.passengerCount);
        String carrying = passengers == null ? null : "with " + number(passengers) + " " + group(flight);
        String places = join(places("from", view.objects(flight, HW.departurePlace)),
                places("to", view.objects(flight, HW.arrivalPlace)));
        return join(what, route(flight), places.isEmpty() ? null : "(" + places + ")", carrying, when(flight));
    }

    /** Who the article says stated the fact, who published it and when, and the quote, linked to its place. */
    String source(Node fact) {
        List<String> parts = new ArrayList<>();
        Node speaker = view.object(fact, HW.statedBy);
        if (speaker != null) {
            parts.add("according to " + Html.link(speaker, view.label(speaker)));
        }
        Node article = view.object(fact, HW.reportedIn);
        if (article != null) {
            Node publisher = view.object(article, DCTerms.publisher.asNode());
            String by = publisher == null ? Html.link(article, view.label(article)) : Html.link(publisher,
                    view.label(publisher));
            parts.add("reported by " + by);
            String issued = view.literal(article, DCTerms.issued.asNode());
            if (issued != null) {
                parts.add(Html.escape(date(issued)));
            }
        }
        String text = String.join(", ", parts);
        Node span = view.object(fact, HW.evidence);
        if (span != null && article != null) {
            text += ": «<a href=\"" + Html.escape(quoteHref(article, span)) + "\">"
                    + Html.escape(view.literal(span, OA.exact.asNode())) + "</a>»";
        }
        return text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The article's page with the span marked in its text. */
    String quoteHref(Node article, Node span) {
        return Html.href(article) + "?quote=" + view.literal(span, OA.start.asNode()) + "-"
                + view.literal(span, OA.end.asNode()) + "#quote";
    }

    /** A period as people write it: "1–12 Feb 2020", "since Dec 2018", "5 Jan – 12 Feb 2020". */
    static String period(String start, String end) {
        if (start == null && end == null) {
            return null;
        }
        if (start == null) {
            return "until " + date(end);
        }
        if (end == null) {
            return "since " + date(start);
        }
        if (start.equals(end)) {
            return date(start);
        }
        if (start.length() == 10 && end.length() == 10) {
            LocalDate from = LocalDate.parse(start);
            LocalDate to = LocalDate.parse(end);
            if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
                return from.getDayOfMonth() + "–" + to.format(DAY);
            }
            if (from.getYear() == to.getYear()) {
                return from.format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)) + " – " + to.format(DAY);
            }
        }
        return date(start) + " – " + date(end);
    }

    /** A date, year-month or year as people write it. */
    static String date(String temporal) {
        return switch (temporal.length()) {
            case 10 -> LocalDate.parse(temporal).format(DAY);
            case 7 -> YearMonth.parse(temporal).format(MONTH);
            default -> temporal;
        };
    }

    private String group(Node fact) {
        Node population = view.object(fact, HW.population);
        return Html.escape(population == null ? "people" : view.label(population));
    }

    private String route(Node fact) {
        return join(places("from", view.objects(fact, HW.origin)), places("to", view.objects(fact, HW.destination)));
    }

    private String when(Node fact) {
        String date = view.literal(fact, HW.date);
        String period = date != null ? date(date)
                : period(view.literal(fact, HW.periodStart), view.literal(fact, HW.periodEnd));
        return period == null ? null : ", " + Html.escape(period);
    }

    private String places(String preposition, List<Node> places) {
        if (places.isEmpty()) {
            return null;
        }
        List<String> links = places.stream().map(place -> Html.link(place, view.label(place))).toList();
        String last = links.get(links.size() - 1);
        return preposition + " " + (links.size() == 1 ? last
                : String.join(", ", links.subList(0, links.size() - 1)) + " and " + last);
    }

    private static String number(String lexical) {
        return lexical == null ? "an unknown number of" : Labels.number(new BigDecimal(lexical));
    }

    /** Joins the parts with spaces; a part that starts with a comma needs none before it. */
    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.append(out.length() == 0 || part.startsWith(",") ? "" : " ").append(part);
            }
        }
        return out.toString();
    }
}
