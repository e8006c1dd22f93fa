package org.homeward.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats of {@code homeward export} and {@code /export/homeward.<extension>}. */
public enum ExportFormat {
    TTL("ttl", "text/turtle"),
    TRIG("trig", "application/trig"),
    NQ("nq", "application/n-quads"),
    JSONLD("jsonld", "application/ld+json"),
    RDFXML("rdf", "application/rdf+xml"),
    GRAPHML("graphml", "application/graphml+xml"),
    GEXF("gexf", "application/gexf+xml"),
    CYJS("cyjs", "application/json"),
    DOT("dot", "text/vnd.graphviz"),
    CSV("csv", "text/csv");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
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
