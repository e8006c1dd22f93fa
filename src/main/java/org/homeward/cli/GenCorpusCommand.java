package org.homeward.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.homeward.corpus.CorpusGenerator;
import org.homeward.corpus.CorpusSummary;
import org.homeward.corpus.CorpusWriter;
import org.homeward.io.FileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeward gen-corpus}: a deterministic synthetic corpus of news articles, for benchmarks. */
@Command(
        name = "gen-corpus",
        mixinStandardHelpOptions = true,
        description = {"Writes N synthetic news articles about repatriations (*.txt, most with a *.json sidecar) "
                + "into an empty or new directory. The same seed gives the same articles.",
            "They exist to measure speed and scale, not extraction quality."})
final class GenCorpusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--docs", paramLabel = "N", required = true, description = "How many articles.")
    private int docs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--output", paramLabel = "DIR", required = true,
            description = "The directory to write into; created if missing, and it must hold no .txt yet.")
    private Path output;

    /** Writes the corpus and prints what it holds. */
    @Override
    public Integer call() {
        if (docs < 0 || docs > CorpusGenerator.MAX_INDEX + 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--docs must be between 0 and " + (CorpusGenerator.MAX_INDEX + 1) + ": " + docs);
        }
        CorpusSummary summary;
        try {
            summary = CorpusWriter.write(CorpusGenerator.of(seed), docs, output);
        } catch (FileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().println("documents=" + summary.documents() + " words=" + summary.words()
                + " characters=" + summary.characters() + " output=" + output);
        return 0;
    }
}
