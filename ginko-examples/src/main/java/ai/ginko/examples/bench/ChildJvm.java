package ai.ginko.examples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running one of the benchmark's roles: the same {@code java} and class path as this JVM, its stderr
 * shared with ours, its stdout read line by line for {@link ChildMessage}s. Every wait on it is bounded, and
 * {@link #close()} (or this JVM's shutdown) destroys it if it is still running.
 */
final class ChildJvm implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(5);

    private final String name;
    private final Process process;
    private final PrintStream passThrough;
    /** The child's stdout lines, then an empty element when it ends. */
    private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
    private final Thread shutdownHook;

    private ChildJvm(String name, Process process, PrintStream passThrough) {
        this.name = name;
        this.process = process;
        this.passThrough = passThrough;
        this.shutdownHook = new Thread(this::destroy, name + "-destroyer");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        Thread.ofPlatform().daemon().name(name + "-stdout").start(this::pumpStdout);
    }

    /**
     * @param passThrough where the child's stdout lines that are not messages go
     */
    static ChildJvm start(String name, Class<?> mainClass, List<String> args, Map<String, String> environment,
            PrintStream passThrough) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(environment);
        try {
            return new ChildJvm(name, builder.start(), passThrough);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the " + name + " JVM", e);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseThrow(() -> new BenchmarkFailure("cannot tell which java executable runs this JVM"));
    }

    private void pumpStdout() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(Optional::of).forEach(lines::add);
        } catch (IOException | UncheckedIOException e) {
            // The child died or was destroyed: what it wrote so far is queued, the end marker says the rest.
        } finally {
            lines.add(Optional.empty());
        }
    }

    /**
     * The child's next message, passing any other output line through.
     *
     * @throws BenchmarkFailure when the child ends its output or sends nothing before the deadline
     */
    ChildMessage next(Instant deadline) throws InterruptedException {
        while (true) {
            Optional<String> line = lines.poll(Math.max(0, Duration.between(Instant.now(), deadline).toNanos()),
                    TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new BenchmarkFailure("the " + name + " sent nothing before its deadline");
            }
            if (line.isEmpty()) {
                lines.add(line);
                throw new BenchmarkFailure("the " + name + " ended its output" + exitDescription());
            }
            Optional<ChildMessage> message = ChildMessage.parse(line.get());
            if (message.isPresent()) {
                return message.get();
            }
            passThrough.println(line.get());
        }
    }

    /** Writes a line to the child's stdin. */
    void tell(String line) {
        try {
            process.getOutputStream().write((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        } catch (IOException e) {
            throw new BenchmarkFailure("could not write to the " + name + "; has it exited?", e);
        }
    }

    /** @throws BenchmarkFailure when the child does not exit, successfully, before the deadline */
    void awaitSuccess(Instant deadline) throws InterruptedException {
        if (!process.waitFor(Math.max(0, Duration.between(Instant.now(), deadline).toNanos()),
                TimeUnit.NANOSECONDS)) {
            throw new BenchmarkFailure("the " + name + " did not exit before its deadline");
        }
        if (process.exitValue() != 0) {
            throw new BenchmarkFailure("the " + name + " failed with exit code " + process.exitValue()
                    + " (its stderr is above)");
        }
    }

    private String exitDescription() throws InterruptedException {
        return process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)
                ? " and exited with code " + process.exitValue() + " (its stderr is above)"
                : " but is still running";
    }

    /** Destroys the child, and anything it started, if it is still running. */
    @Override
    public void close() {
        destroy();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // This JVM is shutting down: the hook runs anyway, and destroying twice is harmless.
        }
    }

    private void destroy() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
