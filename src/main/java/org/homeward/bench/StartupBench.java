package org.homeward.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.homeward.io.FileException;
import org.homeward.server.ServeOperation;
import org.homeward.store.GraphStore;

/**
 * The time from starting {@code serve} on an existing database to its first answered query, in a child JVM
 * so that class loading, Jetty, Fuseki and opening TDB2 all count, and the child's peak resident memory. The
 * child runs the packaged jar if there is one, else this JVM's class path.
 */
public final class StartupBench {

    private static final String MAIN = "org.homeward.cli.Homeward";
    private static final String PROBE = "ASK { ?s ?p ?o }";
    private static final Duration POLL = Duration.ofMillis(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /**
     * How to start the child.
     *
     * @param data the data directory of an existing database
     * @param jar the shaded jar to run; if empty or missing, this JVM's class path
     * @param jvmOptions options for the child JVM, such as {@code -Xmx2g}
     * @param runs how many starts to time, one after the other
     * @param timeout how long a start may take before it counts as failed
     */
    public record Settings(Path data, Optional<Path> jar, List<String> jvmOptions, int runs, Duration timeout) {

        /** Checks the number of runs. */
        public Settings {
            jvmOptions = List.copyOf(jvmOptions);
            if (runs < 1) {
                throw new IllegalArgumentException("runs must be at least 1: " + runs);
            }
        }
    }

    /**
     * One start.
     *
     * @param nanos from starting the child process to the first answer with status 200
     * @param residentPeakBytes the child's peak resident memory, -1 if unknown
     * @param launcher what ran: the jar or the class path
     */
    public record Run(long nanos, long residentPeakBytes, String launcher) {}

    /** Times each start; the database must exist and no other process may hold it. */
    public List<Run> run(Settings settings) throws FileException, BenchException, IOException, InterruptedException {
        Path database = settings.data().resolve(ServeOperation.DATABASE);
        if (!GraphStore.exists(database)) {
            throw new FileException("HW-E050", database, "no Homeward database here (bench load or serve makes one)");
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < settings.runs(); i++) {
            runs.add(once(settings));
        }
        return List.copyOf(runs);
    }

    private Run once(Settings settings) throws BenchException, IOException, InterruptedException {
        int port = freePort();
        Path log = Files.createTempFile("homeward-bench-serve", ".log");
        List<String> command = command(settings, port);
        long start = System.nanoTime();
        Process serve = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile()).start();
        try {
            awaitFirstAnswer(serve, port, start + settings.timeout().toNanos(), log);
            long nanos = System.nanoTime() - start;
            long resident = Memory.residentPeakBytes(serve.pid()).orElse(-1);
            return new Run(nanos, resident, launcher(settings));
        } finally {
            stop(serve);
            Files.deleteIfExists(log);
        }
    }

    private void awaitFirstAnswer(Process serve, int port, long deadline, Path log)
            throws BenchException, IOException, InterruptedException {
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/homeward/sparql?query=" + URLEncoder.encode(PROBE, StandardCharsets.UTF_8))).build();
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) {
                throw new BenchException("HW-E080", "serve exited with status " + serve.exitValue()
                        + " before answering: " + tail(log));
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet: the next poll will tell.
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new BenchException("HW-E080", "serve did not answer a query within the time allowed: " + tail(log));
    }

    private static List<String> command(Settings settings, int port) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.jvmOptions());
        if (settings.jar().filter(Files::isRegularFile).isPresent()) {
            command.addAll(List.of("-jar", settings.jar().get().toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN));
        }
        command.addAll(List.of("serve", "--data", settings.data().toString(), "--port", Integer.toString(port)));
        return command;
    }

    private static String launcher(Settings settings) {
        return settings.jar().filter(Files::isRegularFile).map(jar -> "java -jar " + jar).orElse("class path");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Stops the child as Ctrl-C would, and waits for it to release the database. */
    private static void stop(Process serve) throws InterruptedException {
        serve.destroy();
        if (!serve.waitFor(30, TimeUnit.SECONDS)) {
            serve.destroyForcibly().waitFor();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }
}
