package org.homeward.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.homeward.build.BuildReport;
import org.homeward.io.DocumentSource;
import org.homeward.store.Fixtures;
import org.homeward.store.GraphStore;
import org.homeward.store.Ingestion;
import org.homeward.store.OntologyGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every competency query in {@code queries/} over the seeds and compares its result table with the
 * golden CSV {@code src/test/resources/queries/<name>.csv}: row by row in order if the query has an ORDER BY,
 * otherwise as sorted lists of rows. Queries see the union of all named graphs as their default graph, as
 * the server serves them, and still reach each graph with {@code GRAPH}.
 *
 * <p>When the data changes on purpose (the extractor reads the seeds differently), rewrite the fixtures
 * instead of comparing, then read the diff of the CSV files before committing them:
 *
 * <pre>
 * mvn -B test -Dtest=CompetencyQueriesTest -Dhomeward.updateFixtures=true
 * </pre>
 */
class CompetencyQueriesTest {

    private static final Path QUERIES = Path.of("queries");
    private static final Path FIXTURES = Path.of("src/test/resources/queries");
    private static final boolean UPDATE = Boolean.getBoolean("homeward.updateFixtures");

    private static GraphStore store;
    private static Dataset dataset;

    @BeforeAll
    static void buildTheSeeds() throws Exception {
        // Built into a store as serve builds it, so that the summary graph is there too; its default graph is
        // the union of the named graphs, which all stay reachable by name.
        store = GraphStore.temporary();
        BuildReport report = new Ingestion(Fixtures.build(), store).buildAll(DocumentSource.read(Fixtures.SEEDS));
        // The ontology in its own graph, as serve puts it there: queries read the labels of its concepts.
        OntologyGraph.install(store);
        assertTrue(report.failures().isEmpty(), () -> "the seeds do not build: " + report.failures());
        dataset = DatasetFactory.wrap(store.dataset());
    }

    @AfterAll
    static void closeTheStore() {
        store.close();
    }

    static Stream<String> queries() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(QUERIES)) {
            names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".rq"))
                    .sorted()
                    .toList();
        }
        assertFalse(names.isEmpty(), () -> "no competency queries (*.rq) in " + QUERIES.toAbsolutePath());
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void theQueryAnswersAsTheFixtureSays(String file) throws IOException {
        String text = Files.readString(QUERIES.resolve(file), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# Question: "), () -> file + " does not open with '# Question: ...'");
        Query query = QueryFactory.create(text);
        String actual = resultAsCsv(query);
        Path fixture = FIXTURES.resolve(file.substring(0, file.length() - ".rq".length()) + ".csv");
        if (UPDATE) {
            Files.createDirectories(FIXTURES);
            Files.writeString(fixture, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(fixture)) {
            fail(file + ": no fixture " + fixture + "; run with -Dhomeward.updateFixtures=true to write it");
        }
        String expected = Files.readString(fixture, StandardCharsets.UTF_8);
        List<List<String>> want = Csv.parse(expected);
        List<List<String>> got = Csv.parse(actual);
        if (!query.hasOrderBy()) {
            want = sortedRows(want);
            got = sortedRows(got);
        }
        assertEquals(want, got, () -> file + ": result differs from " + fixture
                + "\n--- expected\n" + expected + "\n--- actual\n" + actual);
    }

    /** The result table as Jena writes it; the header row of variable names comes first. */
    private static String resultAsCsv(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsCSV(out, execution.execSelect());
                return out.toString(StandardCharsets.UTF_8);
            }
        });
    }

    /** The header row, then the other rows sorted, for results whose order the query leaves open. */
    static List<List<String>> sortedRows(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Comparator<List<String>> byCells = Comparator.comparing(row -> String.join("\u0000", row));
        List<List<String>> sorted = new ArrayList<>();
        sorted.add(rows.get(0));
        sorted.addAll(rows.subList(1, rows.size()).stream().sorted(byCells).collect(Collectors.toList()));
        return sorted;
    }
}
