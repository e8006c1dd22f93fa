package org.homeward.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.homeward.map.ResourceIris;
import org.homeward.summary.Counts;
import org.homeward.summary.Dimension;
import org.homeward.summary.SummaryRows;
import org.homeward.vocab.HWT;
import org.homeward.vocab.QB;

/**
 * The summary graph of a store: the facts table's rows of each document graph and the counts summed over them,
 * kept in step with the document graphs inside the write transaction that changes them. Every method runs
 * inside a write transaction of the dataset.
 */
final class SummaryTable {

    /** The summary graph. */
    static final Node SUMMARY = ResourceIris.summaryGraph();

    /**
     * The layout of the summary this version writes. Raise it whenever the rows or counts the summary holds
     * change (what {@link SummaryRows} or {@link Counts} derive from a document): a database whose {@link
     * SummaryMark} records another layout is summarised anew before it is served or ingested into.
     */
    static final int LAYOUT = 1;

    private final DatasetGraph dataset;

    SummaryTable(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Whether {@code graph} is a document graph: neither the provenance graph nor the summary graph. */
    static boolean isDocumentGraph(Node graph) {
        return graph != null && graph.isURI() && !Quad.isDefaultGraph(graph) && !graph.equals(SUMMARY)
                && !graph.equals(ResourceIris.provenanceGraph()) && !graph.equals(OntologyGraph.GRAPH);
    }

    /** Whether the summary holds rows of a document graph. */
    boolean hasRows(Node graph) {
        return dataset.contains(SUMMARY, Node.ANY, HWT.graph, graph);
    }

    /** Writes the rows of a document graph made of {@code quads}; returns the counts they add. */
    Counts addRows(Node graph, Collection<Quad> quads) {
        List<Quad> rows = SummaryRows.of(graph, graphOf(quads, graph));
        rows.forEach(dataset::add);
        return Counts.ofDocument(rows);
    }

    /** Writes the rows of a document graph as the store now holds it; returns the counts they add. */
    Counts addRowsFromStore(Node graph) {
        List<Quad> quads = new ArrayList<>();
        dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        return addRows(graph, quads);
    }

    /** Removes the rows derived from a document graph; returns the counts they had added. */
    Counts removeRows(Node graph) {
        List<Quad> rows = new ArrayList<>();
        List<Node> subjects = new ArrayList<>();
        dataset.find(SUMMARY, Node.ANY, HWT.graph, graph).forEachRemaining(quad -> subjects.add(quad.getSubject()));
        for (Node row : subjects) {
            dataset.find(SUMMARY, row, Node.ANY, Node.ANY).forEachRemaining(rows::add);
            removeAll(row, Node.ANY);
        }
        return Counts.ofDocument(rows);
    }

    /** Adds (sign 1) or takes away (sign -1) counts from the observations, removing those that reach zero. */
    void apply(Counts counts, int sign) {
        for (Map.Entry<Counts.Cell, long[]> entry : counts.cells().entrySet()) {
            Counts.Cell cell = entry.getKey();
            Node observation = cell.dimension().observation(cell.value());
            long[] now = current(observation);
            boolean existed = now != null;
            long[] measures = existed ? now : new long[3];
            for (int i = 0; i < measures.length; i++) {
                measures[i] += sign * entry.getValue()[i];
            }
            removeAll(observation, HWT.statistics);
            removeAll(observation, HWT.articles);
            removeAll(observation, HWT.mentions);
            if (measures[0] <= 0 && measures[1] <= 0 && measures[2] <= 0) {
                removeAll(observation, Node.ANY);
                continue;
            }
            if (!existed) {
                counts.describe(SUMMARY, cell).forEach(dataset::add);
            }
            Counts.measures(SUMMARY, cell, measures).forEach(dataset::add);
        }
        counts.details().forEach((person, given) -> applyDetails(person, given, sign));
    }

    /**
     * Lists what a document gives of a person on their observation, or, once it is gone, takes away what no
     * other article's row gives any more (the rows of the document are removed first). An observation that
     * reached zero went with everything it listed.
     */
    private void applyDetails(Node person, Set<Counts.Detail> given, int sign) {
        Node observation = Dimension.PERSON.observation(person);
        if (!dataset.contains(SUMMARY, observation, RDF.type.asNode(), QB.Observation)) {
            return;
        }
        if (sign > 0) {
            Counts.detailQuads(SUMMARY, person, given).forEach(dataset::add);
            return;
        }
        List<Node> rows = new ArrayList<>();
        dataset.find(SUMMARY, Node.ANY, HWT.person, person).forEachRemaining(quad -> {
            if (!quad.getSubject().equals(observation) && measure(quad.getSubject(), HWT.mentions) > 0) {
                rows.add(quad.getSubject());
            }
        });
        for (Counts.Detail detail : given) {
            if (rows.stream().noneMatch(row -> dataset.contains(SUMMARY, row, detail.property(), detail.value()))) {
                dataset.delete(SUMMARY, observation, detail.property(), detail.value());
            }
        }
    }

    /** Replaces the whole summary graph by what the document graphs give now; returns the rows written. */
    long rebuild(List<Node> documentGraphs) {
        removeAll(Node.ANY, Node.ANY);
        Counts total = new Counts();
        for (Node graph : documentGraphs) {
            total.add(addRowsFromStore(graph), 1);
        }
        total.quads(SUMMARY).forEach(dataset::add);
        return documentGraphs.size();
    }

    /** The statistics, articles and mentions an observation holds, or null if there is none. */
    private long[] current(Node observation) {
        long[] measures = {measure(observation, HWT.statistics), measure(observation, HWT.articles),
            measure(observation, HWT.mentions)};
        return measures[0] < 0 && measures[1] < 0 && measures[2] < 0 ? null
                : new long[] {Math.max(0, measures[0]), Math.max(0, measures[1]), Math.max(0, measures[2])};
    }

    private long measure(Node observation, Node property) {
        var found = dataset.find(SUMMARY, observation, property, Node.ANY);
        long value = found.hasNext() ? Long.parseLong(found.next().getObject().getLiteralLexicalForm()) : -1;
        Iter.close(found);
        return value;
    }

    /** Deletes by TDB2's stored ids, as {@link GraphStore} does, for the same reason (inlined numbers). */
    private void removeAll(Node subject, Node property) {
        TDBInternal.requireStorage(dataset).getData().removeAll(SUMMARY, subject, property, Node.ANY);
    }

    /** The graph of {@code graph} among {@code quads}, in memory. */
    static Graph graphOf(Collection<Quad> quads, Node graph) {
        Graph document = GraphFactory.createGraphMem();
        for (Quad quad : quads) {
            if (quad.getGraph().equals(graph)) {
                document.add(quad.asTriple());
            }
        }
        return document;
    }
}
