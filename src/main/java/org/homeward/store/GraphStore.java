package org.homeward.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.homeward.io.FileException;
import org.homeward.map.ResourceIris;
import org.homeward.vocab.HW;
import org.homeward.vocab.PROV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Homeward database: a TDB2 dataset, on disk or in memory, whose default graph is, for queries, the union
 * of its named graphs, while {@code GRAPH} still reaches each document's graph and the provenance graph.
 * Each change is one transaction, so a document is in the store entirely or not at all.
 */
public final class GraphStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GraphStore.class);
    private static final Node PROVENANCE = ResourceIris.provenanceGraph();

    private final DatasetGraph dataset;
    private final Path directory;

    private GraphStore(DatasetGraph dataset, Path directory) {
        this.dataset = dataset;
        this.directory = directory;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens the database in {@code directory}, creating an empty one if there is none ({@link NewDatabase}). */
    public static GraphStore open(Path directory) throws FileException {
        try {
            if (!exists(directory)) {
                NewDatabase.create(directory);
            }
            return new GraphStore(DatabaseMgr.connectDatasetGraph(Location.create(directory)), directory);
        } catch (IOException | RuntimeException e) {
            throw new FileException("HW-E051", directory, "cannot open the database (if a serve is running on it, "
                    + "send documents over HTTP instead): " + e.getMessage());
        }
    }

    /** Opens the database in {@code directory}, which must already hold one. */
    public static GraphStore openExisting(Path directory) throws FileException {
        if (!exists(directory)) {
            throw new FileException("HW-E050", directory, "no Homeward database here (serve creates one)");
        }
        return open(directory);
    }

    /** A fresh database in memory, gone when closed. */
    public static GraphStore inMemory() {
        return new GraphStore(DatabaseMgr.createDatasetGraph(), null);
    }

    /** Whether {@code directory} holds a TDB2 database: TDB2 keeps its generations in {@code Data-NNNN}. */
    public static boolean exists(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> children = Files.list(directory)) {
            return children.anyMatch(child -> child.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The TDB2 dataset, for the server to publish. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** Whether the store holds no statements at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, dataset::isEmpty);
    }

    /** The document graphs that the provenance graph describes. */
    public List<Node> documentGraphs() {
        return Txn.calculateRead(dataset, () -> {
            List<Node> graphs = new ArrayList<>();
            dataset.find(PROVENANCE, Node.ANY, RDF.type.asNode(), HW.DocumentGraph)
                    .forEachRemaining(quad -> graphs.add(quad.getSubject()));
            return graphs;
        });
    }

    /** Writes whatever {@code load} streams, in one transaction: all of it, or nothing if it throws. */
    public <T> T load(Function<StreamRDF, T> load) {
        return Txn.calculateWrite(dataset, () -> {
            StreamRDF sink = StreamRDFLib.dataset(dataset);
            sink.start();
            T result = load.apply(sink);
            sink.finish();
            return result;
        });
    }

    /**
     * Replaces a document graph and its provenance with {@code quads} in one transaction; returns whether
     * the graph was there before.
     */
    public boolean replace(Node graph, Collection<Quad> quads) {
        return Txn.calculateWrite(dataset, () -> {
            boolean existed = removeGraph(graph) > 0;
            quads.forEach(dataset::add);
            return existed;
        });
    }

    /** Removes a document graph and its provenance in one transaction; returns the number of quads removed. */
    public long remove(Node graph) {
        return Txn.calculateWrite(dataset, () -> removeGraph(graph));
    }

    /** Replaces every graph that {@code backup} holds by its content there, in one transaction. */
    public void restore(DatasetGraph backup) {
        Txn.executeWrite(dataset, () -> {
            backup.listGraphNodes().forEachRemaining(graph -> {
                if (!graph.equals(PROVENANCE)) {
                    removeGraph(graph);
                }
            });
            StreamRDFOps.sendDatasetToStream(backup, StreamRDFLib.dataset(dataset));
        });
    }

    /** Streams every quad to {@code sink} from one consistent snapshot; returns how many. */
    public long dump(StreamRDF sink) {
        return Txn.calculateRead(dataset, () -> {
            long count = 0;
            var quads = dataset.find();
            while (quads.hasNext()) {
                sink.quad(quads.next());
                count++;
            }
            return count;
        });
    }

    /** Rewrites the database without the space that deleted data still takes, and deletes the old copy. */
    public void compact() throws FileException {
        if (directory == null) {
            throw new IllegalStateException("an in-memory store needs no compaction");
        }
        try {
            DatabaseMgr.compact(dataset, true);
        } catch (RuntimeException e) {
            throw new FileException("HW-E054", directory, "compaction failed: " + e.getMessage());
        }
    }

    /**
     * Releases the database, its files and its lock, so that another process or store may open it. A
     * transaction still open (a query that ignored its timeout) is cut off: TDB2 never commits it.
     */
    @Override
    public void close() {
        try {
            TDBInternal.expel(dataset);
        } catch (TransactionException e) {
            LOG.warn("HW-E057 {}: closing with transactions still open; they are abandoned, not committed",
                    directory == null ? "in-memory database" : directory);
            TDBInternal.expel(dataset, true);
        }
    }

    /** The bytes the database takes on disk; 0 in memory. */
    public long sizeOnDisk() throws IOException {
        if (directory == null) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            long size = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                size += Files.size(file);
            }
            return size;
        }
    }

    /**
     * Removes the graph, its description in the provenance graph and that of the activity that made it, and
     * the software's description once no activity refers to it any more. Runs inside a write transaction.
     */
    private long removeGraph(Node graph) {
        List<Node> activities = objects(graph, PROV.wasGeneratedBy);
        List<Node> software = new ArrayList<>();
        long removed = delete(graph, Node.ANY, Node.ANY) + delete(PROVENANCE, graph, Node.ANY);
        for (Node activity : activities) {
            software.addAll(objects(activity, PROV.wasAssociatedWith));
            removed += delete(PROVENANCE, activity, Node.ANY);
        }
        for (Node agent : software) {
            if (!dataset.contains(PROVENANCE, Node.ANY, PROV.wasAssociatedWith, agent)) {
                removed += delete(PROVENANCE, agent, Node.ANY);
            }
        }
        return removed;
    }

    /** The objects of a subject's property in the provenance graph. */
    private List<Node> objects(Node subject, Node property) {
        List<Node> objects = new ArrayList<>();
        dataset.find(PROVENANCE, subject, property, Node.ANY).forEachRemaining(quad -> objects.add(quad.getObject()));
        return objects;
    }

    /**
     * Deletes by TDB2's stored ids rather than by node: in Jena 5.6 {@code deleteAny} finds an inlined
     * decimal such as {@code "30"^^xsd:decimal} as {@code "30.0"} and then fails to delete that, so a
     * document's figures would outlive it.
     */
    private long delete(Node graph, Node subject, Node property) {
        long count = Iter.count(dataset.find(graph, subject, property, Node.ANY));
        TDBInternal.requireStorage(dataset).getData().removeAll(graph, subject, property, Node.ANY);
        return count;
    }
}
