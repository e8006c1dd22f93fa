package org.homeward.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The competency questions of {@code queries/}, as the build packs them on the classpath under
 * {@value #RESOURCE}, read from a directory or from the jar alike.
 */
public final class CompetencyQueries {

    static final String RESOURCE = "org/homeward/queries/";

    private static final String QUESTION = "# Question: ";

    private CompetencyQueries() {}

    /** One query: its file name without {@code .rq}, the question it answers, and its text. */
    public record Example(String name, String question, String text) {

        /** Whether the query gives its answer in pages: it holds a {@code LIMIT n OFFSET m}. */
        public boolean isPaged() {
            return PAGE.matcher(text).find();
        }

        /** The query with its first {@code LIMIT n OFFSET m} moved to {@code offset}; the same text if it has none. */
        public String page(long offset) {
            Matcher page = PAGE.matcher(text);
            return page.find() ? text.substring(0, page.start()) + "LIMIT " + page.group(1) + " OFFSET " + offset
                    + text.substring(page.end()) : text;
        }

        /** The number of rows of a page, or 0 if the query has no pages. */
        public long pageSize() {
            Matcher page = PAGE.matcher(text);
            return page.find() ? Long.parseLong(page.group(1)) : 0;
        }
    }

    /** A page of a report: the rows it takes and how many it skips. */
    private static final Pattern PAGE = Pattern.compile("LIMIT\\s+(\\d+)\\s+OFFSET\\s+(\\d+)");

    /** Every query, sorted by file name. */
    public static List<Example> load() {
        Map<String, Example> examples = new TreeMap<>();
        try {
            // Every place on the classpath with this package: the test classes share it, without queries.
            for (URL folder : Collections.list(CompetencyQueries.class.getClassLoader().getResources(RESOURCE))) {
                URI uri = folder.toURI();
                for (Example example : "jar".equals(uri.getScheme()) ? readJar(uri) : read(Path.of(uri))) {
                    examples.putIfAbsent(example.name(), example);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the competency queries", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the competency queries' location is not a URI", e);
        }
        if (examples.isEmpty()) {
            throw new IllegalStateException("the competency queries are missing from the classpath (a packaging bug)");
        }
        return List.copyOf(examples.values());
    }

    /** Reads inside a jar, through its file system: ours to close if we opened it, else the opener's. */
    private static List<Example> readJar(URI uri) throws IOException {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            return read(jar.provider().getPath(uri));
        } catch (FileSystemAlreadyExistsException e) {
            return read(FileSystems.getFileSystem(uri).provider().getPath(uri));
        }
    }

    private static List<Example> read(Path directory) throws IOException {
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                String fileName = file.getFileName().toString();
                if (fileName.endsWith(".rq")) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    examples.add(new Example(fileName.substring(0, fileName.length() - 3), question(text), text));
                }
            }
        }
        return List.copyOf(examples);
    }

    /** The question the query's header states, or its name if it states none. */
    private static String question(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        return firstLine.startsWith(QUESTION) ? firstLine.substring(QUESTION.length()).strip() : "";
    }
}
