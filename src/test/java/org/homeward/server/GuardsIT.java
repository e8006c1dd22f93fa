package org.homeward.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every route that writes or administers, as a stranger finds it: without the token, with a wrong one, from
 * a web page of another origin, and addressed by a host name the server does not answer to. Nothing gets
 * through, and the dataset is still there, whole, afterwards.
 */
class GuardsIT extends AbstractServerIT {

    private static final String ROUTES = """
            POST,   /homeward/update,           401
            POST,   /homeward/documents,        401
            DELETE, /homeward/documents,        401
            PUT,    /homeward/get,              401
            POST,   /homeward,                  401
            POST,   /$/backup/homeward,         401
            POST,   /$/compact/homeward,        401
            GET,    /$/tasks,                   401
            GET,    /$/backups-list,            401
            POST,   /$/datasets,                403
            DELETE, /$/datasets/homeward,       403
            POST,   /$/server/shutdown,         403
            POST,   /$/reload,                  403
            """;

    @AfterEach
    void theDatasetIsWhole() {
        try (QueryExecutionHTTP execution = query("ASK { ?s a <https://w3id.org/homeward/ontology#ReturnStatistic> }")
                .build()) {
            assertTrue(execution.execAsk(), "the dataset still answers with its data");
        }
        assertFalse(store().isEmpty());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = ROUTES)
    void turnsEveryStrangerAway(String method, String path, int status) throws IOException, InterruptedException {
        withoutTheToken(method, path, status);
        withAWrongToken(method, path);
        fromAForeignOrigin(method, path);
        toAForeignHost(method, path);
    }

    private void withoutTheToken(String method, String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(path).method(method, BodyPublishers.ofString("DROP ALL"))
                .header("Content-Type", "application/sparql-update"));

        assertEquals(status, response.statusCode(), "without the token: " + response.body());
        assertTrue(response.body().startsWith(status == 401 ? "HW-E060 " : "HW-E096 "), response.body());
    }

    private void withAWrongToken(String method, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(path).method(method, BodyPublishers.ofString("DROP ALL"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Bearer " + TOKEN + "-not"));

        assertEquals(401, response.statusCode(), "with a wrong token: " + response.body());
    }

    private void fromAForeignOrigin(String method, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(path).method(method, BodyPublishers.ofString("DROP ALL"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Bearer " + TOKEN)
                .header("Origin", "https://attacker.example"));

        assertEquals(403, response.statusCode(), "from a page elsewhere, with the token: " + response.body());
        assertTrue(response.body().startsWith("HW-E093 "), response.body());
    }

    private void toAForeignHost(String method, String path) throws IOException {
        String answer = RawHttp.exchange(port(), method + " " + path + " HTTP/1.1\r\nHost: rebound.attacker.example:"
                + port() + "\r\nAuthorization: Bearer " + TOKEN + "\r\nContent-Type: application/sparql-update"
                + "\r\nContent-Length: 8", "DROP ALL".getBytes());

        assertEquals(403, RawHttp.status(answer), "to a foreign Host, with the token: " + answer);
        assertTrue(RawHttp.body(answer).startsWith("HW-E093 "), answer);
    }

    private int port() {
        return URI.create(sparql()).getPort();
    }
}
