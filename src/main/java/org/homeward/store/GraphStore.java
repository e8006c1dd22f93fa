package org.homeward.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.homeward.io.FileException;
import org.homeward.io.FileTrees;
import org.homeward.map.ResourceIris;
import org.homeward.summary.Counts;
import org.homeward.vocab.HW;
import org.homeward.vocab.PROV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Homeward database: a TDB2 dataset on disk, kept or temporary, whose default graph is, for queries, the union
 * of its named graphs, while {@code GRAPH} still reaches each document's graph and the provenance graph.
 * Each change is one transaction, so a document is in the store entirely or not at all.
 */
public final class GraphStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GraphStore.class);
    private static final Node PROVENANCE = ResourceIris.provenanceGraph();

    private final DatasetGraph dataset;
    private final Path directory;
    private final boolean temporary;
    private final SummaryTable summary;

    private GraphStore(DatasetGraph dataset, Path directory, boolean temporary) {
        this.dataset = dataset;
        this.directory = directory;
        this.temporary = temporary;
        this.summary = new SummaryTable(dataset);
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens the database in {@code directory}, creating an empty one if there is none ({@link NewDatabase}). */
    public static GraphStore open(Path directory) throws FileException {
        return open(directory, false);
    }

    private static GraphStore open(Path directory, boolean temporary) throws FileException {
        try {
            if (!exists(directory)) {
                NewDatabase.create(directory);
            }
            return new GraphStore(DatabaseMgr.connectDatasetGraph(Location.create(directory)), directory, temporary);
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

    /** Whether a graph of a store holds a document: not the provenance, summary or ontology graph. */
    public static boolean isDocumentGraph(Node graph) {
        return SummaryTable.isDocumentGraph(graph);
    }

    /**
     * A fresh database, deleted when closed. Its files live in a temporary directory, not in Jena's in-memory
     * TDB2 storage: that keeps its blocks in unsynchronised lists, and readers running beside a writer there
     * find documents torn and writes fail.
     */
    public static GraphStore temporary() throws FileException {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            directory = Files.createTempDirectory("homeward-db-");
        } catch (IOException e) {
            throw new FileException("HW-E051", directory, "cannot create a temporary database: " + e.getMessage());
        }
        return open(directory, true);
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
        return Txn.calculateRead(dataset, this::graphsDescribed);
    }

    /**
     * How many document graphs the provenance graph describes, counted in TDB2's indexes without reading a
     * node: {@code serve} reports it at every start, and decoding 100,000 graph names took a second of it.
     */
    public long documentCount() {
        return Txn.calculateRead(dataset, () -> Iter.count(TDBInternal.getDatasetGraphTDB(dataset).getQuadTable()
                .getNodeTupleTable().findAsNodeIds(PROVENANCE, Node.ANY, RDF.type.asNode(), HW.DocumentGraph)));
    }

    /** The document graphs the provenance graph describes; inside a transaction. */
    private List<Node> graphsDescribed() {
        List<Node> graphs = new ArrayList<>();
        dataset.find(PROVENANCE, Node.ANY, RDF.type.asNode(), HW.DocumentGraph)
                .forEachRemaining(quad -> graphs.add(quad.getSubject()));
        return graphs;
    }

    /**
     * Writes whatever {@code load} streams, in one transaction: all of it, or nothing if it throws; each
     * document graph's summary rows and counts go with it. Meant for documents the store does not hold yet: if
     * it held one already, or a graph's quads came in several runs, the summary is rebuilt at the end.
     */
    public <T> T load(Function<StreamRDF, T> load) {
        return Txn.calculateWrite(dataset, () -> {
            Set<Node> held = new HashSet<>();
            SummarisingStream sink = new SummarisingStream(StreamRDFLib.dataset(dataset), (graph, quads) -> {
                if (summary.hasRows(graph)) {
                    held.add(graph);
                    return new Counts();
                }
                return summary.addRows(graph, quads);
            }, done -> { });
            sink.start();
            T result = load.apply(sink);
            sink.finish();
            if (held.isEmpty() && sink.repeated().isEmpty()) {
                summary.apply(sink.counts(), 1);
            } else {
                summary.rebuild(graphsDescribed());
            }
            return result;
        });
    }

    /**
     * Replaces a document graph and its provenance with {@code quads} in one transaction, with its summary
     * rows and counts; returns whether the graph was there before.
     */
    public boolean replace(Node graph, Collection<Quad> quads) {
        return replaceAll(List.of(graph), quads).get(0);
    }

    /**
     * Replaces several document graphs and their provenance with {@code quads}, which hold all of them, in one
     * transaction, with their summary rows and counts; returns, for each graph, whether it was there before.
     */
    public List<Boolean> replaceAll(List<Node> graphs, Collection<Quad> quads) {
        return Txn.calculateWrite(dataset, () -> {
            List<Boolean> existed = new ArrayList<>();
            for (Node graph : graphs) {
                existed.add(removeGraph(graph) > 0);
            }
            quads.forEach(dataset::add);
            Map<Node, List<Quad>> byGraph = quads.stream().collect(Collectors.groupingBy(Quad::getGraph));
            for (Node graph : graphs) {
                summary.apply(summary.addRows(graph, byGraph.getOrDefault(graph, List.of())), 1);
            }
            return existed;
        });
    }

    /** Rebuilds the summary graph from the document graphs, in one transaction; returns how many it read. */
    public long rebuildSummary() {
        return Txn.calculateWrite(dataset, () -> summary.rebuild(graphsDescribed()));
    }

    /** The summary graph's statements, from one snapshot: what ingestion keeps, to compare with a rebuild. */
    public List<Quad> summaryQuads() {
        return Txn.calculateRead(dataset, () -> {
            List<Quad> quads = new ArrayList<>();
            dataset.find(SummaryTable.SUMMARY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            return quads;
        });
    }

    /** Removes a document graph and its provenance in one transaction; returns the number of quads removed. */
    public long remove(Node graph) {
        return Txn.calculateWrite(dataset, () -> removeGraph(graph));
    }

    /**
     * Replaces every document graph that {@code backup} holds by its content there, in one transaction; a
     * summary graph in the backup is left out, and the summary derived anew from the restored graphs.
     */
    public void restore(DatasetGraph backup) {
        Txn.executeWrite(dataset, () -> {
            List<Node> graphs = new ArrayList<>();
            backup.listGraphNodes().forEachRemaining(graph -> {
                if (SummaryTable.isDocumentGraph(graph)) {
                    removeGraph(graph);
                    graphs.add(graph);
                }
            });
            StreamRDF sink = StreamRDFLib.dataset(dataset);
            backup.find().forEachRemaining(quad -> {
                if (!SummaryTable.SUMMARY.equals(quad.getGraph())) {
                    sink.quad(quad);
                }
            });
            graphs.forEach(graph -> summary.apply(summary.addRowsFromStore(graph), 1));
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
        try {
            DatabaseMgr.compact(dataset, true);
        } catch (RuntimeException e) {
            throw new FileException("HW-E054", directory, "compaction failed: " + e.getMessage());
        }
    }

    /**
     * Releases the database, its files and its lock, so that another process or store may open it. A
     * transaction still open (a query that ignored its timeout) is cut off: TDB2 never commits it. A
     * temporary database is deleted.
     */
    @Override
    public void close() {
        try {
            TDBInternal.expel(dataset);
        } catch (TransactionException e) {
            LOG.warn("HW-E057 {}: closing with transactions still open; they are abandoned, not committed", directory);
            TDBInternal.expel(dataset, true);
        }
        if (temporary) {
            try {
                FileTrees.delete(directory);
            } catch (IOException e) {
                LOG.warn("HW-E059 {}: the temporary database could not be deleted: {}", directory, e.getMessage());
            }
        }
    }

    /** The bytes the database takes on disk. */
    public long sizeOnDisk() throws IOException {
        return FileTrees.size(directory);
    }

    /**
     * Removes the graph, its description in the provenance graph and that of the activity that made it, and
     * the software's description once no activity refers to it any more. Runs inside a write transaction.
     */
    private long removeGraph(Node graph) {
        summary.apply(summary.removeRows(graph), -1);
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
