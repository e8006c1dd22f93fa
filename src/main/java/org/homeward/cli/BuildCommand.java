package org.homeward.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.homeward.build.BuildOperation;
import org.homeward.build.BuildReport;
import org.homeward.build.SoftwareVersion;
import org.homeward.extract.RuleBasedExtractor;
import org.homeward.io.FileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeward build}: documents in, RDF dataset out, one summary line on stdout. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = "Extracts facts from news documents (*.txt with optional *.json sidecars) into an RDF dataset.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR|FILE",
            description = "A directory of *.txt documents, or one .txt document.")
    private Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "The RDF file to write: .trig or .nq. Its directory is created if missing.")
    private Path output;

    @Option(names = "--format", paramLabel = "trig|nq",
            description = "The RDF syntax, overriding the output file's extension: trig, nq or nquads.")
    private String format;

    @Option(names = "--annotations", paramLabel = "DIR",
            description = "Also write each document's annotations as DIR/<name>.json.")
    private Path annotations;

    /** Runs the build; exit status 1 if any document failed. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BuildOperation operation = new BuildOperation(
                new RuleBasedExtractor(), Clock.systemUTC(), SoftwareVersion.current());
        BuildReport report;
        try {
            report = operation.run(input, output, format, annotations);
        } catch (FileException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("HW-E021 " + output + ": cannot write: " + e.getMessage());
            return 1;
        }
        report.warnings().forEach(warning -> err.println("warning: " + warning));
        report.failures().forEach(err::println);
        spec.commandLine().getOut().println(report.summary());
        return report.failures().isEmpty() ? 0 : 1;
    }
}
