package org.homeward.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.homeward.io.DocumentSource;

/**
 * Reads the documents of a distributed build into rows of one shape, whatever the input's format: where the
 * document comes from, its name if a record gives one, the bytes of its text and of its sidecar, a problem that
 * makes it fail before it is read, whether it is a record (named as an upload is) and the hash of its text, by
 * which the build partitions it.
 */
final class DocumentInput {

    static final String SOURCE = "source";
    static final String NAME = "name";
    static final String TEXT = "text";
    static final String SIDECAR = "sidecar";
    static final String PROBLEM = "problem";
    static final String RECORD = "record";
    static final String SHA = "sha";

    private static final String METADATA = "metadata";
    private static final String CORRUPT = "_corrupt_record";
    private static final Set<String> RECORD_COLUMNS = Set.of(NAME, TEXT, METADATA, CORRUPT);
    private static final UserDefinedFunction IS_TEXT =
            udf((UDF1<String, Boolean>) DocumentSource::isTextName, DataTypes.BooleanType);
    private static final UserDefinedFunction IS_SIDECAR =
            udf((UDF1<String, Boolean>) DocumentSource::isSidecarName, DataTypes.BooleanType);
    private static final UserDefinedFunction TEXT_OF =
            udf((UDF1<String, String>) DocumentSource::textNameOf, DataTypes.StringType);

    private DocumentInput() {}

    /** The documents at {@code input}, stored as {@code format} says. */
    static Dataset<Row> read(SparkSession spark, String input, InputFormat format) throws JobException {
        try {
            Dataset<Row> rows = switch (format) {
                case FOLDER -> folder(spark, input);
                case JSONL -> records(spark.read().json(input), input);
                case PARQUET -> records(spark.read().parquet(input), input);
            };
            return rows.withColumn(SHA, sha2(col(TEXT), 256));
        } catch (Exception e) {
            // Spark's Scala methods declare no exceptions, so its checked AnalysisException is caught this way.
            if (e instanceof AnalysisException) {
                throw new JobException("HW-E132", input, "cannot read the input: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** Every text with its sidecar, and every sidecar without a text (an error of its own, as on one machine). */
    private static Dataset<Row> folder(SparkSession spark, String input) throws JobException {
        Dataset<Row> files = spark.read().format("binaryFile").load(input);
        Dataset<Row> texts = files.filter(IS_TEXT.apply(col("path")))
                .select(col("path").as(SOURCE), col("content").as(TEXT));
        Dataset<Row> sidecars = files.filter(IS_SIDECAR.apply(col("path")))
                .select(TEXT_OF.apply(col("path")).as("of"), col("path").as("sidecarPath"), col("content").as(SIDECAR));
        if (texts.isEmpty()) {
            throw new JobException("HW-E132", input, "directory contains no .txt documents");
        }
        return texts.join(sidecars, texts.col(SOURCE).equalTo(sidecars.col("of")), "full_outer")
                .select(coalesce(col(SOURCE), col("sidecarPath")).as(SOURCE), lit(null).cast("string").as(NAME),
                        col(TEXT), col(SIDECAR), lit(null).cast("string").as(PROBLEM), lit(false).as(RECORD));
    }

    /** Records of JSON Lines or Parquet: {@code text}, and optionally {@code name} and {@code metadata}. */
    private static Dataset<Row> records(Dataset<Row> records, String input) throws JobException {
        List<String> columns = Arrays.asList(records.columns());
        List<String> unknown = columns.stream().filter(column -> !RECORD_COLUMNS.contains(column)).toList();
        if (!unknown.isEmpty() || !columns.contains(TEXT)) {
            throw new JobException("HW-E132", input, "records need a column 'text' and may have 'name' and 'metadata'"
                    + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown)));
        }
        Column text = col(TEXT).cast("binary");
        Column problem = lit(null).cast("string");
        if (columns.contains(CORRUPT)) {
            problem = when(col(CORRUPT).isNotNull(), concat(lit("HW-E131 "), input_file_name(),
                    lit(": a line is not a JSON object: "), substring(col(CORRUPT), 1, 80)));
        }
        problem = when(problem.isNull().and(col(TEXT).isNull()),
                concat(lit("HW-E131 "), input_file_name(), lit(": a record has no text"))).otherwise(problem);
        return records.select(input_file_name().as(SOURCE), nameOf(columns), text.as(TEXT),
                metadataOf(records.schema()).cast("binary").as(SIDECAR), problem.as(PROBLEM), lit(true).as(RECORD));
    }

    private static Column nameOf(List<String> columns) {
        return (columns.contains(NAME) ? col(NAME).cast("string") : lit(null).cast("string")).as(NAME);
    }

    /** The sidecar JSON of a record: its {@code metadata} as given, or made JSON if it is a struct. */
    private static Column metadataOf(StructType schema) {
        if (!Arrays.asList(schema.fieldNames()).contains(METADATA)) {
            return lit(null).cast("string");
        }
        boolean struct = schema.apply(METADATA).dataType() instanceof StructType;
        return struct ? to_json(col(METADATA)) : col(METADATA).cast("string");
    }
}
