package org.homeward.reliability;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.lang.CollectorStreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.homeward.corpus.CorpusGenerator;
import org.homeward.corpus.CorpusWriter;
import org.homeward.extract.TextHash;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.homeward.io.SourceEntry;
import org.homeward.map.ResourceIris;
import org.homeward.store.Fixtures;
import org.homeward.store.GraphStore;

/**
 * A synthetic corpus with what each document's graph must hold once stored: how many statements. A graph
 * in a store with any other count is torn; a graph without its provenance, or provenance without its
 * graph, is too.
 */
final class Documents {

    private final Path directory;
    private final Map<Path, Node> graphs = new LinkedHashMap<>();
    private final Map<Node, Long> sizes = new HashMap<>();

    private Documents(Path directory) {
        this.directory = directory;
    }

    /** Writes {@code count} synthetic articles into {@code directory} and measures their graphs, with the seeds'. */
    static Documents write(Path directory, int count) throws FileException {
        CorpusWriter.write(CorpusGenerator.of(20_261_206), count, directory);
        Documents documents = new Documents(directory);
        documents.measure(DocumentSource.read(directory), true);
        documents.measure(DocumentSource.read(Fixtures.SEEDS), false);
        return documents;
    }

    private void measure(List<SourceEntry> entries, boolean listed) {
        // One build of them all, on every core, then the statements counted graph by graph.
        CollectorStreamRDF quads = new CollectorStreamRDF();
        Fixtures.build().exec(entries, quads, null);
        Map<Node, Long> counted = quads.getQuads().stream()
                .collect(Collectors.groupingBy(Quad::getGraph, Collectors.counting()));
        for (SourceEntry entry : entries) {
            SourceEntry.Loaded loaded = (SourceEntry.Loaded) entry;
            Node graph = ResourceIris.documentGraph(TextHash.sha256(loaded.document().text()));
            sizes.put(graph, counted.getOrDefault(graph, 0L));
            if (listed) {
                graphs.put(loaded.file(), graph);
            }
        }
    }

    /** The corpus directory. */
    Path directory() {
        return directory;
    }

    /** How many statements each document graph holds when whole, the seeds' included. */
    Map<Node, Long> sizes() {
        return sizes;
    }

    /** The corpus's texts, in order, with their graphs. */
    Map<Path, Node> graphs() {
        return graphs;
    }

    /** What a store holds after a crash: the whole document graphs, and how many are torn. */
    record Found(Set<Node> whole, int torn) {}

    /** Opens the database in {@code database} (it must open: a failure throws) and checks every graph. */
    Found check(Path database) throws FileException {
        try (GraphStore store = GraphStore.open(database)) {
            DatasetGraph dataset = store.dataset();
            Set<Node> described = Set.copyOf(store.documentGraphs());
            return Txn.calculateRead(dataset, () -> {
                int torn = 0;
                Set<Node> whole = new java.util.HashSet<>();
                for (Node graph : Iter.toList(dataset.listGraphNodes())) {
                    if (GraphStore.isDocumentGraph(graph) && !described.contains(graph)) {
                        torn++;
                    }
                }
                for (Node graph : described) {
                    long count = Iter.count(dataset.find(graph, Node.ANY, Node.ANY, Node.ANY));
                    if (sizes.get(graph) != null && sizes.get(graph) == count) {
                        whole.add(graph);
                    } else {
                        torn++;
                    }
                }
                return new Found(whole, torn);
            });
        }
    }
}
