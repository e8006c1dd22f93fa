package org.homeward.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A {@code homeward} command run from the packaged jar in a process of its own, to be stopped or killed. */
final class Child implements AutoCloseable {

    /** The jar {@code mvn package} builds, as users run it. */
    static final Path JAR = Path.of("target/homeward.jar");
    /** The token the children's servers accept. */
    static final String TOKEN = "crash-token-0123456789abcdef";

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private Child(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code homeward ARGS...}; its error output goes to {@code log}. */
    static Child start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx1g", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().put("HOMEWARD_TOKEN", TOKEN);
        return new Child(builder.start());
    }

    /** The lines printed so far. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /** Waits until a printed line matches, or the process ends; returns the line, or null. */
    String await(Predicate<String> wanted, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            for (String line : lines) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            if (!process.isAlive() && lines.stream().noneMatch(wanted)) {
                return null;
            }
            Thread.sleep(20);
        }
        return null;
    }

    /** Kills the process with SIGKILL: no shutdown hook, no flush, no commit runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the process with SIGTERM and returns its exit status. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
        return process.exitValue();
    }

    /** Waits for the process to end by itself and returns its exit status. */
    int waitFor() throws InterruptedException {
        process.waitFor(120, TimeUnit.SECONDS);
        return process.isAlive() ? -1 : process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void readOutput() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            // The process was killed; what it printed before is kept.
        }
    }
}
