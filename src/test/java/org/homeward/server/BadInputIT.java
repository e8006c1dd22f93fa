package org.homeward.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Careless and hostile input: every error is a well-formed plain-text answer with its id, whatever
 * characters it holds, never a 500 and never an empty body.
 */
class BadInputIT extends AbstractServerIT {

    private static final String TEXT = "KYIV, March 3. /UKRINFORM/. Ukraine returned 12 children from Russia on Sunday,"
            + " the Ombudsman Dmytro Lubinets said. The children were brought home from Russia to Ukraine.";

    @Override
    protected ServerLimits limits() {
        return ServerLimits.DEFAULTS.withMaxBodyBytes(4096);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"été.txt", "Ελλάδα.txt", "名前.txt", "a b.txt"})
    void aDocumentNameOutsideAsciiIsA400WithItsId(String name) throws IOException, InterruptedException {
        HttpResponse<String> response = send(withToken(request("/homeward/documents?name=" + encode(name)))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(BodyPublishers.ofString(TEXT)));

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("HW-E065 '" + name + "'"), response.body());
    }

    @Test
    void aSidecarValueOutsideAsciiInAnErrorStaysA400() throws IOException, InterruptedException {
        String metadata = encode("{ \"publisher\": \"Укрінформ\", \"published\": \"березень\" }");

        HttpResponse<String> response = send(withToken(request("/homeward/documents?name=kyiv.txt&metadata=" + metadata))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(BodyPublishers.ofString(TEXT)));

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("HW-E004 kyiv.json") && response.body().contains("березень"),
                response.body());
    }

    @Test
    void aGraphAddressOutsideAsciiIsA404WithItsId() throws IOException, InterruptedException {
        HttpResponse<String> response = send(withToken(request("/homeward/documents?graph="
                + encode("https://example.org/graph/été"))).DELETE());

        assertEquals(404, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("HW-E066 ") && response.body().contains("été"), response.body());
    }

    @Test
    void aNulInATextIsRefusedByName() throws IOException, InterruptedException {
        HttpResponse<String> response = send(withToken(request("/homeward/documents?name=nul.txt"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(BodyPublishers.ofString(TEXT.replace("Sunday", "Sun\u0000day"))));

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("HW-E009 nul.txt: text holds the control character U+0000 at offset "),
                response.body());
    }

    @Test
    void aNulInASidecarValueIsRefusedByName() throws IOException, InterruptedException {
        String metadata = encode("{ \"title\": \"Twelve\\u0000children\" }");

        HttpResponse<String> response = send(withToken(request("/homeward/documents?name=kyiv.txt&metadata=" + metadata))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(BodyPublishers.ofString(TEXT)));

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("HW-E009 kyiv.json: sidecar field 'title'"), response.body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/homeward/sparql", "/homeward/documents"})
    void anOversizedChunkedBodyIsA413WithItsId(String path) throws IOException {
        byte[] chunk = "x".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        StringBuilder chunks = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            chunks.append("3e8\r\n").append(new String(chunk, StandardCharsets.US_ASCII)).append("\r\n");
        }
        chunks.append("0\r\n\r\n");

        String answer = RawHttp.exchange(port(), "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TOKEN + "\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked",
                chunks.toString().getBytes(StandardCharsets.US_ASCII));

        assertEquals(413, RawHttp.status(answer), answer);
        assertTrue(RawHttp.body(answer).startsWith("HW-E063 "), answer);
    }

    @Test
    void aSmallChunkedBodyStillArrives() throws IOException {
        String query = "ASK {}";
        String body = Integer.toHexString(query.length()) + "\r\n" + query + "\r\n0\r\n\r\n";

        String answer = RawHttp.exchange(port(), "POST /homeward/sparql HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/sparql-query\r\nAccept: text/plain\r\nTransfer-Encoding: chunked",
                body.getBytes(StandardCharsets.US_ASCII));

        assertEquals(200, RawHttp.status(answer), answer);
        assertTrue(answer.contains("yes"), answer);
    }

    @Test
    void loadIsRefusedEvenWithTheTokenAndReadsNothing() throws IOException, InterruptedException {
        HttpResponse<String> response = send(withToken(request("/homeward/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(BodyPublishers.ofString("LOAD <file:///etc/passwd> INTO GRAPH <urn:x:stolen>")));

        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("HW-E090 "), response.body());
        assertFalse(response.body().contains("root"), response.body());
    }

    @Test
    void aQueryNamingAFileReadsOnlyTheStore() throws IOException, InterruptedException {
        HttpResponse<String> response = send(request("/homeward/sparql?query="
                + encode("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"))
                .header("Accept", "text/csv"));

        assertEquals(200, response.statusCode(), response.body());
        assertFalse(response.body().contains("root"), response.body());
    }

    @Test
    void aMalformedQueryIsA400WithItsIdWhateverItHolds() throws IOException, InterruptedException {
        HttpResponse<String> response = send(request("/homeward/sparql?query=" + encode("SELECT * WHERE { ?s ?p \"ü")));

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("HW-E069 "), response.body());
    }

    private HttpRequest.Builder withToken(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + TOKEN);
    }

    private int port() {
        return URI.create(sparql()).getPort();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
