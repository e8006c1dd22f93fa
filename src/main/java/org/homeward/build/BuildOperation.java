package org.homeward.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.jena.riot.lang.CollectorStreamRDF;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.homeward.extract.Extractor;
import org.homeward.extract.TextHash;
import org.homeward.io.AnnotationJson;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.homeward.io.RdfSinks;
import org.homeward.io.SourceEntry;
import org.homeward.map.AnnotationMapper;
import org.homeward.map.ResourceIris;
import org.homeward.map.MappingException;
import org.homeward.model.Document;
import org.homeward.model.DocumentAnnotations;
import org.homeward.model.ExtractionRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the knowledge graph of a batch of documents: reads them, extracts their annotations, records the
 * extraction run, optionally saves the annotations, and maps them to quads. A document that fails is
 * reported and the batch goes on.
 */
public final class BuildOperation {

    private static final Logger LOG = LoggerFactory.getLogger(BuildOperation.class);
    private static final String SOFTWARE = "Homeward";

    private final Extractor extractor;
    private final Clock clock;
    private final String softwareVersion;
    private final int threads;
    private final UnaryOperator<List<Quad>> derived;
    private final AnnotationMapper mapper = new AnnotationMapper();

    /**
     * An operation that extracts with {@code extractor}, on as many threads as there are cores, and dates each
     * extraction run by {@code clock}.
     */
    public BuildOperation(Extractor extractor, Clock clock, String softwareVersion) {
        this(extractor, clock, softwareVersion, Runtime.getRuntime().availableProcessors());
    }

    /** An operation that extracts and maps on {@code threads} threads; the extractor must be thread-safe. */
    public BuildOperation(Extractor extractor, Clock clock, String softwareVersion, int threads) {
        this(extractor, clock, softwareVersion, threads, null);
    }

