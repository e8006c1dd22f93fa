package org.homeward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CommandLineTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Homeward());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"build", "validate"})
    void everyCommandExplainsItself(String command) {
        assertEquals(0, run(command, "--help"));
        assertTrue(out.toString().startsWith("Usage: homeward " + command), out.toString());
    }

    @Test
    void aBatchWithABadDocumentBuildsTheRestAndFails() throws IOException {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("good.txt"), "Officials said 40 children were repatriated from Syria to "
                + "Kosovo on Monday, and the ministry said more would follow in the coming weeks as the camps empty.");
        Files.writeString(input.resolve("bad.txt"), "A text with a broken sidecar.");
        Files.writeString(input.resolve("bad.json"), "{ \"publisher\": ");
        Path output = dir.resolve("out/graph.nq");

        int status = run("build", "--input", input.toString(), "--output", output.toString());

        assertEquals(1, status);
        assertTrue(err.toString().contains("HW-E002") && err.toString().contains("bad.json"), err.toString());
        assertTrue(out.toString().startsWith("documents=1 failed=1 "), out.toString());
        assertTrue(Files.size(output) > 0);
    }

    @Test
    void validateReportsViolationsWithItsExitStatus() throws IOException {
        Path data = dir.resolve("bad.ttl");
        Files.writeString(data, "<https://example.org/s> a <https://w3id.org/homeward/ontology#ReturnStatistic> .");

        assertEquals(1, run("validate", data.toString()));
        assertTrue(out.toString().contains("hw:value") || out.toString().contains("ontology#value"), out.toString());
    }

    @Test
    void validateNamesAFileItCannotRead() {
        assertEquals(2, run("validate", dir.resolve("missing.trig").toString()));
        assertTrue(err.toString().contains("missing.trig"), err.toString());
    }
}
