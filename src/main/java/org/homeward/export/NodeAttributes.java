package org.homeward.export;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.homeward.vocab.HW;

/** The key attributes of a node, read from its own statements and those of its article and speaker. */
final class NodeAttributes {

    static final Node ISSUED = DCTerms.issued.asNode();

    private NodeAttributes() {}

    /** The attributes of {@code node} of the given type; unknown values are left out. */
    static Map<String, String> of(Node node, String type, PropertyGraphReader.Facts facts) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("iri", node.getURI());
        switch (type) {
            case "ReturnStatistic" -> {
                put(attributes, "value", number(facts.literal(node, HW.value)));
                put(attributes, "qualifier", concept(facts.object(node, HW.qualifier)));
                put(attributes, "population", concept(facts.object(node, HW.population)));
                put(attributes, "kind", concept(facts.object(node, HW.statisticKind)));
                period(node, facts, attributes);
                source(node, facts, attributes);
            }
            case "RepatriationFlight" -> {
                put(attributes, "population", concept(facts.object(node, HW.population)));
                put(attributes, "passengers", number(facts.literal(node, HW.passengerCount)));
                put(attributes, "flights", number(facts.literal(node, HW.flightCount)));
                put(attributes, "date", facts.literal(node, HW.date));
                period(node, facts, attributes);
                source(node, facts, attributes);
            }
            case "NewsArticle" -> publication(node, facts, attributes);
            case "Country" -> put(attributes, "isoCode", facts.literal(node, HW.isoCode));
            default -> { }
        }
        return attributes;
    }

    /** The last segment of a term's IRI: {@code hw:statedBy} is {@code statedBy}, {@code hwpop:children} {@code children}. */
    static String localName(Node term) {
        String iri = term.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private static void period(Node node, PropertyGraphReader.Facts facts, Map<String, String> attributes) {
        put(attributes, "periodStart", facts.literal(node, HW.periodStart));
        put(attributes, "periodEnd", facts.literal(node, HW.periodEnd));
    }

    /** Who said it, the quote, and the article with its publisher and date. */
    private static void source(Node fact, PropertyGraphReader.Facts facts, Map<String, String> attributes) {
        Node speaker = facts.object(fact, HW.statedBy);
        put(attributes, "speaker", speaker == null ? null : facts.label(speaker));
        Node evidence = facts.object(fact, HW.evidence);
        put(attributes, "quote", evidence == null ? null : facts.quote(evidence));
        Node article = facts.object(fact, HW.reportedIn);
        if (article != null) {
            publication(article, facts, attributes);
            attributes.put("article", article.getURI());
        }
    }

    private static void publication(Node article, PropertyGraphReader.Facts facts, Map<String, String> attributes) {
        put(attributes, "published", facts.literal(article, ISSUED));
        Node publisher = facts.object(article, DCTerms.publisher.asNode());
        put(attributes, "publisher", publisher == null ? null : facts.label(publisher));
    }

    private static String concept(Node concept) {
        return concept == null || !concept.isURI() ? null : localName(concept);
    }

    /** A number as stated: a store gives {@code 26.0} for the decimal 26. */
    private static String number(String lexical) {
        return lexical == null ? null : new BigDecimal(lexical).stripTrailingZeros().toPlainString();
    }

    private static void put(Map<String, String> attributes, String key, String value) {
        if (value != null) {
            attributes.put(key, value);
        }
    }
}
