package org.homeward.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.homeward.build.BuildOperation;
import org.homeward.build.BuildReport;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.homeward.io.FileTrees;
import org.homeward.io.RdfSinks;
import org.homeward.io.SourceEntry;
import org.homeward.server.ServeOperation;
import org.homeward.store.BatchResult;
import org.homeward.store.BulkLoad;
import org.homeward.store.ContinuingStream;
import org.homeward.store.GraphStore;
import org.homeward.store.IngestResult;
import org.homeward.store.Ingestion;

/**
 * Loading a corpus into TDB2, Homeward's ways against Jena's own bulk loader on the same quads: those of the
 * database that {@code serve}'s first start builds, dumped to N-Quads. Each stage writes a fresh database under
 * the work directory; the one {@code serve} would build is left in {@code WORK/homeward} (its data directory)
 * for the query and start-up benchmarks.
 */
public final class LoadBench {

    /** The data directory, under the work directory, of the database as {@code serve} builds it. */
    public static final String SERVED = "homeward";

    /** The stage of the LOAD step. */
    private static final String LOADED = "N-Quads → TDB2, Homeward's load (parse, summarise, Jena's phased loader)";

    /** The loader's progress messages are left out: the loader's own cost, not its report, is measured. */
    private static final MonitorOutput SILENT = (format, args) -> { };

    private final BuildOperation build;
    private final Path work;
    private final Consumer<String> progress;

    /** The stages, each named by its option value. */
    public enum Step {
        /** {@code build --output corpus.nq}. */
        NQUADS,
        /** The N-Quads of NQUADS into a new database as {@code load} fills it (summary derived on the way, through
         *  Jena's phased loader), left for the query and start-up benchmarks unless BUILD follows. */
        LOAD,
        /** The build into a new database as serve's first start does it (through Jena's phased loader), left
         *  for the query and start-up benchmarks. */
        BUILD,
        /** The database BUILD made, dumped to N-Quads: the same quads for Jena's loader. */
        DUMP,
        /** Jena's phased loader, on the dump. */
        JENA,
        /** The build in one write transaction, as serve fills an empty database in memory. */
        TRANSACTION,
        /** Documents one transaction each, as ingest does into a database that holds documents. */
        INGEST,
        /** Documents in batches, one transaction each, as a batch POST stores them. */
        BATCH
    }

    /** The documents of one batch in the BATCH step unless told otherwise. */
    public static final int BATCH_SIZE = 100;

    /**
     * What the ingestion steps add: the first {@code documents} of the corpus, {@code batchSize} a transaction
     * in the BATCH step, into the database of the data directory {@code into} if given (which they change),
     * else into a fresh one.
     */
    public record Ingest(int documents, int batchSize, Optional<Path> into) {}

    /**
     * One load stage.
     *
     * @param throughput how fast it went
     * @param databaseBytes the apparent size of the database's files afterwards (TDB2 grows them in steps of
     *     8 MiB or more), -1 where the stage wrote no database
     */
    public record Stage(Throughput throughput, long databaseBytes) {}

    /** Builds with {@code build} under {@code work}, telling {@code progress} which stage starts. */
    public LoadBench(BuildOperation build, Path work, Consumer<String> progress) {
        this.build = build;
        this.work = work;
        this.progress = progress;
    }

    /**
     * The chosen steps, in the order of {@link Step}, on the documents of {@code corpus}, ingesting as
     * {@code ingest} says. The N-Quads the loaders read come from the {@code NQUADS} step, of this run or an
     * earlier one.
     */
    public List<Stage> run(Path corpus, Set<Step> steps, Ingest ingest) throws FileException, IOException {
        Path nquads = work.resolve("corpus.nq");
        Path dump = work.resolve(SERVED + ".nq");
        if (steps.contains(Step.JENA) && !steps.contains(Step.DUMP) && !Files.isRegularFile(dump)) {
            throw new FileException("HW-E081", dump, "Jena's loader needs the N-Quads of the dump step");
        }
        List<Stage> stages = new ArrayList<>();
        for (Step step : EnumSet.copyOf(steps)) {
            switch (step) {
                case NQUADS -> stages.add(buildToFile(corpus, nquads));
                case LOAD -> stages.add(loadIntoStore(nquads));
                case BUILD -> stages.add(buildIntoStore(corpus));
                case DUMP -> dump(dump, stages);
                case JENA -> stages.add(jenaLoad(dump));
                case TRANSACTION -> stages.add(buildInOneTransaction(corpus));
                case INGEST -> stages.add(ingest(corpus, ingest.documents(), 1, ingest.into()));
                case BATCH -> stages.add(ingest(corpus, ingest.documents(), ingest.batchSize(), ingest.into()));
            }
        }
        return stages;
    }

