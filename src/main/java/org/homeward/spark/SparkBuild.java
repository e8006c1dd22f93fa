package org.homeward.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.homeward.build.BuildManifest;
import org.homeward.build.SoftwareVersion;
import org.homeward.extract.RuleBasedExtractor;

/**
 * {@code homeward spark-build}: the one-machine build, split over a Spark cluster. Documents are spread over the
 * partitions by the hash of their text, so that copies of one text meet in one partition, where the first by
 * name is built and the others are skipped, as on one machine; no partition needs another to name a resource,
 * since every IRI is a function of content alone. Each partition is built by {@link PartitionBuild} into its own
 * N-Quads file, and the manifest records what each holds and why documents failed; a document that fails never
 * fails the job.
 *
 * <pre>{@code
 * BuildManifest manifest = SparkBuild.run(new SparkBuildSettings(
 *         "corpus", InputFormat.FOLDER, "out/spark", 0, "local[2]"), Clock.systemUTC());
 * }</pre>
 */
public final class SparkBuild {

    private SparkBuild() {}

    /** Runs the build on a session of its own, stopped at the end; {@code clock} dates the extraction runs. */
    public static BuildManifest run(SparkBuildSettings settings, Clock clock) throws JobException {
        SparkSession spark = Sessions.start(settings.master());
        try {
            return run(spark, settings, clock);
        } finally {
            spark.stop();
        }
    }

    /** Runs the build on {@code spark}. */
    public static BuildManifest run(SparkSession spark, SparkBuildSettings settings, Clock clock) throws JobException {
        try {
            OutputDirectory output = new OutputDirectory(settings.output(), spark.sparkContext().hadoopConfiguration());
            output.requireEmpty();
            Dataset<Row> documents = DocumentInput.read(spark, settings.input(), settings.format());
            int partitions = settings.partitions() > 0 ? settings.partitions() : spark.sparkContext().defaultParallelism();
            PartitionBuild build = new PartitionBuild(settings.output(),
                    SerializableConfiguration.broadcast(spark.sparkContext()), clock, SoftwareVersion.current());
            List<BuildManifest.Partition> built = documents
                    .repartition(partitions, col(DocumentInput.SHA))
                    .sortWithinPartitions(DocumentInput.SHA, DocumentInput.SOURCE, DocumentInput.NAME)
                    .javaRDD()
                    .mapPartitionsWithIndex(build, false)
                    .collect();
            BuildManifest manifest = BuildManifest.of(settings.input(), "Homeward " + SoftwareVersion.current(),
                    RuleBasedExtractor.VERSION, built);
            output.finish(manifest);
            return manifest;
        } catch (IOException e) {
            throw new JobException("HW-E133", settings.output(), "cannot write the output: " + e.getMessage(), e);
        } catch (Exception e) {
            if (e instanceof SparkException) {
                throw new JobException("HW-E137", settings.input(), "the job failed: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** Sessions as this build wants them. */
    static final class Sessions {

        private Sessions() {}

        /**
         * A session on {@code master} (null: the one spark-submit gives). A local one listens on loopback only,
         * without the web UI; a cluster's driver must be reachable, so its addresses are left to the cluster.
         */
        static SparkSession start(String master) {
            SparkSession.Builder builder = SparkSession.builder().appName("homeward spark-build");
            if (master != null) {
                builder.master(master);
            }
            if (master != null && master.startsWith("local")) {
                builder.config("spark.driver.host", "127.0.0.1")
                        .config("spark.driver.bindAddress", "127.0.0.1")
                        .config("spark.ui.enabled", false);
            }
            return builder.getOrCreate();
        }
    }
}
