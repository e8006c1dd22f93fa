package org.homeward.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.homeward.vocab.Prefixes;

/** Streaming RDF output files: TriG or N-Quads, chosen by {@code --format} or else by the file's extension. */
public final class RdfSinks {

    private RdfSinks() {}

    /** The syntax to write: the format name ({@code trig}, {@code nq}, {@code nquads}) if given, else the extension. */
    public static RDFFormat formatFor(Path file, String format) throws FileException {
        if (format != null) {
            return byName(format.toLowerCase(Locale.ROOT)).orElseThrow(() -> new FileException(
                    "HW-E020", file, "unknown format '" + format + "' (expected trig, nq or nquads)"));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return byName(extension).orElseThrow(() -> new FileException(
                "HW-E020", file, "cannot tell the RDF syntax from the extension (use .trig or .nq, or --format)"));
    }

    /** Opens the file for writing, creating its directory, and starts a stream with Homeward's prefixes. */
    public static RdfFile open(Path file, String format) throws FileException {
        RDFFormat syntax = formatFor(file, format);
        OutputStream out;
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            out = new BufferedOutputStream(Files.newOutputStream(file));
        } catch (IOException e) {
            throw new FileException("HW-E021", file, "cannot write: " + e.getMessage());
        }
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, syntax);
        stream.start();
        Prefixes.ALL.forEach(stream::prefix);
        return new RdfFile(stream, out);
    }

    private static Optional<RDFFormat> byName(String name) {
        return switch (name) {
            case "trig" -> Optional.of(RDFFormat.TRIG_BLOCKS);
            case "nq", "nquads" -> Optional.of(RDFFormat.NQUADS);
            default -> Optional.empty();
        };
    }

    /** An open RDF output file: write to {@link #stream()}, then close to finish the stream and the file. */
    public static final class RdfFile implements AutoCloseable {
        private final StreamRDF stream;
        private final OutputStream out;

        private RdfFile(StreamRDF stream, OutputStream out) {
            this.stream = stream;
            this.out = out;
        }

        /** The started stream that writes to the file. */
        public StreamRDF stream() {
            return stream;
        }

        /** Finishes the stream, which flushes it, and closes the file. */
        @Override
        public void close() throws IOException {
            try {
                stream.finish();
            } finally {
                out.close();
            }
        }
    }
}
