package org.homeward.bench;

import java.util.List;
import java.util.Locale;

/** The tables the benchmarks print, each with the command that reproduces it. */
public final class BenchTables {

    private BenchTables() {}

    /** The machine, JVM and operating system, and how loaded the machine was when the benchmark began and ended. */
    public static Table machine(Machine atStart, Machine atEnd, String command) {
        return Table.of("Machine", command, "what", "value")
                .row("cores", Integer.toString(atStart.cores()))
                .row("memory", Units.gib(atStart.memoryBytes()))
                .row("max heap", Units.gib(atStart.maxHeapBytes()))
                .row("JVM", atStart.jvm())
                .row("OS", atStart.os())
                .row("load average (1 min), start → end", String.format(Locale.ROOT, "%.2f → %.2f",
                        atStart.loadAverage(), atEnd.loadAverage()));
    }

    /** Extraction alone and with mapping, per number of threads. */
    public static Table extraction(List<Throughput> runs, String command) {
        Table table = Table.of("Extraction and mapping (in process)", command, "stage", "threads", "documents",
                "docs/s", "docs/s per thread", "quads/s", "peak heap");
        for (Throughput run : runs) {
            table.row(run.stage(), Integer.toString(run.threads()), Units.count(run.documents()),
                    Units.rate(run.documentsPerSecond()), Units.rate(run.documentsPerSecondPerThread()),
                    run.quads() == 0 ? "–" : Units.rate(run.quadsPerSecond()), Units.mib(run.peakHeapBytes()));
        }
        return table;
    }

    /** The parse's share of extraction, per corpus, against the parser alone on the same sentences. */
    public static Table parseShare(List<ParseShareBench.Share> shares, String command) {
        Table table = Table.of("The dependency parse's share of extraction (one thread)", command, "corpus",
                "documents", "sentences parsed per document", "docs/s", "parse share", "docs/s, parser alone",
                "× parser alone");
        for (ParseShareBench.Share share : shares) {
            table.row(share.corpus(), Units.count(share.documents()),
                    String.format(Locale.ROOT, "%.1f", share.sentencesPerDocument()), Units.rate(share.documentsPerSecond()),
                    String.format(Locale.ROOT, "%.0f %%", 100 * share.parseShare()),
                    Units.rate(share.parserAloneDocumentsPerSecond()), Units.ratio(share.ratioToParserAlone()));
        }
        return table;
    }

    /** Homeward's N-Quads writing against RIOT's write and parse; the list is Homeward, RIOT write, RIOT parse. */
    public static Table nquads(List<Throughput> runs, String command) {
        Throughput riotWrite = runs.get(1);
        Throughput riotParse = runs.get(2);
        Table table = Table.of("N-Quads: Homeward's writing against the RIOT ceilings", command, "stage", "quads",
                "seconds", "quads/s", "× RIOT write", "× RIOT parse");
        for (Throughput run : runs) {
            table.row(run.stage(), Units.count(run.quads()), Units.seconds(run.nanos()),
                    Units.rate(run.quadsPerSecond()), Units.ratio(run.ratioTo(riotWrite)),
                    Units.ratio(run.ratioTo(riotParse)));
        }
        return table;
    }

    /** The load stages; each that fills a database is compared with Jena's phased loader on the same N-Quads. */
    public static Table load(List<LoadBench.Stage> stages, String command) {
        Throughput jena = stages.stream().map(LoadBench.Stage::throughput)
                .filter(run -> run.stage().contains("Jena's phased loader (")).findFirst().orElse(null);
        Table table = Table.of("Loading into TDB2 against Jena's bulk loader", command, "stage", "documents",
                "quads", "seconds", "docs/s", "quads/s", "× Jena loader", "files", "peak heap");
        for (LoadBench.Stage stage : stages) {
            Throughput run = stage.throughput();
            table.row(run.stage(), run.documents() == 0 ? "–" : Units.count(run.documents()),
                    Units.count(run.quads()), Units.seconds(run.nanos()),
                    run.documents() == 0 ? "–" : Units.rate(run.documentsPerSecond()),
                    Units.rate(run.quadsPerSecond()),
                    stage.databaseBytes() < 0 || jena == null ? "–" : Units.ratio(run.ratioTo(jena)),
                    Units.mib(stage.databaseBytes()),
                    Units.mib(run.peakHeapBytes()));
        }
        return table;
    }

    /** Latency and throughput of each query at each number of clients. */
    public static Table queries(QueryBench.Result result, String command) {
        Table table = Table.of("SPARQL over HTTP (peak heap " + Units.mib(result.peakHeapBytes()) + ")", command,
                "query", "rows", "clients", "answered", "p50 ms", "p99 ms", "queries/s", "errors");
        for (QueryRun run : result.runs()) {
            boolean answered = run.latencies().count() > 0;
            table.row(run.query(), run.rows() < 0 ? "–" : Units.count(run.rows()), Integer.toString(run.clients()),
                    Units.count(run.latencies().count()),
                    answered ? Units.millis(run.latencies().percentile(50)) : "–",
                    answered ? Units.millis(run.latencies().percentile(99)) : "–", Units.rate(run.perSecond()),
                    run.describeErrors());
        }
        return table;
    }

    /** Each query past its timeout: how it ended, and how the lookups fared meanwhile. */
    public static Table timeouts(List<TimeoutBench.Outcome> outcomes, String command) {
        Table table = Table.of("queries past their timeout while lookups go on", command, "query", "timeout s",
                "status", "ended after s", "within timeout + 2 s", "lookup clients", "lookups answered",
                "lookup p50 ms", "lookup p99 ms", "lookup errors");
        for (TimeoutBench.Outcome outcome : outcomes) {
            QueryRun lookups = outcome.lookups();
            boolean answered = lookups.latencies().count() > 0;
            table.row(outcome.query(), Units.seconds(outcome.timeout().toNanos()), outcome.status(),
                    Units.seconds(outcome.nanos()), outcome.held() ? "yes" : "no",
                    Integer.toString(lookups.clients()), Units.count(lookups.latencies().count()),
                    answered ? Units.millis(lookups.latencies().percentile(50)) : "–",
                    answered ? Units.millis(lookups.latencies().percentile(99)) : "–", lookups.describeErrors());
        }
        return table;
    }

    /** Each start of serve on the database, to its first answered query. */
    public static Table startup(List<StartupBench.Run> runs, String command) {
        Table table = Table.of("serve on an existing database: start to first answered query", command, "run",
                "launcher", "seconds", "peak resident memory");
        for (int i = 0; i < runs.size(); i++) {
            StartupBench.Run run = runs.get(i);
            table.row(Integer.toString(i + 1), run.launcher(), Units.seconds(run.nanos()),
                    Units.mib(run.residentPeakBytes()));
        }
        return table;
    }
}
