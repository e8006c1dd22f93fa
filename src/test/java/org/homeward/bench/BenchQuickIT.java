package org.homeward.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.homeward.cli.Homeward;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The CI smoke check of the benchmarks: {@code homeward bench --quick} runs every stage and prints every
 * table. Nothing is asserted about the figures: a shared CI machine's times say nothing.
 */
class BenchQuickIT {

    private static final List<String> TABLES = List.of("### Machine", "### Extraction and mapping",
            "### N-Quads: Homeward's writing", "### Loading into TDB2", "### SPARQL over HTTP",
            "### queries past their timeout", "### serve on an existing database");

    @TempDir
    Path work;

    @Test
    void theQuickBenchmarksRunEveryStageAndPrintEveryTable() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Homeward());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int status = cli.execute("bench", "--quick", "--work", work.toString());

        assertEquals(0, status, err.toString());
        for (String table : TABLES) {
            assertTrue(out.toString().contains(table), "missing " + table + " in:\n" + out);
        }
        try (Stream<Path> queries = Files.list(Path.of("queries"))) {
            for (Path query : queries.toList()) {
                String name = query.getFileName().toString().replace(".rq", "");
                assertTrue(out.toString().contains("| " + name + " "), "no figures for query " + name + ":\n" + out);
            }
        }
    }
}
