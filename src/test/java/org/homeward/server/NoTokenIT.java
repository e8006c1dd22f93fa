package org.homeward.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Without a token the write endpoints are off: not there at all, rather than guarded. */
class NoTokenIT extends AbstractServerIT {

    @Override
    protected Optional<AccessToken> token() {
        return Optional.empty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/homeward/update", "/homeward/documents"})
    void theWriteEndpointsAreOff(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(path)
                .header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("Forty children were repatriated from Syria.")));

        assertEquals(404, response.statusCode());
        assertTrue(response.body().startsWith("HW-E067 "), response.body());
        assertFalse(store().isEmpty());
    }
}
