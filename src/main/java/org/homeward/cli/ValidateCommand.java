package org.homeward.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.homeward.io.FileException;
import org.homeward.validate.ReportLines;
import org.homeward.validate.ShaclValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code homeward validate}: checks an RDF file against the Homeward SHACL shapes. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Checks an RDF file (TriG, N-Quads, Turtle) against the Homeward SHACL shapes.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the data conforms", "1:the data has violations", "2:the file cannot be read"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The RDF file to check.")
    private Path file;

    /** Prints the report; exit status 1 on violations, 2 if the file cannot be read. */
    @Override
    public Integer call() {
        ValidationReport report;
        try {
            report = ShaclValidation.withProjectShapes().validate(file);
        } catch (FileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (report.conforms()) {
            out.println(file + ": conforms");
            return 0;
        }
        out.println(file + ": " + report.getEntries().size() + " results");
        ReportLines.of(report).forEach(out::println);
        return ReportLines.hasViolations(report) ? 1 : 0;
    }
}
