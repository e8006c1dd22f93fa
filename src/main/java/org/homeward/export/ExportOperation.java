package org.homeward.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.homeward.build.BuildOperation;
import org.homeward.build.BuildReport;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.homeward.io.SourceEntry;
import org.homeward.store.GraphStore;

/**
 * What {@code homeward export} does: writes the graph of a database, or of documents built for the purpose,
 * to a file in one of the {@link ExportFormat}s.
 */
public final class ExportOperation {

    private final BuildOperation build;

    /** Exports what {@code build} extracts, when asked to export documents rather than a database. */
    public ExportOperation(BuildOperation build) {
        this.build = Objects.requireNonNull(build, "build");
    }

    /** The format named by {@code --format}, or else by the output file's extension. */
    public static ExportFormat formatFor(Path output, String format) throws FileException {
        String name = format != null ? format : extensionOf(output);
        return ExportFormat.of(name).orElseThrow(() -> new FileException("HW-E022", output,
                "unknown export format '" + name + "' (expected " + ExportFormat.names() + ")"));
    }

    /** Writes the database in {@code database} to {@code output}, from one snapshot. */
    public void exportDatabase(Path database, ExportFormat format, Path output) throws FileException {
        try (GraphStore store = GraphStore.openExisting(database)) {
            DatasetGraph dataset = store.dataset();
            try (OutputStream out = open(output)) {
                Txn.executeRead(dataset, () -> writeUnchecked(dataset, format, out));
            } catch (IOException | IllegalStateException e) {
                throw new FileException("HW-E021", output, "cannot write: " + e.getMessage());
            }
        }
    }

    /** Builds the documents under {@code input} in memory and writes their graph to {@code output}. */
    public BuildReport exportDocuments(Path input, ExportFormat format, Path output) throws FileException {
        List<SourceEntry> entries = DocumentSource.read(input);
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        BuildReport report = Txn.calculateWrite(dataset,
                () -> build.exec(entries, StreamRDFLib.dataset(dataset), null));
        try (OutputStream out = open(output)) {
            Txn.executeRead(dataset, () -> writeUnchecked(dataset, format, out));
        } catch (IOException | IllegalStateException e) {
            throw new FileException("HW-E021", output, "cannot write: " + e.getMessage());
        }
        return report;
    }

    private static void writeUnchecked(DatasetGraph dataset, ExportFormat format, OutputStream out) {
        try {
            GraphExport.write(dataset, format, null, out);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static OutputStream open(Path output) throws IOException {
        Files.createDirectories(output.toAbsolutePath().getParent());
        return new BufferedOutputStream(Files.newOutputStream(output));
    }

    private static String extensionOf(Path output) {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
