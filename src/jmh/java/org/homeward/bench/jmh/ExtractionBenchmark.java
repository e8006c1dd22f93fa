package org.homeward.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.homeward.build.BuildOperation;
import org.homeward.build.BuildReport;
import org.homeward.extract.RuleBasedExtractor;
import org.homeward.model.Document;
import org.homeward.model.DocumentAnnotations;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Documents per second through extraction alone and through extraction and mapping (the build's path up to
 * its output stream), each thread cycling through the same generated articles. Run with {@code -t 1} and
 * {@code -t 2} for one and two threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class ExtractionBenchmark {

    private List<Document> documents;
    private RuleBasedExtractor extractor;
    private BuildOperation build;

    /** Each thread's place in the documents. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        Document next(List<Document> documents) {
            Document document = documents.get(next);
            next = (next + 1) % documents.size();
            return document;
        }
    }

    /** Generates the documents and the extractor once for the whole run. */
    @Setup
    public void setUp() {
        documents = Corpus.documents();
        extractor = new RuleBasedExtractor();
        build = Corpus.build(extractor);
    }

    /** One document through the extractor. */
    @Benchmark
    public DocumentAnnotations extraction(Cursor cursor) {
        return extractor.extract(cursor.next(documents));
    }

    /** One document through extraction and mapping, into a stream that counts its quads. */
    @Benchmark
    public BuildReport extractionAndMapping(Cursor cursor, QuadCounter counter) {
        StreamRDFCounting sink = StreamRDFLib.count();
        BuildReport report = build.exec(List.of(Corpus.entry(cursor.next(documents))), sink, null);
        counter.quads += sink.count();
        return report;
    }
}