    /** {@code build --output corpus.nq}: reading, extraction, mapping and writing the file. */
    private Stage buildToFile(Path corpus, Path nquads) throws FileException, IOException {
        progress.accept("build into " + nquads);
        Memory.resetPeaks();
        long start = System.nanoTime();
        BuildReport report = build.run(corpus, nquads, "nq", null);
        return stage("build → N-Quads file (read, extract, map, write)", report, start, -1);
    }

    /** What {@code serve}'s first start does: the build, with its summary, through Jena's phased loader. */
    private Stage buildIntoStore(Path corpus) throws FileException, IOException {
        Path database = fresh(work.resolve(SERVED)).resolve(ServeOperation.DATABASE);
        progress.accept("build into " + database);
        List<SourceEntry> entries = DocumentSource.read(corpus);
        Memory.resetPeaks();
        long start = System.nanoTime();
        BuildReport report = BulkLoad.build(build, entries, database);
        return stage("build → TDB2 (serve's first start: extract, map, summarise, Jena's phased loader)", report,
                start, FileTrees.size(database));
    }

    /**
     * What {@code load} does with a build's N-Quads: parse them, derive each document's summary rows and the
     * counts, and stream all of it through Jena's phased loader into a new database.
     */
    private Stage loadIntoStore(Path nquads) throws FileException, IOException {
        if (!Files.isRegularFile(nquads)) {
            throw new FileException("HW-E081", nquads, "the load step needs the N-Quads of the nquads step");
        }
        Path database = fresh(work.resolve(SERVED)).resolve(ServeOperation.DATABASE);
        progress.accept("load " + nquads + " into " + database);
        Memory.resetPeaks();
        long start = System.nanoTime();
        BulkLoad.load(database, sink -> {
            RDFParser.source(nquads).lang(Lang.NQUADS).parse(new ContinuingStream(sink));
            return null;
        });
        long nanos = System.nanoTime() - start;
        long peak = Memory.peakHeapBytes();
        // The quads in the database, summary included, as Jena's loader counts those of the dump.
        long quads;
        try (GraphStore store = GraphStore.openExisting(database)) {
            quads = store.dump(StreamRDFLib.sinkNull());
        }
        return new Stage(new Throughput(LOADED, 1, 0, quads, nanos, peak), FileTrees.size(database));
    }

    /**
     * Writes the database BUILD or LOAD made as N-Quads, for Jena's loader to load the very same quads; the BUILD
     * stage then counts those quads (its report counts the build's, without the summary that the store adds).
     */
    private void dump(Path dump, List<Stage> stages) throws FileException, IOException {
        progress.accept("dump into " + dump);
        long quads;
        try (GraphStore store = GraphStore.openExisting(work.resolve(SERVED).resolve(ServeOperation.DATABASE));
                RdfSinks.RdfFile file = RdfSinks.open(dump, "nq")) {
            quads = store.dump(file.stream());
        }
        for (int i = 0; i < stages.size(); i++) {
            Throughput built = stages.get(i).throughput();
            if (built.stage().startsWith("build → TDB2 (serve's first start")) {
                stages.set(i, new Stage(new Throughput(built.stage(), built.threads(), built.documents(), quads,
                        built.nanos(), built.peakHeapBytes()), stages.get(i).databaseBytes()));
            }
        }
    }

