package org.homeward.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.homeward.eval.DetailsReport;
import org.homeward.eval.EvaluationOperation;
import org.homeward.eval.EvaluationResult;
import org.homeward.eval.EvaluationSet;
import org.homeward.eval.EvaluationTable;
import org.homeward.eval.QualityFloors;
import org.homeward.extract.RuleBasedExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code homeward eval}: the extractor's precision and recall on evaluation sets with gold annotations. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Scores the extractor against gold annotations (*.gold.json) and prints precision and recall.")
final class EvalCommand implements Callable<Integer> {

    private static final Path SETS = Path.of("eval");

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..*",
            description = "Directories of *.gold.json files (default: every set under eval/).")
    private List<Path> sets = new ArrayList<>();

    @Option(names = "--documents", paramLabel = "DIR", defaultValue = "seeds",
            description = "Where to find a text that is not beside its gold file (default: ${DEFAULT-VALUE}).")
    private Path documents;

    @Option(names = "--details", description = "Also list every missed, wrong and spurious fact by document, field "
            + "and rule, and the largest classes of errors.")
    private boolean details;

    @Option(names = "--raise-floors", paramLabel = "FILE", description = "Raise the quality floors in FILE to the "
            + "figures reached where they are higher (never lowers one).")
    private Path floors;

    /** Prints the table; exit status 1 if a set could not be read completely. */
    @Override
    public Integer call() throws IOException {
        EvaluationOperation operation = new EvaluationOperation(new RuleBasedExtractor());
        PrintWriter err = spec.commandLine().getErr();
        List<EvaluationResult> results = new ArrayList<>();
        boolean complete = true;
        for (Path dir : sets.isEmpty() ? everySet() : sets) {
            try {
                EvaluationResult result = operation.run(new EvaluationSet(dir, documents));
                result.problems().forEach(err::println);
                complete &= result.problems().isEmpty();
                results.add(result);
            } catch (IOException e) {
                err.println("HW-E041 " + dir + ": evaluation set cannot be read: " + e.getMessage());
                complete = false;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(EvaluationTable.format(results));
        if (details) {
            out.println();
            out.print(DetailsReport.format(results));
        }
        out.flush();
        if (floors != null && complete) {
            QualityFloors.read(floors).raisedTo(results).write(floors);
        }
        return complete ? 0 : 1;
    }

    private static List<Path> everySet() throws IOException {
        try (Stream<Path> dirs = Files.list(SETS)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }
}
