package org.homeward.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.homeward.server.AbstractServerIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every competency query, run over HTTP against the server with Jena's SPARQL client, gives the result its
 * golden CSV fixture holds: the same fixtures {@link CompetencyQueriesTest} checks in memory, numbers compared
 * by value. One query is also fetched in each standard result format.
 */
class CompetencyQueriesOverHttpIT extends AbstractServerIT {

    private static final Path QUERIES = Path.of("queries");
    private static final Path FIXTURES = Path.of("src/test/resources/queries");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    static Stream<String> queries() throws IOException {
        return CompetencyQueriesTest.queries();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void theEndpointAnswersAsTheFixtureSays(String file) throws IOException {
        assertMatchesFixture(file, WebContent.contentTypeResultsJSON);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {WebContent.contentTypeResultsJSON, WebContent.contentTypeResultsXML,
        WebContent.contentTypeTextCSV, WebContent.contentTypeTextTSV})
    void everyStandardResultFormatCarriesTheSameAnswer(String format) throws IOException {
        assertMatchesFixture("return-statistics.rq", format);
    }

    @Test
    void theQueriesPageRunsAnyPageOfAReport() throws IOException, InterruptedException {
        HttpResponse<String> page = send(request("/queries"));
        HttpResponse<String> redirect = send(request("/queries/return-statistics?offset=5&output=csv"));
        String location = redirect.headers().firstValue("Location").orElse("");

        HttpResponse<String> rows = send(request(location.substring(location.indexOf("/homeward/"))));

        assertTrue(page.body().contains("action=\"/queries/return-statistics\""), "a report has a page form");
        assertEquals(302, redirect.statusCode());
        assertTrue(location.contains("OFFSET+5") || location.contains("OFFSET%205"), location);
        List<List<String>> all = Csv.parse(Files.readString(FIXTURES.resolve("return-statistics.csv")));
        List<List<String>> second = Csv.parse(rows.body());
        assertEquals(all.size() - 5, second.size(), rows.body());
        assertEquals(all.get(6).get(2), second.get(1).get(2), "the sixth statistic opens the page at offset 5");
    }

    private void assertMatchesFixture(String file, String format) throws IOException {
        String text = Files.readString(QUERIES.resolve(file), StandardCharsets.UTF_8);
        Query query = QueryFactory.create(text);
        String expected = Files.readString(FIXTURES.resolve(file.replace(".rq", ".csv")), StandardCharsets.UTF_8);
        String actual;
        try (QueryExecutionHTTP execution = query(text).acceptHeader(format).build()) {
            actual = csv(execution.execSelect());
        }
        List<List<String>> want = decimalsByValue(Csv.parse(expected));
        List<List<String>> got = decimalsByValue(Csv.parse(actual));
        if (!query.hasOrderBy()) {
            want = CompetencyQueriesTest.sortedRows(want);
            got = CompetencyQueriesTest.sortedRows(got);
        }
        assertTrue(got.size() > 1, () -> file + " answered no rows over HTTP in " + format);
        assertEquals(want, got,
                () -> file + " in " + format + "\n--- expected\n" + expected + "\n--- actual\n" + actual);
    }

    /**
     * Writes each number in one form. TDB2 keeps numbers by value and gives {@code "26"^^xsd:decimal} back as
     * {@code 26.0}, where the in-memory fixtures have {@code 26}: the same xsd:decimal.
     */
    private static List<List<String>> decimalsByValue(List<List<String>> rows) {
        return rows.stream().map(row -> row.stream().map(CompetencyQueriesOverHttpIT::byValue).toList()).toList();
    }

    private static String byValue(String cell) {
        return NUMBER.matcher(cell).matches() ? new BigDecimal(cell).stripTrailingZeros().toPlainString() : cell;
    }

    private static String csv(ResultSet results) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsCSV(out, results);
        return out.toString(StandardCharsets.UTF_8);
    }
}
