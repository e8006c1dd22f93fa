package org.homeward.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.spark.TaskContext;
import org.homeward.build.BuildManifest;

/**
 * The output directory of a distributed build, on any Hadoop file system: one gzipped N-Quads file a partition,
 * each written under {@value #TEMPORARY} and renamed into place once complete (a retried task writes its own and
 * replaces any earlier attempt's), and the manifest, written last.
 */
final class OutputDirectory {

    private static final String TEMPORARY = "_temporary";

    private final Path directory;
    private final FileSystem files;

    /** The directory {@code output}, reached with {@code hadoop}'s settings. */
    OutputDirectory(String output, Configuration hadoop) throws IOException {
        this.directory = new Path(output);
        this.files = directory.getFileSystem(hadoop);
    }

    /** The file of partition {@code index}. */
    static String partFile(int index) {
        return String.format(Locale.ROOT, "part-%05d.nq.gz", index);
    }

    /** Refuses a directory that holds anything: a build never mixes its partitions with another's. */
    void requireEmpty() throws IOException, JobException {
        if (files.exists(directory) && files.listStatus(directory).length > 0) {
            throw new JobException("HW-E133", directory.toString(), "the output directory is not empty");
        }
    }

    /** Writes {@code file} with what {@code write} streams into it, and returns what that returns. */
    <T> T writePart(String file, Function<StreamRDF, T> write) throws IOException {
        Path attempt = new Path(directory, TEMPORARY + "/" + file + "." + TaskContext.get().taskAttemptId());
        T result;
        try (OutputStream out = new GZIPOutputStream(files.create(attempt, true), 1 << 16)) {
            StreamRDF sink = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            sink.start();
            result = write.apply(sink);
            sink.finish();
        }
        Path part = new Path(directory, file);
        files.delete(part, false);
        if (!files.rename(attempt, part)) {
            throw new IOException("cannot rename " + attempt + " to " + part);
        }
        return result;
    }

    /** Writes the manifest, which marks the output complete, and removes what failed attempts left. */
    void finish(BuildManifest manifest) throws IOException {
        try (OutputStream out = files.create(new Path(directory, BuildManifest.FILE), true)) {
            out.write(manifest.toJson());
        }
        files.delete(new Path(directory, TEMPORARY), true);
    }
}
