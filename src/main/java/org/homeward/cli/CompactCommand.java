package org.homeward.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.homeward.io.FileException;
import org.homeward.server.ServeOperation;
import org.homeward.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeward compact}: TDB2 compaction of the database. */
@Command(
        name = "compact",
        mixinStandardHelpOptions = true,
        description = "Compacts the database: TDB2 keeps deleted and replaced data on disk until then.")
final class CompactCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The data directory that serve uses (default: ${DEFAULT-VALUE}); not while it serves.")
    private Path data;

    /** Compacts; exit status 1 if the database cannot be used. */
    @Override
    public Integer call() {
        Path directory = data.resolve(ServeOperation.DATABASE);
        try (GraphStore store = GraphStore.openExisting(directory)) {
            long before = store.sizeOnDisk();
            store.compact();
            spec.commandLine().getOut().println("compacted " + directory + ": " + before + " -> " + store.sizeOnDisk()
                    + " bytes");
            return 0;
        } catch (FileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        } catch (IOException e) {
            spec.commandLine().getErr().println(
                    "HW-E054 " + directory + ": cannot measure the database: " + e.getMessage());
            return 1;
        }
    }
}
