package org.homeward.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.homeward.eval.EvaluationOperation;
import org.homeward.eval.EvaluationResult;
import org.homeward.eval.EvaluationSet;
import org.homeward.eval.EvaluationTable;
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

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..*",
            description = "Directories of *.gold.json files (default: eval/seeds eval/dev eval/test).")
    private List<Path> sets = new ArrayList<>(List.of(Path.of("eval/seeds"), Path.of("eval/dev"), Path.of("eval/test")));

    @Option(names = "--documents", paramLabel = "DIR", defaultValue = "seeds",
            description = "Where to find a text that is not beside its gold file (default: ${DEFAULT-VALUE}).")
    private Path documents;

    /** Prints the table; exit status 1 if a set could not be read completely. */
    @Override
    public Integer call() {
        EvaluationOperation operation = new EvaluationOperation(new RuleBasedExtractor());
        List<EvaluationResult> results = new ArrayList<>();
        boolean complete = true;
        for (Path dir : sets) {
            try {
                EvaluationResult result = operation.run(new EvaluationSet(dir, documents));
                result.problems().forEach(spec.commandLine().getErr()::println);
                complete &= result.problems().isEmpty();
                results.add(result);
            } catch (IOException e) {
                spec.commandLine().getErr().println("HW-E041 " + dir + ": evaluation set cannot be read: " + e.getMessage());
                complete = false;
            }
        }
        spec.commandLine().getOut().print(EvaluationTable.format(results));
        spec.commandLine().getOut().flush();
        return complete ? 0 : 1;
    }
}
