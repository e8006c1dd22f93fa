package org.homeward.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.lang.CollectorStreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.homeward.corpus.CorpusGenerator;
import org.homeward.corpus.CorpusWriter;
import org.homeward.extract.RuleBasedExtractor;
import org.homeward.io.DocumentSource;
import org.homeward.io.SourceEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building on several threads gives exactly what one thread gives: the same quads in the same order. */
class ParallelBuildTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void threadsChangeNothingInTheOutputOrTheReport() throws Exception {
        Path corpus = dir.resolve("corpus");
        CorpusWriter.write(CorpusGenerator.of(7), 40, corpus);
        // A repeated text and an unreadable file, so that warnings and failures keep their places too.
        Files.copy(corpus.resolve(CorpusGenerator.of(7).article(0).identifier()), corpus.resolve("zz-repeat.txt"));
        Files.write(corpus.resolve("zz-broken.txt"), new byte[] {(byte) 0xC3});
        List<SourceEntry> entries = DocumentSource.read(corpus);

        Build one = build(entries, 1);
        Build four = build(entries, 4);

        assertEquals(one.quads(), four.quads());
        assertEquals(one.report(), four.report());
        assertEquals(1, four.report().failures().size());
        assertTrue(four.report().warnings().stream().anyMatch(warning -> warning.startsWith("HW-E010")));
    }

    private static Build build(List<SourceEntry> entries, int threads) {
        CollectorStreamRDF collector = new CollectorStreamRDF();
        BuildReport report = new BuildOperation(new RuleBasedExtractor(), CLOCK, "test", threads)
                .exec(entries, collector, null);
        return new Build(new ArrayList<>(collector.getQuads()), report);
    }

    private record Build(List<Quad> quads, BuildReport report) {}
}
