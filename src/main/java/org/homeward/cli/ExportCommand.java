package org.homeward.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.homeward.build.BuildOperation;
import org.homeward.build.BuildReport;
import org.homeward.build.SoftwareVersion;
import org.homeward.export.ExportFormat;
import org.homeward.export.ExportOperation;
import org.homeward.extract.RuleBasedExtractor;
import org.homeward.io.FileException;
import org.homeward.server.ServeOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeward export}: the graph of a database, or of documents, as RDF, a graph tool's file or a table. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {"Writes the knowledge graph of the database (or, with --input, of documents built for the "
                + "purpose) to a file: RDF (ttl, trig, nq, jsonld, rdfxml), a graph for Gephi, yEd, Cytoscape or "
                + "Graphviz (graphml, gexf, cyjs, dot), or the table of statistics (csv)."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "The file to write; its directory is created if missing.")
    private Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "ttl, trig, nq, jsonld, rdfxml, graphml, gexf, cyjs, dot or csv; else by the extension.")
    private String format;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The data directory that serve uses (default: ${DEFAULT-VALUE}); not while it serves.")
    private Path data;

    @Option(names = "--input", paramLabel = "DIR|FILE",
            description = "Build these documents in memory and export them, instead of the database.")
    private Path input;

    /** Exports; exit status 1 if a document failed or the database or the file cannot be used. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExportOperation operation = new ExportOperation(new BuildOperation(
                new RuleBasedExtractor(), Clock.systemUTC(), SoftwareVersion.current()));
        try {
            ExportFormat exportFormat = ExportOperation.formatFor(output, format);
            if (input == null) {
                operation.exportDatabase(data.resolve(ServeOperation.DATABASE), exportFormat, output);
                spec.commandLine().getOut().println("exported " + data + " as " + exportFormat.formatName()
                        + " to " + output);
                return 0;
            }
            BuildReport report = operation.exportDocuments(input, exportFormat, output);
            report.warnings().forEach(warning -> err.println("warning: " + warning));
            report.failures().forEach(err::println);
            spec.commandLine().getOut().println(report.summary());
            return report.failures().isEmpty() ? 0 : 1;
        } catch (FileException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
