package org.homeward.bench;

import org.homeward.build.CountingStreamRDF;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
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
import org.homeward.io.SourceEntry;
import org.homeward.server.ServeOperation;
import org.homeward.store.GraphStore;
import org.homeward.store.IngestResult;
import org.homeward.store.Ingestion;

/**
 * Loading a corpus into TDB2, Homeward's ways against Jena's own bulk loader on the same N-Quads. Each stage
 * writes a fresh database under the work directory; the one {@code serve} would build is left in
 * {@code WORK/homeward} (its data directory) for the query and start-up benchmarks.
 */
public final class LoadBench {

    /** The data directory, under the work directory, of the database as {@code serve} builds it. */
    public static final String SERVED = "homeward";

    /** The loader's progress messages are left out: the loader's own cost, not its report, is measured. */
    private static final MonitorOutput SILENT = (format, args) -> { };

    private final BuildOperation build;
    private final Path work;
    private final Consumer<String> progress;

    /** The stages, each named by its option value. */
    public enum Step {
        /** {@code build --output corpus.nq}. */
        NQUADS,
        /** The build into a database as serve does it, left for the query and start-up benchmarks. */
        BUILD,
        /** Homeward's store, loaded from the N-Quads. */
        STORE,
        /** Jena's phased loader, on the N-Quads. */
        JENA,
        /** The build streamed into Jena's phased loader. */
        BULK,
        /** Documents one transaction each, as ingest does. */
        INGEST
    }

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
     * The chosen steps, in the order of {@link Step}, on the documents of {@code corpus}; ingestion takes its
     * first {@code ingestDocuments}. The N-Quads the loaders read come from the {@code NQUADS} step, of this run
     * or an earlier one.
     */
    public List<Stage> run(Path corpus, Set<Step> steps, int ingestDocuments) throws FileException, IOException {
        Path nquads = work.resolve("corpus.nq");
        if ((steps.contains(Step.STORE) || steps.contains(Step.JENA)) && !steps.contains(Step.NQUADS)
                && !Files.isRegularFile(nquads)) {
            throw new FileException("HW-E081", nquads, "the loaders need the N-Quads of the nquads step");
        }
        List<Stage> stages = new ArrayList<>();
        for (Step step : EnumSet.copyOf(steps)) {
            stages.add(switch (step) {
                case NQUADS -> buildToFile(corpus, nquads);
                case BUILD -> buildIntoStore(corpus);
                case STORE -> storeLoad(nquads);
                case JENA -> jenaLoad(nquads);
                case BULK -> buildThroughJenaLoader(corpus);
                case INGEST -> ingestOneByOne(corpus, ingestDocuments);
            });
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

    /** What {@code serve} does with an empty database: the whole build in one write transaction. */
    private Stage buildIntoStore(Path corpus) throws FileException, IOException {
        Path database = fresh(work.resolve(SERVED)).resolve(ServeOperation.DATABASE);
        progress.accept("build into " + database);
        Memory.resetPeaks();
        long start = System.nanoTime();
        try (GraphStore store = GraphStore.open(database)) {
            BuildReport report = new Ingestion(build, store).buildAll(DocumentSource.read(corpus));
            return stage("build → TDB2 (serve's first start: read, extract, map, one transaction)", report,
                    start, store.sizeOnDisk());
        }
    }

    /** Homeward's store, written in one transaction from the N-Quads file: loading without extraction. */
    private Stage storeLoad(Path nquads) throws FileException, IOException {
        Path database = fresh(work.resolve("store")).resolve(ServeOperation.DATABASE);
        progress.accept("load " + nquads + " into " + database);
        Memory.resetPeaks();
        long start = System.nanoTime();
        try (GraphStore store = GraphStore.open(database)) {
            long quads = store.load(sink -> {
                CountingStreamRDF counted = new CountingStreamRDF(sink);
                RDFParser.source(nquads).lang(Lang.NQUADS).parse(counted);
                return counted.count();
            });
            Throughput throughput = new Throughput("N-Quads → TDB2, Homeward's store (one transaction)", 1, 0,
                    quads, System.nanoTime() - start, Memory.peakHeapBytes());
            return new Stage(throughput, store.sizeOnDisk());
        }
    }

    /** Jena's own bulk loader, the phased one that {@code tdb2.tdbloader} uses by default, on the same file. */
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
            return new Stage(throughput, WorkDirectory.size(database));
        } finally {
            TDBInternal.expel(dataset);
        }
    }

    /** The build streamed into Jena's phased loader instead of a transaction: a bulk path for a first start. */
    private Stage buildThroughJenaLoader(Path corpus) throws FileException, IOException {
        Path database = fresh(work.resolve("bulk")).resolve(ServeOperation.DATABASE);
        progress.accept("build through Jena's phased loader into " + database);
        List<SourceEntry> entries = DocumentSource.read(corpus);
        Memory.resetPeaks();
        long start = System.nanoTime();
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(database));
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dataset, SILENT);
            loader.startBulk();
            loader.stream().start();
            BuildReport report = build.exec(entries, loader.stream(), null);
            loader.stream().finish();
            loader.finishBulk();
            return stage("build → TDB2 through Jena's phased loader (extract, map, bulk load)", report, start,
                    WorkDirectory.size(database));
        } finally {
            TDBInternal.expel(dataset);
        }
    }

    /** What {@code ingest DIR} and {@code POST /homeward/documents} do: one transaction per document. */
    private Stage ingestOneByOne(Path corpus, int documents) throws FileException, IOException {
        Path database = fresh(work.resolve("ingest")).resolve(ServeOperation.DATABASE);
        progress.accept("ingest " + documents + " documents one by one into " + database);
        List<SourceEntry> entries = DocumentSource.read(corpus);
        entries = entries.subList(0, Math.min(documents, entries.size()));
        Memory.resetPeaks();
        long start = System.nanoTime();
        try (GraphStore store = GraphStore.open(database)) {
            List<IngestResult> results = new Ingestion(build, store).ingestAll(entries);
            long stored = results.stream().filter(IngestResult::stored).count();
            long quads = results.stream().filter(IngestResult::stored).mapToLong(r -> r.report().quads()).sum();
            Throughput throughput = new Throughput("ingest, one transaction per document (ingest, POST)", 1,
                    stored, quads, System.nanoTime() - start, Memory.peakHeapBytes());
            return new Stage(throughput, store.sizeOnDisk());
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
        WorkDirectory.delete(directory);
        return Files.createDirectories(directory);
    }
}
