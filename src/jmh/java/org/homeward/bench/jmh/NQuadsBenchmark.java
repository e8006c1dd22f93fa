package org.homeward.bench.jmh;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.homeward.extract.RuleBasedExtractor;
import org.homeward.io.FileException;
import org.homeward.io.RdfSinks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing Homeward's quads as N-Quads the way {@code build} writes them, against Jena RIOT's own N-Quads writer
 * and parser on the same quads, to and from files of the same directory. One operation is the whole set of
 * quads; the {@code quads} counter gives quads per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class NQuadsBenchmark {

    private List<Quad> quads;
    private Path directory;
    private Path riotFile;

    /** Builds the quads of the generated documents, and the file the parser reads. */
    @Setup
    public void setUp() throws IOException {
        quads = Corpus.quads(Corpus.build(new RuleBasedExtractor()), Corpus.documents());
        directory = Files.createTempDirectory("homeward-jmh");
        riotFile = directory.resolve("riot.nq");
        riotWrite(new QuadCounter());
    }

    /** Deletes the files. */
    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }

    /** Homeward's writing: the stream {@code build --output FILE.nq} writes to. */
    @Benchmark
    public void homewardWrite(QuadCounter counter) throws FileException, IOException {
        try (RdfSinks.RdfFile out = RdfSinks.open(directory.resolve("homeward.nq"), "nq")) {
            quads.forEach(out.stream()::quad);
        }
        counter.quads += quads.size();
    }

    /** RIOT's own N-Quads writer. */
    @Benchmark
    public void riotWrite(QuadCounter counter) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(riotFile))) {
            RDFDataMgr.writeQuads(out, quads.iterator());
        }
        counter.quads += quads.size();
    }

    /** RIOT's own N-Quads parser, into a stream that counts. */
    @Benchmark
    public long riotParse(QuadCounter counter) {
        StreamRDFCounting sink = StreamRDFLib.count();
        RDFParser.source(riotFile).lang(Lang.NQUADS).parse(sink);
        counter.quads += sink.count();
        return sink.count();
    }
}
