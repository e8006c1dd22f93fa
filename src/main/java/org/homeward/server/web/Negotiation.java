package org.homeward.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

/**
 * Which form of a resource to answer with: {@code ?format=} if given, else the best match of the
 * {@code Accept} header; a client that accepts anything gets Turtle, a browser HTML.
 */
enum Negotiation {
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
    HTML("html", "text/html", null),
    JSONLD("jsonld", "application/ld+json", null),
    RDFXML("rdfxml", "application/rdf+xml", RDFFormat.RDFXML_PRETTY),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES),
    TRIG("trig", "application/trig", RDFFormat.TRIG_PRETTY),
    NQUADS("nq", "application/n-quads", RDFFormat.NQUADS);

    private static final AcceptList OFFERS = AcceptList.create(
            Arrays.stream(values()).map(Negotiation::mediaType).toArray(String[]::new));

    private final String name;
    private final String mediaType;
    private final RDFFormat format;

    Negotiation(String name, String mediaType, RDFFormat format) {
        this.name = name;
        this.mediaType = mediaType;
        this.format = format;
    }

    String mediaType() {
        return mediaType;
    }

    /** Jena's writer format; null for HTML and JSON-LD, which are written otherwise. */
    RDFFormat format() {
        return format;
    }

    /** Whether the answer keeps each statement's graph. */
    boolean keepsGraphs() {
        return this == TRIG || this == NQUADS;
    }

    /** The form the request asks for; empty if {@code ?format=} names none that is offered. */
    static Optional<Negotiation> of(HttpServletRequest request) {
        String asked = request.getParameter("format");
        if (asked != null) {
            String key = asked.toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(n -> n.name.equals(key) || n.mediaType.equals(key)).findFirst();
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(TURTLE);
        }
        MediaType choice = AcceptList.match(new AcceptList(accept), OFFERS);
        if (choice == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(n -> n.mediaType.equals(choice.getContentTypeStr())).findFirst();
    }

    /** The names {@code ?format=} takes. */
    static String names() {
        return String.join(", ", Arrays.stream(values()).map(n -> n.name).toList());
    }
}
