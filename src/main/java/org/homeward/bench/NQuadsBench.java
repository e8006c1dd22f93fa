package org.homeward.bench;

import org.apache.jena.riot.system.StreamRDFLib;
import org.homeward.build.CountingStreamRDF;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.homeward.io.FileException;
import org.homeward.io.RdfSinks;

/**
 * Writing Homeward's quads as N-Quads, the way {@code build --output FILE.nq} writes them, against the
 * ceilings of the platform: Jena RIOT's own N-Quads writer and parser on the same quads, to and from files
 * in the same directory. Each is run {@code repeats} times after one warm-up run, and the fastest run counts:
 * the others differ by what the JIT and the garbage collector did, not by the code.
 */
public final class NQuadsBench {

    private final Path directory;
    private final int repeats;

    /** Writes its files in {@code directory}; measures each stage {@code repeats} times. */
    public NQuadsBench(Path directory, int repeats) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1: " + repeats);
        }
        this.directory = directory;
        this.repeats = repeats;
    }

    /** The three stages on {@code quads}: Homeward's write, RIOT's write, RIOT's parse. */
    public List<Throughput> run(List<Quad> quads) throws IOException {
        Files.createDirectories(directory);
        Path homewardFile = directory.resolve("homeward-write.nq");
        Path riotFile = directory.resolve("riot-write.nq");
        Throughput homeward = fastest("Homeward write (build's N-Quads output)", quads.size(),
                () -> homewardWrite(quads, homewardFile));
        Throughput riot = fastest("RIOT write (RDFDataMgr.writeQuads)", quads.size(), () -> riotWrite(quads, riotFile));
        Throughput parse = fastest("RIOT parse (RDFParser, N-Quads)", quads.size(), () -> riotParse(riotFile));
        return List.of(homeward, riot, parse);
    }

    private Throughput fastest(String stage, long quads, Runnable run) {
        run.run();
        long best = Long.MAX_VALUE;
        Memory.resetPeaks();
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            run.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return new Throughput(stage, 1, 0, quads, best, Memory.peakHeapBytes());
    }

    private static void homewardWrite(List<Quad> quads, Path file) {
        try (RdfSinks.RdfFile out = RdfSinks.open(file, "nq")) {
            quads.forEach(out.stream()::quad);
        } catch (FileException | IOException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }

    private static void riotWrite(List<Quad> quads, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            RDFDataMgr.writeQuads(out, quads.iterator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void riotParse(Path file) {
        CountingStreamRDF sink = new CountingStreamRDF(StreamRDFLib.sinkNull());
        RDFParser.source(file).lang(Lang.NQUADS).parse(sink);
        if (sink.count() == 0) {
            throw new IllegalStateException(file + ": parsed no quads");
        }
    }
}
