package org.homeward.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.jena.riot.lang.CollectorStreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.homeward.build.BuildOperation;
import org.homeward.corpus.CorpusGenerator;
import org.homeward.corpus.CorpusWriter;
import org.homeward.extract.Extractor;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.homeward.io.FileTrees;
import org.homeward.io.SourceEntry;
import org.homeward.model.Document;
import org.homeward.server.ServerLimits;
import org.homeward.server.ServerStartException;

/**
 * What {@code homeward bench} runs: each benchmark on a generated corpus, turned into the tables that
 * BENCHMARKS.md shows. Every table carries the command that reproduces it.
 */
public final class BenchSuite {

    /** The work directory's subdirectory that holds a generated corpus of N documents and seed S. */
    private static final String CORPUS = "corpus-%d-%d";

    private final Extractor extractor;
    private final BuildOperation build;
    private final Consumer<String> progress;

    /** Benchmarks {@code extractor} and {@code build}, which must extract with it; {@code progress} hears each step. */
    public BenchSuite(Extractor extractor, BuildOperation build, Consumer<String> progress) {
        this.extractor = extractor;
        this.build = build;
        this.progress = progress;
    }

    /** Extraction and mapping on each number of threads, then N-Quads writing against RIOT, for {@code docs}. */
    public List<Table> pipeline(long seed, int docs, List<Integer> threads, Path work, List<Path> texts,
            String command) throws IOException, InterruptedException, FileException {
        CorpusGenerator generator = CorpusGenerator.of(seed);
        List<Document> documents = IntStream.range(0, docs).mapToObj(generator::article).toList();
        ExtractionBench extraction = new ExtractionBench(extractor, build);
        List<Throughput> runs = new ArrayList<>();
        for (int count : threads) {
            progress.accept("extraction on " + count + " threads");
            runs.add(extraction.extraction(documents, count));
            runs.add(extraction.extractionAndMapping(documents, count));
        }
        progress.accept("the parse's share of extraction");
        List<ParseShareBench.Share> shares = new ArrayList<>();
        shares.add(new ParseShareBench().run("generated", documents));
        if (!texts.isEmpty()) {
            shares.add(new ParseShareBench().run(texts.toString(), read(texts)));
        }
        progress.accept("N-Quads writing and parsing");
        List<Throughput> nquads = new NQuadsBench(work.resolve("nquads"), 3).run(quads(documents));
        return List.of(BenchTables.extraction(runs, command), BenchTables.parseShare(shares, command),
                BenchTables.nquads(nquads, command));
    }

    /** The documents of the directories; one that cannot be read ends the benchmark. */
    private static List<Document> read(List<Path> directories) throws FileException {
        List<Document> documents = new ArrayList<>();
        for (Path directory : directories) {
            for (SourceEntry entry : DocumentSource.read(directory)) {
                if (entry instanceof SourceEntry.Failed failed) {
                    throw new FileException("HW-E001", failed.file(), failed.message());
                }
                documents.add(((SourceEntry.Loaded) entry).document());
            }
        }
        return documents;
    }

    /**
     * Generates (or reuses) a corpus under {@code work} and loads it in the chosen ways, ingesting into the data
     * directory {@code ingestInto} if given; see {@link LoadBench}.
     */
    public Table load(long seed, int docs, Path work, Set<LoadBench.Step> steps, LoadBench.Ingest ingest,
            String command) throws FileException, IOException {
        Path corpus = corpus(seed, docs, work);
        return BenchTables.load(new LoadBench(build, work, progress).run(corpus, steps, ingest), command);
    }

    /** Every competency query over HTTP; see {@link QueryBench}. */
    public Table queries(QueryBench.Settings settings, String command)
            throws FileException, BenchException, ServerStartException, InterruptedException {
        return BenchTables.queries(new QueryBench(build, progress).run(settings), command);
    }

    /** Queries past their timeout while {@code clients} clients look up; see {@link TimeoutBench}. */
    public Table timeouts(Path data, int clients, ServerLimits limits, String command)
            throws FileException, ServerStartException, InterruptedException {
        return BenchTables.timeouts(new TimeoutBench(build, progress).run(data, clients, limits), command);
    }

    /** Starts of serve in a child JVM; see {@link StartupBench}. */
    public Table startup(StartupBench.Settings settings, String command)
            throws FileException, BenchException, IOException, InterruptedException {
        progress.accept("serve on " + settings.data() + ", " + settings.runs() + " times");
        return BenchTables.startup(new StartupBench().run(settings), command);
    }

    /**
     * Every benchmark, small and short: a smoke check that each stage runs and prints its table, in a few
     * seconds per stage. Its figures are not measurements. Without a work directory it uses a temporary one,
     * deleted afterwards.
     */
    public List<Table> quick(Optional<Path> work, Optional<Path> jar, String command)
            throws FileException, BenchException, ServerStartException, IOException, InterruptedException {
        Path directory = work.isPresent() ? work.get() : Files.createTempDirectory("homeward-bench");
        try {
            return quickIn(directory, jar, command);
        } finally {
            if (work.isEmpty()) {
                FileTrees.delete(directory);
            }
        }
    }

    private List<Table> quickIn(Path work, Optional<Path> jar, String command)
            throws FileException, BenchException, ServerStartException, IOException, InterruptedException {
        List<Table> tables = new ArrayList<>(pipeline(1, 20, List.of(1, 2), work, List.of(), command));
        tables.add(load(1, 40, work, EnumSet.allOf(LoadBench.Step.class),
                new LoadBench.Ingest(10, LoadBench.BATCH_SIZE, Optional.empty()), command));
        Path data = work.resolve(LoadBench.SERVED);
        tables.add(queries(new QueryBench.Settings(data, Set.of(), List.of(1, 4), Duration.ofMillis(100),
                Duration.ZERO, Duration.ofSeconds(60), ServerLimits.DEFAULTS.withMaxConcurrentQueries(16)), command));
        tables.add(timeouts(data, 2, ServerLimits.DEFAULTS.withQueryTimeout(Duration.ofSeconds(1))
                .withMaxConcurrentQueries(4), command));
        tables.add(startup(new StartupBench.Settings(data, jar, List.of(), 1, Duration.ofSeconds(60)), command));
        return tables;
    }

    /** The corpus of that seed and size under {@code work}: generated the first time, then reused as it is. */
    private Path corpus(long seed, int docs, Path work) throws FileException, IOException {
        Path corpus = work.resolve(String.format(CORPUS, docs, seed));
        if (Files.isDirectory(corpus)) {
            progress.accept("reusing the corpus in " + corpus);
            return corpus;
        }
        progress.accept("generating " + docs + " articles into " + corpus);
        Path partial = work.resolve(corpus.getFileName() + ".partial");
        FileTrees.delete(partial);
        CorpusWriter.write(CorpusGenerator.of(seed), docs, partial);
        // Renamed only once complete, so an interrupted generation is never mistaken for a corpus.
        return Files.move(partial, corpus);
    }

    /** The quads that building the documents gives, held in memory. */
    private List<Quad> quads(List<Document> documents) {
        List<SourceEntry> entries = documents.stream()
                .<SourceEntry>map(document -> new SourceEntry.Loaded(Path.of(document.identifier()), document))
                .toList();
        CollectorStreamRDF collector = new CollectorStreamRDF();
        build.exec(entries, collector, null);
        return collector.getQuads();
    }
}
