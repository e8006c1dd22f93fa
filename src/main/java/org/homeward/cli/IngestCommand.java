package org.homeward.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.homeward.build.BuildOperation;
import org.homeward.build.BuildReport;
import org.homeward.build.SoftwareVersion;
import org.homeward.extract.RuleBasedExtractor;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.homeward.server.ServeOperation;
import org.homeward.store.BulkLoad;
import org.homeward.store.GraphStore;
import org.homeward.store.IngestResult;
import org.homeward.store.Ingestion;
import org.homeward.store.SummaryMark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code homeward ingest}: documents, or a dump, into an existing database. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {"Adds documents (*.txt with optional *.json sidecars) to the database, each in one "
                + "transaction; the same text again replaces its graph. A line per document is printed as soon as "
                + "it is committed. An empty database is filled through Jena's bulk loader instead, all documents "
                + "at once.",
            "An N-Quads or TriG file made by dump is restored instead, replacing the graphs it holds."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", description = "A .txt document, a directory of them, or a .nq/.trig dump.")
    private Path input;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The data directory that serve uses (default: ${DEFAULT-VALUE}); not while it serves.")
    private Path data;

    /** Ingests; exit status 1 if a document failed or the database cannot be used. */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path database = data.resolve(ServeOperation.DATABASE);
        BuildOperation build = new BuildOperation(new RuleBasedExtractor(), Clock.systemUTC(), SoftwareVersion.current());
        try {
            if (GraphStore.exists(database) && !Ingestion.isDump(input) && BulkLoad.canFill(database)) {
                return bulk(build, database, out, err);
            }
        } catch (FileException e) {
            err.println(e.getMessage());
            return 1;
        }
        try (GraphStore store = GraphStore.openExisting(database)) {
            SummaryMark.bringUpToDate(store, database);
            Ingestion ingestion = new Ingestion(build, store);
            if (Ingestion.isDump(input)) {
                out.println("restored " + ingestion.restore(input) + " document graphs from " + input);
                return 0;
            }
            List<IngestResult> results = new ArrayList<>();
            ingestion.ingestEach(DocumentSource.read(input), result -> {
                results.add(result);
                print(result, out, err);
            });
            out.println(summary(results));
            return results.stream().anyMatch(result -> result.outcome() == IngestResult.Outcome.FAILED) ? 1 : 0;
        } catch (FileException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** An empty database is filled through the bulk loader, all documents at once, as serve's first start does. */
    private int bulk(BuildOperation build, Path database, PrintWriter out, PrintWriter err) throws FileException {
        BuildReport report = BulkLoad.build(build, DocumentSource.read(input), database);
        report.failures().forEach(err::println);
        report.warnings().forEach(warning -> err.println("warning: " + warning));
        out.println("filled the empty database in bulk: " + report.summary());
        return report.failures().isEmpty() ? 0 : 1;
    }

    private static void print(IngestResult result, PrintWriter out, PrintWriter err) {
        switch (result.outcome()) {
            case ADDED, REPLACED -> out.println(result.outcome().name().toLowerCase(Locale.ROOT) + " "
                    + result.file() + " " + result.graph().getURI());
            case SKIPPED -> err.println("warning: " + result.message());
            case FAILED -> err.println(result.message());
        }
        if (result.stored()) {
            result.report().warnings().forEach(warning -> err.println("warning: " + warning));
        }
        // A line per committed document, out at once: a run that is killed leaves the record of what it stored.
        out.flush();
        err.flush();
    }

    private static String summary(List<IngestResult> results) {
        StringBuilder line = new StringBuilder();
        for (IngestResult.Outcome outcome : IngestResult.Outcome.values()) {
            long count = results.stream().filter(result -> result.outcome() == outcome).count();
            line.append(line.length() == 0 ? "" : " ").append(outcome.name().toLowerCase(Locale.ROOT))
                    .append('=').append(count);
        }
        return line.toString();
    }
}
