package org.homeward.map;

import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.homeward.model.Span;
import org.homeward.vocab.HW;

/**
 * The IRI scheme of Homeward's resources, all under {@link HW#RESOURCE}. Everything about one article
 * hangs off the article's content hash, so the same text yields the same IRIs whatever its file is called.
 */
public final class ResourceIris {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ResourceIris() {}

    /** The article: {@code article/{sha}}. */
    public static Node article(String sha256) {
        return iri("article/" + segment(sha256));
    }

    /** The named graph holding the facts of one article: {@code graph/{sha}}. */
    public static Node documentGraph(String sha256) {
        return iri("graph/" + segment(sha256));
    }

    /** The named graph holding the provenance of every document graph. */
    public static Node provenanceGraph() {
        return iri("graph/provenance");
    }

    /** The named graph holding the facts table and the counts derived from every document graph. */
    public static Node summaryGraph() {
        return iri("graph/summary");
    }

    /** A row of the facts table, derived from one article: {@code row/{sha}/{id}}; ids may have segments. */
    public static Node row(String sha256, String id) {
        return iri("row/" + segment(sha256) + "/" + encode(id, true));
    }

    /** A count by one dimension: {@code count/{dimension}/{value}}. */
    public static Node count(String dimension, String value) {
        return iri("count/" + segment(dimension) + "/" + encode(value, true));
    }

    /**
     * The statistics comparable with one another, by population, kind family and destination country, all
     * three given by their concepts' local names: {@code group/{population}/{family}/{destination}}.
     */
    public static Node figureGroup(String population, String family, String destination) {
        return iri("group/" + segment(population) + "/" + segment(family) + "/" + segment(destination));
    }

    /** A data set of counts, such as {@code dataset/returns-by-destination}. */
    public static Node countDataset(String name) {
        return iri("dataset/" + segment(name));
    }

    /** The extraction activity that produced an article's graph: {@code activity/{sha}}. */
    public static Node activity(String sha256) {
        return iri("activity/" + segment(sha256));
    }

    /** The Homeward software itself, as a PROV agent. */
    public static Node software() {
        return iri("software/homeward");
    }

    /** The data set every return statistic belongs to. */
    public static Node dataset() {
        return iri("dataset/return-statistics");
    }

    /** A stretch of an article's text: {@code article/{sha}/span/{start}-{end}}. */
    public static Node span(String sha256, Span span) {
        return iri("article/" + segment(sha256) + "/span/" + span.start() + "-" + span.end());
    }

    /** Page furniture in an article: {@code article/{sha}/excluded/{start}-{end}}. */
    public static Node excludedRegion(String sha256, Span span) {
        return iri("article/" + segment(sha256) + "/excluded/" + span.start() + "-" + span.end());
    }

    /** A metadata field read from the text: {@code article/{sha}/inferred/{field}}. */
    public static Node inferredField(String sha256, String field) {
        return iri("article/" + segment(sha256) + "/inferred/" + segment(field));
    }

    /** A statistic, flight or attribution of an article: {@code article/{sha}/{id}}; ids may have segments. */
    public static Node fact(String sha256, String id) {
        return iri("article/" + segment(sha256) + "/" + encode(id, true));
    }

    /** An entity by its key, {@code person/anna-smith} for example: {@code {key}}. */
    public static Node entity(String key) {
        return iri(encode(key, true));
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(HW.RESOURCE + path);
    }

    private static String segment(String value) {
        return encode(value, false);
    }

    /** Percent-encodes the UTF-8 bytes of everything but RFC 3986 unreserved characters (and '/' if kept). */
    static String encode(String value, boolean keepSlash) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (isUnreserved(c) || (keepSlash && c == '/')) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
