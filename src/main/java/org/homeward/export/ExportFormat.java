package org.homeward.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats of {@code homeward export} and {@code /export/homeward.<extension>}. */
public enum ExportFormat {
    TTL("ttl", "text/turtle", true),
    TRIG("trig", "application/trig", true),
    NQ("nq", "application/n-quads", true),
    JSONLD("jsonld", "application/ld+json", true),
    RDFXML("rdf", "application/rdf+xml", true),
    GRAPHML("graphml", "application/graphml+xml", false),
    GEXF("gexf", "application/gexf+xml", false),
    CYJS("cyjs", "application/json", false),
    DOT("dot", "text/vnd.graphviz", false),
    CSV("csv", "text/csv", false);

    private final String extension;
    private final String mediaType;
    private final boolean rdf;

    ExportFormat(String extension, String mediaType, boolean rdf) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.rdf = rdf;
    }

    /** The name {@code --format} takes: {@code ttl}, {@code rdfxml}, {@code graphml}… */
    public String formatName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file extension, which is the name but for RDF/XML's {@code rdf}. */
    public String extension() {
        return extension;
    }

    /** The media type of the answer. */
    public String mediaType() {
        return mediaType;
    }

    /** Whether it is an RDF syntax, rather than a graph tool's format or a table. */
    public boolean isRdf() {
        return rdf;
    }

    /** The format with this name or extension, in any case. */
    public static Optional<ExportFormat> of(String nameOrExtension) {
        String key = nameOrExtension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.formatName().equals(key) || format.extension.equals(key))
                .findFirst();
    }

    /** Every format's name, for help texts and errors. */
    public static String names() {
        return String.join("|", Arrays.stream(values()).map(ExportFormat::formatName).toList());
    }
}
