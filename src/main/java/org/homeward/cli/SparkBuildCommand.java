package org.homeward.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.homeward.build.BuildManifest;
import org.homeward.spark.InputFormat;
import org.homeward.spark.JobException;
import org.homeward.spark.SparkBuild;
import org.homeward.spark.SparkBuildSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeward spark-build}: the build on Apache Spark, documents in, partitioned N-Quads and a manifest out. */
@Command(
        name = "spark-build",
        mixinStandardHelpOptions = true,
        description = {"Builds documents on Apache Spark into gzipped N-Quads, one file a partition, and a "
                + "manifest.json of what each holds and why documents failed; load builds a database from them.",
            "Spark is not in homeward.jar: run it with spark-submit (README, 'Beyond one machine')."})
final class SparkBuildCommand implements Callable<Integer> {

    /** A class that every Spark distribution has. */
    private static final String SPARK = "org.apache.spark.sql.SparkSession";

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "URI",
            description = "The documents: a folder of *.txt with *.json sidecars, JSON Lines or Parquet, on any "
                    + "Hadoop file system (file:, hdfs:, s3a:).")
    private String input;

    @Option(names = "--format", paramLabel = "folder|jsonl|parquet", defaultValue = "folder",
            converter = FormatConverter.class, description = "How the documents are stored (default: ${DEFAULT-VALUE}).")
    private InputFormat format;

    @Option(names = "--output", required = true, paramLabel = "URI",
            description = "The directory to write; it must be absent or empty.")
    private String output;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "How many partitions, and so files, to build; 0 for Spark's default parallelism.")
    private int partitions;

    @Option(names = "--master", paramLabel = "URL",
            description = "The Spark master, such as local[2]; by default the one spark-submit gives.")
    private String master;

    /** Runs the job; exit status 1 if it cannot run or any document failed. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!sparkIsThere()) {
            err.println("HW-E130 Apache Spark is not on the classpath: run spark-build with spark-submit, "
                    + "or with Spark's jars on the classpath (README, 'Beyond one machine')");
            return 1;
        }
        BuildManifest manifest;
        try {
            manifest = SparkBuild.run(new SparkBuildSettings(input, format, output, partitions, master),
                    Clock.systemUTC());
        } catch (JobException e) {
            err.println(e.getMessage());
            return 1;
        }
        manifest.partitions().forEach(partition -> {
            partition.warnings().forEach(warning -> err.println("warning: " + warning));
            partition.failures().forEach(err::println);
        });
        spec.commandLine().getOut().println(manifest.summary() + " output=" + output);
        return manifest.failed() == 0 ? 0 : 1;
    }

    private boolean sparkIsThere() {
        try {
            Class.forName(SPARK, false, getClass().getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Reads an input format by its name in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            return InputFormat.of(value);
        }
    }
}
