package org.homeward.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.homeward.bench.LoadBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeward bench load}: a generated corpus into TDB2, Homeward's ways and Jena's bulk loader. */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = {"Generates a corpus (or reuses the one of the same size and seed under --work), builds it "
                + "to N-Quads and into TDB2 as serve does, loads the same quads with Jena's phased bulk loader, and "
                + "ingests part of it one document and 100 documents a transaction.",
            "The database serve would build is left in WORK/homeward for bench queries and bench startup."})
final class BenchLoadCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "10000",
            description = "Generated articles (default: ${DEFAULT-VALUE}).")
    private int docs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The corpus seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--steps", paramLabel = "STEP,STEP", split = ",",
            defaultValue = "NQUADS,LOAD,BUILD,DUMP,JENA,TRANSACTION,INGEST,BATCH",
            description = "The steps: ${COMPLETION-CANDIDATES} (default: all). LOAD fills a database from the "
                    + "N-Quads that NQUADS writes, as load does; JENA loads the N-Quads that DUMP writes of the "
                    + "database BUILD (or LOAD, without BUILD) made, in this run or an earlier one.")
    private Set<LoadBench.Step> steps;

    @Option(names = "--ingest-docs", paramLabel = "N", defaultValue = "1000",
            description = "How many documents INGEST adds one transaction each, as ingest does, and BATCH in "
                    + "batches (default: ${DEFAULT-VALUE}).")
    private int ingestDocs;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + LoadBench.BATCH_SIZE,
            description = "How many documents BATCH stores in one transaction, as one batch POST does "
                    + "(default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--ingest-into", paramLabel = "DIR",
            description = "INGEST or BATCH adds its documents to the existing database of this data directory, which "
                    + "it changes, instead of a fresh one: ingestion into a large database. Use a corpus seed whose "
                    + "articles the database does not hold, or they are replaced rather than added.")
    private Path ingestInto;

    @Option(names = "--work", paramLabel = "DIR", required = true,
            description = "A scratch directory for the corpus, the N-Quads and the databases; its homeward, jena, "
                    + "transaction, ingest and batch subdirectories are replaced.")
    private Path work;

    /** Runs the load benchmark. */
    @Override
    public Integer call() throws InterruptedException {
        if (ingestInto != null && steps.containsAll(EnumSet.of(LoadBench.Step.INGEST, LoadBench.Step.BATCH))) {
            // The second would replace what the first had just added to the same database, not add to it.
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--ingest-into takes one of the steps INGEST and BATCH, not both");
        }
        String arguments = "load --docs " + docs + " --seed " + seed + " --steps "
                + String.join(",", EnumSet.copyOf(steps).stream().map(Enum::name).toList()) + " --ingest-docs "
                + ingestDocs + (batchSize == LoadBench.BATCH_SIZE ? "" : " --batch-size " + batchSize)
                + (ingestInto == null ? "" : " --ingest-into " + ingestInto) + " --work " + work;
        LoadBench.Ingest ingest = new LoadBench.Ingest(ingestDocs, batchSize, Optional.ofNullable(ingestInto));
        return BenchRunner.run(spec, arguments, (suite, command) -> List.of(suite.load(seed, docs, work, steps,
                ingest, command)));
    }
}
