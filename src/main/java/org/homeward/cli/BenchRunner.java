package org.homeward.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.homeward.bench.BenchException;
import org.homeward.bench.BenchSuite;
import org.homeward.bench.BenchTables;
import org.homeward.bench.Machine;
import org.homeward.bench.Table;
import org.homeward.build.BuildOperation;
import org.homeward.build.SoftwareVersion;
import org.homeward.extract.RuleBasedExtractor;
import org.homeward.io.FileException;
import org.homeward.server.ServerStartException;
import picocli.CommandLine.Model.CommandSpec;

/** What every {@code bench} command shares: the suite, progress on stderr, the tables on stdout, the errors. */
final class BenchRunner {

    /** One benchmark run, from the suite to its tables. */
    @FunctionalInterface
    interface Run {
        List<Table> apply(BenchSuite suite, String command)
                throws FileException, BenchException, ServerStartException, IOException,
                InterruptedException;
    }

    private BenchRunner() {}

    /** Runs the benchmark and prints the machine's table and its own; exit status 1 if it cannot run. */
    static int run(CommandSpec spec, String arguments, Run run) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleBasedExtractor extractor = new RuleBasedExtractor();
        BenchSuite suite = new BenchSuite(extractor,
                new BuildOperation(extractor, Clock.systemUTC(), SoftwareVersion.current()),
                step -> {
                    err.println("bench: " + step);
                    err.flush();
                });
        String command = command(arguments);
        List<Table> tables = new ArrayList<>();
        Machine atStart = Machine.current();
        try {
            tables.addAll(run.apply(suite, command));
            tables.add(0, BenchTables.machine(atStart, Machine.current(), command));
        } catch (FileException | BenchException | ServerStartException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("HW-E081 cannot read or write the benchmark's files: " + e.getMessage());
            return 1;
        }
        tables.forEach(table -> out.println(table.render()));
        out.flush();
        return 0;
    }

    /** The command line that reproduces a table, with this JVM's heap and GC options. */
    private static String command(String arguments) {
        String jvm = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-Xm") || option.startsWith("-XX:+Use"))
                .collect(Collectors.joining(" "));
        return "java " + (jvm.isEmpty() ? "" : jvm + " ") + "-jar target/homeward.jar bench " + arguments;
    }
}
