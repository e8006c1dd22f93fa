package org.homeward.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.homeward.build.BuildManifest;
import org.homeward.io.FileException;
import org.homeward.server.ServeOperation;
import org.homeward.store.PartitionedLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeward load}: the output of spark-build into a new database, which serve then opens. */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = "Builds a new database from the output of spark-build (its manifest.json and N-Quads "
                + "partitions, copied to this machine) through Jena's bulk loader, with the summary graph; "
                + "serve --data DIR then opens it.")
final class LoadCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR",
            description = "The output directory of spark-build, on this machine.")
    private Path input;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The data directory that serve uses (default: ${DEFAULT-VALUE}); its database must be "
                    + "absent or empty.")
    private Path data;

    /** Loads; exit status 1 if the output or the database cannot be used. */
    @Override
    public Integer call() {
        Path database = data.resolve(ServeOperation.DATABASE);
        BuildManifest manifest;
        try {
            manifest = PartitionedLoad.load(input, database);
        } catch (FileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().println("loaded " + input + " into " + database + ": " + manifest.summary());
        return 0;
    }
}
