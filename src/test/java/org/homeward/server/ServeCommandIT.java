package org.homeward.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main command, run as a user runs it: the packaged jar's {@code serve} prints the address to
 * open, answers there (the Fuseki UI's files are in the jar), and stops cleanly on SIGTERM, with status 0.
 */
class ServeCommandIT {

    private static final Path JAR = Path.of("target/homeward.jar");
    private static final Pattern ADDRESS = Pattern.compile("Homeward is serving (http://\\S+/) ");

    @TempDir
    Path data;

    @Test
    void theJarServesTheSeedsAndPrintsWhereToLook() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "the jar is built by mvn package");
        Process serve = new ProcessBuilder("java", "-jar", JAR.toString(), "serve", "--port", "0",
                "--data", data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String address = address(serve);
            HttpClient http = HttpClient.newHttpClient();

            assertEquals(200, get(http, address + "$/ping").statusCode());
            assertTrue(get(http, address).body().contains("Fuseki"), "the UI's page");
            HttpResponse<String> count = get(http, address
                    + "homeward/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D");
            assertEquals(200, count.statusCode());
        } finally {
            serve.destroy();
        }
        assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
        assertEquals(0, serve.exitValue(), "a stop on SIGTERM is a clean stop");
        assertTrue(Files.isDirectory(data.resolve("tdb2")) && Files.isDirectory(data.resolve("run")));
    }

    /** Reads the output until the line with the address, which comes once the server answers. */
    private static String address(Process serve) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher matcher = ADDRESS.matcher(line);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("serve ended without printing its address; exit status " + serve.waitFor());
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
