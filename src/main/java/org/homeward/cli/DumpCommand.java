package org.homeward.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.homeward.io.FileException;
import org.homeward.io.RdfSinks;
import org.homeward.server.ServeOperation;
import org.homeward.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeward dump}: the whole database as N-Quads or TriG, a backup that ingest and serve restore. */
@Command(
        name = "dump",
        mixinStandardHelpOptions = true,
        description = {"Writes every graph of the database to a file, from one consistent snapshot.",
            "ingest FILE restores it into a database, and serve --input FILE fills an empty one from it."})
final class DumpCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "The file to write: .nq or .trig. Its directory is created if missing.")
    private Path output;

    @Option(names = "--format", paramLabel = "trig|nq",
            description = "The RDF syntax, overriding the output file's extension: trig, nq or nquads.")
    private String format;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The data directory that serve uses (default: ${DEFAULT-VALUE}); not while it serves.")
    private Path data;

    /** Dumps; exit status 1 if the database or the file cannot be used. */
    @Override
    public Integer call() {
        try (GraphStore store = GraphStore.openExisting(data.resolve(ServeOperation.DATABASE));
                RdfSinks.RdfFile file = RdfSinks.open(output, format)) {
            long quads = store.dump(file.stream());
            spec.commandLine().getOut().println("dumped " + quads + " quads to " + output);
            return 0;
        } catch (FileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        } catch (IOException e) {
            spec.commandLine().getErr().println("HW-E021 " + output + ": cannot write: " + e.getMessage());
            return 1;
        }
    }
}