    /** The build in one write transaction, with its summary: how serve fills a database in memory. */
    private Stage buildInOneTransaction(Path corpus) throws FileException, IOException {
        Path database = fresh(work.resolve("transaction")).resolve(ServeOperation.DATABASE);
        progress.accept("build into " + database + " in one transaction");
        List<SourceEntry> entries = DocumentSource.read(corpus);
        Memory.resetPeaks();
        long start = System.nanoTime();
        try (GraphStore store = GraphStore.open(database)) {
            BuildReport report = new Ingestion(build, store).buildAll(entries);
            return stage("build → TDB2 in one transaction (serve --mem; the store's own path)", report, start,
                    store.sizeOnDisk());
        }
    }

    /** Jena's own bulk loader, the phased one that {@code tdb2.tdbloader} uses by default, on the dump. */
    private Stage jenaLoad(Path nquads) throws IOException {
        Path database = fresh(work.resolve("jena")).resolve(ServeOperation.DATABASE);
        progress.accept("Jena's phased loader: " + nquads + " into " + database);
        Memory.resetPeaks();
        long start = System.nanoTime();
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(database));
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dataset, SILENT);
            loader.startBulk();
            loader.load(nquads.toString());
            loader.finishBulk();
            Throughput throughput = new Throughput("N-Quads → TDB2, Jena's phased loader (tdb2.tdbloader)", 1, 0,
                    loader.countQuads(), System.nanoTime() - start, Memory.peakHeapBytes());
            return new Stage(throughput, FileTrees.size(database));
        } finally {
            TDBInternal.expel(dataset);
        }
    }

    /**
     * What {@code ingest DIR} (one document a transaction) and a batch {@code POST /homeward/documents} do, on
     * the first {@code documents} of the corpus, into a database that holds one document already (so that it
     * is not filled in bulk): a fresh one, or that of the data directory {@code into}; "files" then tells how
     * much the database grew per article.
     */
    private Stage ingest(Path corpus, int documents, int batch, Optional<Path> into) throws FileException, IOException {
        String name = batch == 1 ? "ingest" : "batch";
        Path database = (into.isPresent() ? into.get() : fresh(work.resolve(name))).resolve(ServeOperation.DATABASE);
        progress.accept(name + " " + documents + " documents, " + batch + " a transaction, into " + database);
        List<SourceEntry> entries = DocumentSource.read(corpus);
        entries = entries.subList(0, Math.min(documents, entries.size()));
        try (GraphStore store = into.isPresent() ? GraphStore.openExisting(database) : GraphStore.open(database)) {
            Ingestion ingestion = new Ingestion(build, store);
            ingestion.ingest(entries.get(0));
            long before = store.sizeOnDisk();
            Memory.resetPeaks();
            long start = System.nanoTime();
            long stored = 0;
            long quads = 0;
            for (int from = 1; from < entries.size(); from += batch) {
                List<SourceEntry> part = entries.subList(from, Math.min(entries.size(), from + batch));
                if (batch == 1) {
                    IngestResult result = ingestion.ingest(part.get(0));
                    stored += result.stored() ? 1 : 0;
                    quads += result.stored() ? result.report().quads() : 0;
                } else {
                    BatchResult result = ingestion.ingestBatch(part);
                    stored += result.stored().size();
                    quads += result.report().quads();
                }
            }
            Throughput throughput = new Throughput(batch == 1 ? "ingest, one transaction per document (ingest DIR)"
                    : "ingest in batches of " + batch + ", one transaction each (batch POST)", 1, stored, quads,
                    System.nanoTime() - start, Memory.peakHeapBytes());
            return new Stage(throughput, store.sizeOnDisk() - before);
        }
    }

    private static Stage stage(String name, BuildReport report, long start, long databaseBytes) {
        if (!report.failures().isEmpty()) {
            throw new IllegalStateException(name + ": " + report.failures().size() + " documents failed, first: "
                    + report.failures().get(0));
        }
        Throughput throughput = new Throughput(name, 1, report.documents(), report.quads(),
                System.nanoTime() - start, Memory.peakHeapBytes());
        return new Stage(throughput, databaseBytes);
    }

    /** An empty directory at {@code directory}: what a previous run left there is deleted. */
    private static Path fresh(Path directory) throws IOException {
        FileTrees.delete(directory);
        return Files.createDirectories(directory);
    }
}
