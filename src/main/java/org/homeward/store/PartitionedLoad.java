package org.homeward.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.homeward.build.BuildManifest;
import org.homeward.build.CountingStreamRDF;
import org.homeward.io.FileException;

/**
 * Builds a new database from the output of a build split into partitions ({@code spark-build}): every
 * partition's N-Quads, in the order of the manifest, through {@link BulkLoad}, which writes each document graph's
 * summary rows and the counts in the same pass. A partition that is missing, unreadable or holds other than the
 * manifest's number of statements stops the load, and no database is left.
 */
public final class PartitionedLoad {

    private PartitionedLoad() {}

    /** Loads {@code output} into a new database at {@code database}, which must be absent or empty. */
    public static BuildManifest load(Path output, Path database) throws FileException {
        BuildManifest manifest = manifest(output);
        if (!BulkLoad.canFill(database)) {
            throw new FileException("HW-E136", database, "the database holds data; load builds a new one "
                    + "(choose another --data, or delete " + database + ")");
        }
        try {
            BulkLoad.load(database, sink -> {
                manifest.partitions().forEach(partition -> parse(output, partition, sink));
                return manifest;
            });
        } catch (PartitionException e) {
            throw e.problem;
        }
        FillMark.set(database, output.toString());
        return manifest;
    }

    private static BuildManifest manifest(Path output) throws FileException {
        Path file = output.resolve(BuildManifest.FILE);
        try {
            return BuildManifest.fromJson(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new FileException("HW-E134", file, "no manifest: not the output of spark-build, or the job did "
                    + "not finish");
        } catch (IOException e) {
            throw new FileException("HW-E134", file, "not a readable manifest: " + e.getMessage());
        }
    }

    /** Streams one partition into the load, and checks it holds what the manifest says. */
    private static void parse(Path output, BuildManifest.Partition partition, StreamRDF sink) {
        Path file = output.resolve(partition.file());
        CountingStreamRDF counted = new CountingStreamRDF(new ContinuingStream(sink));
        // Jena's file opener reads a gzipped file by its extension.
        try (InputStream in = IO.openFileEx(file.toString())) {
            RDFParser.source(in).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(counted);
        } catch (IOException | RiotException e) {
            throw new PartitionException(file, "not readable N-Quads: " + e.getMessage());
        }
        if (counted.count() != partition.quads()) {
            throw new PartitionException(file, "holds " + counted.count() + " statements where the manifest says "
                    + partition.quads());
        }
    }

    /** A partition that cannot be loaded, carried out of the loader's stream to end the load. */
    private static final class PartitionException extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient FileException problem;

        PartitionException(Path file, String message) {
            super(message);
            this.problem = new FileException("HW-E135", file, message);
        }
    }
}
