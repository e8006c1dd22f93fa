package org.homeward.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeward bench}: the end-to-end benchmarks, and {@code --quick}, every one of them small, for CI. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {"Measures how fast Homeward extracts, writes, loads, answers and starts, against the "
                + "ceilings of Jena on the same data; prints Markdown tables with the machine and the command that "
                + "reproduces each.",
            "--quick runs every benchmark small and short (a smoke check, not a measurement)."},
        subcommands = {BenchPipelineCommand.class, BenchLoadCommand.class, BenchQueriesCommand.class,
            BenchStartupCommand.class, BenchTimeoutCommand.class})
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--quick", description = "Run every benchmark on a few hundred generated articles, in seconds.")
    private boolean quick;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where --quick writes its corpus and databases (default: a temporary directory, deleted "
                    + "afterwards).")
    private Path work;

    @Option(names = "--jar", paramLabel = "FILE", defaultValue = "target/homeward.jar",
            description = "The jar the start-up benchmark runs (default: ${DEFAULT-VALUE}; if missing, this JVM's "
                    + "class path).")
    private Path jar;

    /** Runs the quick benchmarks; without --quick, a subcommand is needed. */
    @Override
    public Integer call() throws InterruptedException {
        if (!quick) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing subcommand (pipeline, load, queries or startup) or --quick");
        }
        return BenchRunner.run(spec, "--quick", (suite, command) -> suite.quick(Optional.ofNullable(work),
                Optional.of(jar), command));
    }
}
