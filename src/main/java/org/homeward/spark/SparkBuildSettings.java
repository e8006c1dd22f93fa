package org.homeward.spark;

import java.util.Objects;

/**
 * What a distributed build reads and writes.
 *
 * @param input a Hadoop-compatible path of the documents ({@code file:}, {@code hdfs:}, {@code s3a:} …)
 * @param format how they are stored
 * @param output the directory to write the partitions' N-Quads and the manifest to; absent or empty
 * @param partitions how many partitions to build, or 0 for Spark's default parallelism
 * @param master the Spark master, such as {@code local[2]}, or null for the one spark-submit gives
 */
public record SparkBuildSettings(String input, InputFormat format, String output, int partitions, String master) {

    /** Requires the input, format and output, and no negative partitions. */
    public SparkBuildSettings {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(output, "output");
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be 0 (Spark's default) or more: " + partitions);
        }
    }
}
