package org.homeward.spark;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import org.homeward.build.BuildManifest;
import org.homeward.build.BuildOperation;
import org.homeward.build.BuildReport;
import org.homeward.extract.RuleBasedExtractor;
import org.homeward.io.DocumentSource;
import org.homeward.io.SourceEntry;
import org.homeward.store.DocumentUpload;

/**
 * Builds one partition of documents on an executor, exactly as {@code homeward build} builds a batch: the same
 * extractor, mapper and checks, on one thread (Spark runs a task per core), into the partition's N-Quads file.
 * The CoreNLP models load once per executor JVM, on the first sentence that needs them, and serve all its tasks.
 */
final class PartitionBuild implements Function2<Integer, Iterator<Row>, Iterator<BuildManifest.Partition>> {

    private static final long serialVersionUID = 1L;

    private final String output;
    private final Broadcast<SerializableConfiguration> hadoop;
    private final Clock clock;
    private final String softwareVersion;

    PartitionBuild(String output, Broadcast<SerializableConfiguration> hadoop, Clock clock, String softwareVersion) {
        this.output = output;
        this.hadoop = hadoop;
        this.clock = clock;
        this.softwareVersion = softwareVersion;
    }

    @Override
    public Iterator<BuildManifest.Partition> call(Integer index, Iterator<Row> rows) throws Exception {
        List<SourceEntry> entries = new ArrayList<>();
        rows.forEachRemaining(row -> entries.add(entry(row)));
        BuildOperation build = new BuildOperation(new RuleBasedExtractor(), clock, softwareVersion, 1);
        String file = OutputDirectory.partFile(index);
        BuildReport report = new OutputDirectory(output, hadoop.value().value())
                .writePart(file, sink -> build.exec(entries, sink, null));
        return List.of(BuildManifest.Partition.of(index, file, report)).iterator();
    }

    /** A row as the one-machine build would have read it: a file and its sidecar, or a record as an upload. */
    static SourceEntry entry(Row row) {
        String source = row.getAs(DocumentInput.SOURCE);
        String problem = row.getAs(DocumentInput.PROBLEM);
        byte[] text = row.getAs(DocumentInput.TEXT);
        byte[] sidecar = row.getAs(DocumentInput.SIDECAR);
        if (problem != null) {
            return new SourceEntry.Failed(displayed(source), problem);
        }
        if (row.<Boolean>getAs(DocumentInput.RECORD)) {
            return DocumentUpload.read(DocumentUpload.nameOr(row.getAs(DocumentInput.NAME), text), text, sidecar);
        }
        return text == null ? DocumentSource.orphanSidecar(displayed(source))
                : DocumentSource.read(displayed(source), text, sidecar);
    }

    /** The path part of a Hadoop file URI ({@code file:/corpus/a.txt}, {@code hdfs://host/corpus/a.txt}). */
    private static Path displayed(String source) {
        return Path.of(new org.apache.hadoop.fs.Path(source).toUri().getPath());
    }
}
