package org.homeward.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.homeward.io.FileException;
import org.homeward.server.ServeOperation;
import org.homeward.store.GraphStore;
import org.homeward.store.SummaryMark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeward summarise}: rebuilds the facts table and counts from the document graphs. */
@Command(
        name = "summarise",
        mixinStandardHelpOptions = true,
        description = {"Rebuilds the summary graph (the facts table and the counts that the report queries read) "
                + "from the document graphs, in one transaction.",
            "Ingestion keeps the summary up to date; rebuild it after changing the document graphs by SPARQL "
                + "Update. After an upgrade that changes what the facts table holds, serve and ingest rebuild it "
                + "once by themselves."})
final class SummariseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The data directory that serve uses (default: ${DEFAULT-VALUE}); not while it serves.")
    private Path data;

    /** Rebuilds; exit status 1 if the database cannot be used. */
    @Override
    public Integer call() {
        Path directory = data.resolve(ServeOperation.DATABASE);
        try (GraphStore store = GraphStore.openExisting(directory)) {
            long documents = SummaryMark.rebuild(store, directory);
            spec.commandLine().getOut().println("summarised " + documents + " document graphs in " + directory);
            return 0;
        } catch (FileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
