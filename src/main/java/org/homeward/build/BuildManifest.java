package org.homeward.build;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * What a build split into partitions wrote ({@code manifest.json} beside the partitions' N-Quads files): each
 * partition's file, documents, statements, failures and warnings. It is written last, so a directory that holds
 * it holds every partition.
 *
 * @param format the manifest's format, {@value #FORMAT}
 * @param input where the documents were read
 * @param software the software and its version that built them
 * @param extractor the version of the extraction rules
 * @param documents documents mapped, over all partitions
 * @param failed documents that failed, over all partitions
 * @param quads statements written, over all partitions; each partition writes the shared descriptions once
 * @param partitions the partitions, by index
 */
public record BuildManifest(String format, String input, String software, String extractor, int documents,
        int failed, long quads, List<Partition> partitions) {

    /** The format this code writes and reads. */
    public static final String FORMAT = "homeward-partitioned-build/1";
    /** The manifest's file name in the output directory. */
    public static final String FILE = "manifest.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Copies the partitions in the order of their indexes. */
    public BuildManifest {
        partitions = partitions.stream().sorted(Comparator.comparingInt(Partition::index)).toList();
    }

    /** The manifest of {@code partitions}, with their totals. */
    public static BuildManifest of(String input, String software, String extractor, List<Partition> partitions) {
        return new BuildManifest(FORMAT, input, software, extractor,
                partitions.stream().mapToInt(Partition::documents).sum(),
                partitions.stream().mapToInt(partition -> partition.failures().size()).sum(),
                partitions.stream().mapToLong(Partition::quads).sum(), partitions);
    }

    /** The manifest in its JSON form. */
    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("a manifest is always writable as JSON", e);
        }
    }

    /** A manifest read from its JSON form; another format, or a missing field, is an error. */
    public static BuildManifest fromJson(byte[] json) throws IOException {
        BuildManifest manifest = JSON.readValue(json, BuildManifest.class);
        if (manifest == null || !FORMAT.equals(manifest.format())) {
            throw new IOException("not a manifest of the format " + FORMAT);
        }
        return manifest;
    }

    /** The one-line summary, in the words of {@link BuildReport#summary()}. */
    public String summary() {
        return "documents=" + documents + " failed=" + failed + " quads=" + quads + " partitions=" + partitions.size();
    }

    /**
     * One partition of the build.
     *
     * @param index the partition's index
     * @param file its N-Quads file, relative to the manifest
     * @param documents documents mapped into it
     * @param quads statements written to it
     * @param failures why each document that failed yielded nothing
     * @param warnings what was skipped without being an error, such as a repeated text
     */
    public record Partition(int index, String file, int documents, long quads, List<String> failures,
            List<String> warnings) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** Copies the lists. */
        public Partition {
            failures = List.copyOf(failures);
            warnings = List.copyOf(warnings);
        }

        /** The partition {@code index} that {@code report} describes, written to {@code file}. */
        public static Partition of(int index, String file, BuildReport report) {
            return new Partition(index, file, report.documents(), report.quads(), report.failures(),
                    report.warnings());
        }
    }
}
