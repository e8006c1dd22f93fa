package org.homeward.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.homeward.bench.StartupBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeward bench startup}: serve on an existing database, in a child JVM, to its first answer. */
@Command(
        name = "startup",
        mixinStandardHelpOptions = true,
        description = {"Starts java -jar homeward.jar serve on an existing database, times it to the first answered "
                + "query, and reads the child's peak resident memory; several times, one after the other."})
final class BenchStartupCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", required = true,
            description = "The data directory of the database (as serve --data), such as WORK/homeward of bench load.")
    private Path data;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Starts to time (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--jar", paramLabel = "FILE", defaultValue = "target/homeward.jar",
            description = "The jar to run (default: ${DEFAULT-VALUE}; if missing, this JVM's class path).")
    private Path jar;

    @Option(names = "--jvm-option", paramLabel = "OPTION",
            description = "An option for the child JVM, such as --jvm-option=-Xmx2g; may be repeated.")
    private List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "120",
            description = "Seconds a start may take before it counts as failed (default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    /** Runs the start-up benchmark. */
    @Override
    public Integer call() throws InterruptedException {
        StringBuilder arguments = new StringBuilder("startup --data " + data + " --runs " + runs + " --jar " + jar);
        jvmOptions.forEach(option -> arguments.append(" --jvm-option=").append(option));
        StartupBench.Settings settings = new StartupBench.Settings(data, Optional.of(jar), jvmOptions, runs,
                Duration.ofSeconds(timeoutSeconds));
        return BenchRunner.run(spec, arguments.toString(),
                (suite, command) -> List.of(suite.startup(settings, command)));
    }
}