    private BuildOperation(Extractor extractor, Clock clock, String softwareVersion, int threads,
            UnaryOperator<List<Quad>> derived) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.softwareVersion = Objects.requireNonNull(softwareVersion, "softwareVersion");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        this.derived = derived;
    }

    /**
     * This build, with {@code derived} making more quads from each document's quads, on the worker threads
     * beside extraction and mapping; they follow the document's own. {@code derived} must be thread-safe.
     */
    public BuildOperation deriving(UnaryOperator<List<Quad>> derived) {
        return new BuildOperation(extractor, clock, softwareVersion, threads, Objects.requireNonNull(derived));
    }

    /** Builds the documents under {@code input} into {@code output}; {@code format} and {@code annotations} may be null. */
    public BuildReport run(Path input, Path output, String format, Path annotations)
            throws FileException, IOException {
        List<SourceEntry> entries = DocumentSource.read(input);
        if (annotations != null) {
            prepareAnnotationDirectory(annotations, input);
        }
        try (RdfSinks.RdfFile file = RdfSinks.open(output, format)) {
            return exec(entries, file.stream(), annotations);
        }
    }

    /**
     * Builds documents already read into a started stream, and their annotation files unless that is null.
     * Documents are extracted and mapped on the operation's threads, and their quads reach {@code sink} on the
     * caller's thread, document by document in the order of {@code entries}: the output does not depend on the
     * number of threads, and a sink bound to the caller's transaction keeps working.
     */
    public BuildReport exec(List<SourceEntry> entries, StreamRDF sink, Path annotations) {
        CountingStreamRDF counted = new CountingStreamRDF(sink);
        StreamRDF distinct = new SharedDescriptions(counted, Set.of(ResourceIris.software()));
        Tally tally = new Tally();
        Map<String, Path> firstFileOfText = new HashMap<>();
        try (InOrder<Outcome> documents = new InOrder<>(entries.size() > 1 ? threads : 1,
                outcome -> outcome.record(distinct, tally))) {
            for (SourceEntry entry : entries) {
                if (entry instanceof SourceEntry.Failed failed) {
                    documents.add(Outcome.failed(List.of(), failed.message()));
                } else if (entry instanceof SourceEntry.Loaded loaded) {
                    Path first = firstFileOfText.putIfAbsent(TextHash.sha256(loaded.document().text()),
                            loaded.file());
                    if (first != null) {
                        documents.add(Outcome.skipped("HW-E010 " + loaded.file() + ": same text as " + first
                                + "; skipped"));
                    } else {
                        documents.submit(() -> build(loaded, annotations));
                    }
                }
            }
            documents.finish();
        }
        return tally.report(counted.count());
    }

    /** Extracts and maps one document; pure but for its annotation file, so it may run on any thread. */
    private Outcome build(SourceEntry.Loaded loaded, Path annotationsDir) {
        Path file = loaded.file();
        DocumentAnnotations annotations;
        try {
            annotations = extract(loaded.document());
        } catch (RuntimeException e) {
            return Outcome.failed(List.of(), "HW-E011 " + file + ": extraction failed: " + e);
        }
        List<String> warnings = annotations.warnings();
        try {
            if (annotationsDir != null) {
                AnnotationJson.write(annotations, annotationsDir.resolve(annotationFileName(file)));
            }
            List<Quad> quads = map(annotations);
            if (derived != null) {
                quads = new ArrayList<>(quads);
                quads.addAll(derived.apply(List.copyOf(quads)));
            }
            LOG.debug("{}: {} quads", file, quads.size());
            return new Outcome(warnings, null, annotations, quads);
        } catch (MappingException e) {
            return Outcome.failed(warnings, e.getMessage());
        } catch (IOException e) {
            return Outcome.failed(warnings, "HW-E013 " + file + ": cannot write its annotations: " + e.getMessage());
        } catch (RuntimeException e) {
            return Outcome.failed(warnings, "HW-E012 " + file + ": mapping failed: " + e);
        }
    }

    /**
     * What became of one document: its warnings, and either why it failed or its annotations and quads.
     * Recorded on the caller's thread, in the order of the batch.
     */
    private record Outcome(List<String> warnings, String failure, DocumentAnnotations annotations, List<Quad> quads) {

        static Outcome failed(List<String> warnings, String failure) {
            return new Outcome(warnings, failure, null, List.of());
        }

        static Outcome skipped(String warning) {
            return new Outcome(List.of(warning), null, null, List.of());
        }

        void record(StreamRDF sink, Tally tally) {
            warnings.forEach(tally::warn);
            if (failure != null) {
                tally.fail(failure);
            } else if (annotations != null) {
                quads.forEach(sink::quad);
                tally.mapped(annotations);
            }
        }
    }

    /** Creates the directory; refuses the input directory, whose sidecars the annotation files would replace. */
    private static void prepareAnnotationDirectory(Path annotations, Path input) throws FileException {
        Path inputDirectory = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
        boolean isInput;
        try {
            Files.createDirectories(annotations);
            isInput = Files.isSameFile(annotations, inputDirectory);
        } catch (IOException e) {
            throw new FileException("HW-E013", annotations, "cannot create annotation directory: " + e.getMessage());
        }
        if (isInput) {
            throw new FileException("HW-E014", annotations,
                    "annotation directory is the input directory; its files would replace the sidecars");
        }
    }

    private DocumentAnnotations extract(Document document) {
        String startedAt = clock.instant().toString();
        DocumentAnnotations annotations = extractor.extract(document);
        String endedAt = clock.instant().toString();
        return annotations.withRun(
                new ExtractionRun(SOFTWARE, softwareVersion, extractor.version(), startedAt, endedAt));
    }

    /** The document's quads, all or nothing: a document that fails halfway leaves no trace in the output. */
    private List<Quad> map(DocumentAnnotations annotations) {
        CollectorStreamRDF collector = new CollectorStreamRDF();
        mapper.map(annotations, collector);
        return collector.getQuads();
    }

    private static String annotationFileName(Path text) {
        String name = text.getFileName().toString();
        return name.substring(0, name.length() - ".txt".length()) + ".json";
    }
}
