package org.homeward.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.homeward.build.BuildOperation;
import org.homeward.extract.RuleBasedExtractor;

/** The build the store and server tests share: the real extractor, a fixed clock, version "test". */
public final class Fixtures {

    /** The documents the project started from. */
    public static final Path SEEDS = Path.of("seeds");

    /** When every test extraction runs, as the query fixtures expect it. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {}

    /** A build with the real extractor, dated by {@link #CLOCK}, recording software version "test". */
    public static BuildOperation build() {
        return new BuildOperation(new RuleBasedExtractor(), CLOCK, "test");
    }
}
