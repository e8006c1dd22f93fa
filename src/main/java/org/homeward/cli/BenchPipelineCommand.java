package org.homeward.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeward bench pipeline}: extraction, mapping and N-Quads writing in process. */
@Command(
        name = "pipeline",
        mixinStandardHelpOptions = true,
        description = {"Extraction alone and with mapping on each number of threads, then writing the quads as "
                + "N-Quads against Jena RIOT's own write and parse of the same quads.",
            "For warmed-up figures use the JMH benchmarks (BENCHMARKS.md)."})
final class BenchPipelineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "1000",
            description = "Generated articles, held in memory (default: ${DEFAULT-VALUE}).")
    private int docs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The corpus seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", paramLabel = "N,N", split = ",", defaultValue = "1,2",
            description = "The numbers of threads (default: ${DEFAULT-VALUE}).")
    private List<Integer> threads;

    @Option(names = "--work", paramLabel = "DIR", required = true,
            description = "A scratch directory for the N-Quads files.")
    private Path work;

    @Option(names = "--texts", paramLabel = "DIR", split = ",",
            description = "Directories of real articles (*.txt) whose parse share is measured too, e.g. the evaluation sets.")
    private List<Path> texts = List.of();

    /** Runs the pipeline benchmarks. */
    @Override
    public Integer call() throws InterruptedException {
        String arguments = "pipeline --docs " + docs + " --seed " + seed + " --threads "
                + String.join(",", threads.stream().map(String::valueOf).toList()) + " --work " + work
                + (texts.isEmpty() ? "" : " --texts " + String.join(",", texts.stream().map(Path::toString).toList()));
        return BenchRunner.run(spec, arguments,
                (suite, command) -> suite.pipeline(seed, docs, threads, work, texts, command));
    }
}
