package org.homeward.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.homeward.build.BuildOperation;
import org.homeward.build.BuildReport;
import org.homeward.io.FileException;
import org.homeward.io.FileTrees;
import org.homeward.io.SourceEntry;
import org.homeward.summary.Counts;
import org.homeward.summary.SummaryRows;

/**
 * Fills a new database through Jena's phased bulk loader rather than a transaction: the loader sorts and builds
 * each index in bulk, where a transaction updates six B+ trees one quad at a time. The loader is not
 * transactional (it holds the database exclusively and a failure halfway leaves it torn), so it writes into a
 * staging directory beside the database, which is renamed into place only once complete: an interrupted fill
 * leaves no database, and the next start begins again. The summary it writes is in this version's layout, recorded
 * in the staging directory ({@link SummaryMark}) so that it comes into place with the database.
 */
public final class BulkLoad {

    /** The loader's progress messages are left out. */
    private static final MonitorOutput SILENT = (format, args) -> { };

    private BulkLoad() {}

    /** Whether {@code database} may be filled in bulk: there is no database there, or one that holds nothing. */
    public static boolean canFill(Path database) {
        if (!GraphStore.exists(database)) {
            return true;
        }
        try (GraphStore store = GraphStore.open(database)) {
            return store.isEmpty();
        } catch (FileException e) {
            return false;
        }
    }

    /**
     * Builds {@code entries} into a new database at {@code database}, as {@code build} would write them to a file,
     * with their summary rows, which the build's worker threads derive beside extraction, and the counts.
     */
    public static BuildReport build(BuildOperation build, List<SourceEntry> entries, Path database)
            throws FileException {
        Counts counts = new Counts();
        BuildOperation summarised = build.deriving(quads -> {
            Node graph = quads.stream().map(Quad::getGraph).filter(SummaryTable::isDocumentGraph).findFirst()
                    .orElse(null);
            List<Quad> rows = graph == null ? List.of() : SummaryRows.of(graph, SummaryTable.graphOf(quads, graph));
            counts.add(Counts.ofDocument(rows), 1);
            return rows;
        });
        return stage(database, staging -> loadInto(staging, target -> {
            BuildReport report = summarised.exec(entries, target, null);
            counts.quads(SummaryTable.SUMMARY).forEach(target::quad);
            return report;
        }));
    }

    /**
     * Writes what {@code load} streams, with each document graph's summary rows and the counts over all of them,
     * into a new database at {@code database}, where there must be none or an empty one. The rows are derived on
     * a thread of their own, beside the parse that feeds the loader.
     */
    public static <T> T load(Path database, Function<StreamRDF, T> load) throws FileException {
        return stage(database, staging -> loadInto(staging, target -> {
            try (SummaryWorkers workers = new SummaryWorkers(target)) {
                SummarisingStream sink = new SummarisingStream(target, workers::submit, done -> {
                    workers.finish();
                    countsAtEnd(done, workers.counts());
                });
                T result = load.apply(sink);
                sink.flushDocuments();
                return result;
            }
        }));
    }

    /** Runs {@code load} on a staging directory beside {@code database}, renamed to it once complete. */
    private static <T> T stage(Path database, Function<Path, T> load) throws FileException {
        Path staging = database.resolveSibling(database.getFileName() + ".loading");
        try {
            FileTrees.delete(staging);
            Files.createDirectories(staging);
            T result;
            try {
                result = load.apply(staging);
                SummaryMark.set(staging);
            } catch (RuntimeException | FileException e) {
                FileTrees.delete(staging);
                throw e;
            }
            FileTrees.delete(database);
            Files.move(staging, database, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException e) {
            throw new FileException("HW-E051", database, "cannot fill the database in bulk: " + e.getMessage());
        }
    }

    /** Streams what {@code load} writes into Jena's phased loader on a new database in {@code staging}. */
    private static <T> T loadInto(Path staging, Function<StreamRDF, T> load) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(staging));
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dataset, SILENT);
            StreamRDF target = loader.stream();
            loader.startBulk();
            try {
                target.start();
                T result = load.apply(target);
                target.finish();
                loader.finishBulk();
                return result;
            } catch (RuntimeException e) {
                // Let the loader's threads run to their end before the staging directory goes.
                try {
                    target.finish();
                    loader.finishBulk();
                } catch (RuntimeException stopping) {
                    e.addSuppressed(stopping);
                    loader.finishException(e);
                }
                throw e;
            }
        } finally {
            TDBInternal.expel(dataset);
        }
    }

    /** The counts of every document, written last; a graph in several runs is not a build's, and is refused. */
    private static void countsAtEnd(SummarisingStream sink, Counts counts) {
        if (!sink.repeated().isEmpty()) {
            throw new IllegalStateException("the quads of " + sink.repeated().iterator().next()
                    + " do not come together");
        }
        counts.quads(SummaryTable.SUMMARY).forEach(sink::quad);
    }

}
