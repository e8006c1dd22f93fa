package org.homeward.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.CollectorStreamRDF;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.homeward.build.BuildOperation;
import org.homeward.build.BuildReport;
import org.homeward.extract.TextHash;
import org.homeward.io.FileException;
import org.homeward.io.SourceEntry;
import org.homeward.map.ResourceIris;

/**
 * Puts documents into a {@link GraphStore}: extracts each one outside any transaction, then replaces its
 * graph and provenance in one write transaction, so a document is in the store entirely or not at all and
 * sending the same text again replaces what it gave before.
 */
public final class Ingestion {

    private final BuildOperation build;
    private final GraphStore store;

    /** Ingests into {@code store} what {@code build} extracts. */
    public Ingestion(BuildOperation build, GraphStore store) {
        this.build = Objects.requireNonNull(build, "build");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The store documents go into. */
    public GraphStore store() {
        return store;
    }

    /** Builds a batch into the store in one transaction, as {@code build} would write it to a file. */
    public BuildReport buildAll(List<SourceEntry> entries) {
        return store.load(sink -> build.exec(entries, sink, null));
    }

    /** Ingests one document, or reports why it could not be. */
    public IngestResult ingest(SourceEntry entry) {
        if (entry instanceof SourceEntry.Failed failed) {
            return IngestResult.notStored(entry.file(), IngestResult.Outcome.FAILED, failed.message());
        }
        SourceEntry.Loaded loaded = (SourceEntry.Loaded) entry;
        CollectorStreamRDF quads = new CollectorStreamRDF();
        BuildReport report = build.exec(List.of(entry), quads, null);
        if (!report.failures().isEmpty()) {
            String problems = String.join("; ", report.failures());
            return IngestResult.notStored(entry.file(), IngestResult.Outcome.FAILED, problems);
        }
        Node graph = ResourceIris.documentGraph(TextHash.sha256(loaded.document().text()));
        boolean replaced = store.replace(graph, quads.getQuads());
        return IngestResult.stored(entry.file(), replaced, loaded.document().identifier(), graph, report);
    }

    /**
     * Ingests a batch in one transaction: every document is stored, or, if one cannot be read or extracted,
     * none is. As in a build, a later document with the same text as an earlier one is skipped with a warning.
     */
    public BatchResult ingestBatch(List<SourceEntry> entries) {
        CollectorStreamRDF quads = new CollectorStreamRDF();
        BuildReport report = build.exec(entries, quads, null);
        if (!report.failures().isEmpty()) {
            return new BatchResult(report, List.of(), List.of());
        }
        Set<String> seen = new HashSet<>();
        List<Node> graphs = new ArrayList<>();
        List<String> identifiers = new ArrayList<>();
        for (SourceEntry entry : entries) {
            if (entry instanceof SourceEntry.Loaded loaded && seen.add(TextHash.sha256(loaded.document().text()))) {
                graphs.add(ResourceIris.documentGraph(TextHash.sha256(loaded.document().text())));
                identifiers.add(loaded.document().identifier());
            }
        }
        List<Boolean> replaced = store.replaceAll(graphs, quads.getQuads());
        List<BatchResult.Stored> stored = new ArrayList<>();
        for (int i = 0; i < graphs.size(); i++) {
            stored.add(new BatchResult.Stored(identifiers.get(i), graphs.get(i), replaced.get(i)));
        }
        return new BatchResult(report, stored, report.warnings());
    }

    /**
     * Ingests each document in its own transaction. As in a build, a later file with the same text as an
     * earlier one of the batch is skipped with a warning.
     */
    public List<IngestResult> ingestAll(List<SourceEntry> entries) {
        List<IngestResult> results = new ArrayList<>();
        ingestEach(entries, results::add);
        return results;
    }

    /**
     * Ingests each document in its own transaction, as {@link #ingestAll} does, and hands each result to
     * {@code done} as soon as its transaction has committed (or the document has failed or been skipped), so
     * that a run cut short leaves a record of what it stored.
     */
    public void ingestEach(List<SourceEntry> entries, Consumer<IngestResult> done) {
        Map<String, Path> firstFileOfText = new HashMap<>();
        for (SourceEntry entry : entries) {
            if (entry instanceof SourceEntry.Loaded loaded) {
                Path first = firstFileOfText.putIfAbsent(TextHash.sha256(loaded.document().text()), loaded.file());
                if (first != null) {
                    done.accept(IngestResult.notStored(loaded.file(), IngestResult.Outcome.SKIPPED,
                            "HW-E010 " + loaded.file() + ": same text as " + first + "; skipped"));
                    continue;
                }
            }
            done.accept(ingest(entry));
        }
    }

    /** Whether {@code input} is an RDF dump, as {@code dump} writes it, rather than documents. */
    public static boolean isDump(Path input) {
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(input) && (name.endsWith(".nq") || name.endsWith(".trig"));
    }

    /** Restores an N-Quads or TriG dump, as {@code dump} writes it, replacing the graphs it holds; one transaction. */
    public int restore(Path backup) throws FileException {
        DatasetGraph quads = DatasetGraphFactory.createGeneral();
        try {
            RDFParser.source(backup).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(quads);
        } catch (RiotException e) {
            throw new FileException("HW-E055", backup, "not a readable N-Quads or TriG dump: " + e.getMessage());
        }
        store.restore(quads);
        return (int) Iter.count(Iter.filter(quads.listGraphNodes(), SummaryTable::isDocumentGraph));
    }
}
