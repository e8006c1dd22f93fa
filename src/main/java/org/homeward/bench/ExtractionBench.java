package org.homeward.bench;

import org.apache.jena.riot.system.StreamRDFLib;
import org.homeward.build.CountingStreamRDF;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import org.homeward.build.BuildOperation;
import org.homeward.build.BuildReport;
import org.homeward.extract.Extractor;
import org.homeward.io.SourceEntry;
import org.homeward.model.Document;

/**
 * Extraction alone, and extraction with mapping (the build's path up to its output stream), over documents
 * held in memory, on one or more threads that take the next document as they finish one. One pass over the
 * documents warms the JIT up before the measured pass.
 */
public final class ExtractionBench {

    private final Extractor extractor;
    private final BuildOperation build;

    /** Measures {@code extractor} alone and {@code build}, which extracts with it and maps. */
    public ExtractionBench(Extractor extractor, BuildOperation build) {
        this.extractor = extractor;
        this.build = build;
    }

    /** Extraction alone over {@code documents} on {@code threads} threads. */
    public Throughput extraction(List<Document> documents, int threads) throws InterruptedException {
        return measure("extraction", documents, threads, document -> {
            extractor.extract(document);
            return 0;
        });
    }

    /** Extraction and mapping into a stream that counts the quads, on {@code threads} threads. */
    public Throughput extractionAndMapping(List<Document> documents, int threads) throws InterruptedException {
        return measure("extraction + mapping", documents, threads, document -> {
            CountingStreamRDF sink = new CountingStreamRDF(StreamRDFLib.sinkNull());
            BuildReport report = build.exec(List.of(new SourceEntry.Loaded(Path.of(document.identifier()), document)),
                    sink, null);
            if (!report.failures().isEmpty()) {
                throw new IllegalStateException(report.failures().get(0));
            }
            return sink.count();
        });
    }

    private static Throughput measure(String stage, List<Document> documents, int threads,
            ToLongFunction<Document> work) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        pass(documents, threads, work);
        Memory.resetPeaks();
        long start = System.nanoTime();
        long quads = pass(documents, threads, work);
        long nanos = System.nanoTime() - start;
        return new Throughput(stage, threads, documents.size(), quads, nanos, Memory.peakHeapBytes());
    }

    /** Runs {@code work} on every document once, spread over the threads; returns the sum of its results. */
    private static long pass(List<Document> documents, int threads, ToLongFunction<Document> work)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<Long>> results = pool.invokeAll(Collections.nCopies(threads, () -> {
                long sum = 0;
                for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
                    sum += work.applyAsLong(documents.get(i));
                }
                return sum;
            }));
            long total = 0;
            for (Future<Long> result : results) {
                total += Futures.get(result);
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }
}
