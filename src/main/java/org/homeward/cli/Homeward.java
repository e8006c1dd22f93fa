package org.homeward.cli;

import org.homeward.build.SoftwareVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code homeward} command: builds and checks the knowledge graph of repatriations reported in the news. */
@Command(
        name = "homeward",
        mixinStandardHelpOptions = true,
        versionProvider = Homeward.Version.class,
        description = "Builds and serves a provenance-first knowledge graph of repatriations and returns from news "
                + "reports.",
        subcommands = {ServeCommand.class, BuildCommand.class, IngestCommand.class, ValidateCommand.class,
            EvalCommand.class, CompactCommand.class, SummariseCommand.class, DumpCommand.class, ExportCommand.class,
            GenCorpusCommand.class, BenchCommand.class, SparkBuildCommand.class, LoadCommand.class})
public final class Homeward implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new Homeward()).execute(args));
    }

    /** Without a subcommand there is nothing to do: show the usage. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: serve, build, ingest, validate, eval, compact, dump, export, gen-corpus, bench, "
                        + "spark-build or load");
    }

    /** The version the packaged jar's manifest states. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"homeward " + SoftwareVersion.current()};
        }
    }
}
