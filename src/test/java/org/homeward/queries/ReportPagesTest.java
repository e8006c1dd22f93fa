package org.homeward.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.homeward.corpus.CorpusGenerator;
import org.homeward.io.FileException;
import org.homeward.io.SourceEntry;
import org.homeward.model.Document;
import org.homeward.store.Fixtures;
import org.homeward.store.GraphStore;
import org.homeward.store.Ingestion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The report queries take each page's rows in the order the store reads them, without sorting every row: over
 * 60 generated articles, in pages of 10 rows, every page is the page that sorting every row first would give,
 * and successive pages neither overlap nor leave a row out.
 */
class ReportPagesTest {

    private static GraphStore store;
    private static Dataset dataset;

    @BeforeAll
    static void buildAGeneratedCorpus() throws FileException {
        CorpusGenerator generator = CorpusGenerator.of(7);
        List<SourceEntry> entries = IntStream.range(0, 60).mapToObj(generator::article)
                .<SourceEntry>map((Document document) -> new SourceEntry.Loaded(Path.of(document.identifier()),
                        document))
                .toList();
        store = GraphStore.temporary();
        new Ingestion(Fixtures.build(), store).buildAll(entries);
        dataset = DatasetFactory.wrap(store.dataset());
    }

    @AfterAll
    static void closeTheStore() {
        store.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"return-statistics.rq, 3", "flights.rq, 1", "excluded-regions.rq, 2", "persons-and-roles.rq, 3"})
    void eachPageIsThePageThatSortingEveryRowGives(String file, int pages) throws IOException {
        String query = Files.readString(Path.of("queries", file), StandardCharsets.UTF_8);
        String paged = query.replace("    LIMIT 100 OFFSET 0", "    LIMIT 10 OFFSET 0");
        String sorted = query.replace("    LIMIT 100 OFFSET 0", "    ORDER BY ?order ?row\n    LIMIT 10 OFFSET 0");
        assertTrue(!sorted.equals(query), file + " has no inner page to sort");
        for (int page = 0; page < pages; page++) {
            String offset = "OFFSET " + page * 10;
            String fromIndex = run(paged.replace("OFFSET 0", offset));

            assertEquals(run(sorted.replace("OFFSET 0", offset)), fromIndex, file + ", " + offset);
            assertTrue(fromIndex.lines().count() == 11, file + ", " + offset + ": not a full page; more articles?");
        }
    }

    private static String run(String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsCSV(out, execution.execSelect());
                return out.toString(StandardCharsets.UTF_8);
            }
        });
    }
}
