package ai.ginko.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ginko devdb}: a local Neo4j for trying Ginko out, where the other commands connect by default. */
@Command(name = "devdb", description = {
    "Run a local Neo4j for development until interrupted (Ctrl-C).",
    "Data persists in the data directory; Bolt listens on 127.0.0.1 only, without authentication."})
final class DevDbCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7687",
            description = "Bolt port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${sys:user.home}/.ginko/devdb",
            description = "Where the database lives (default: ${DEFAULT-VALUE}).")
    private Path dataDirectory;

    @Mixin
    private VerboseOption verbose;

    @Override
    public Integer call() {
        checkPortFree();
        createDataDirectory();
        DevDatabase database = start();
        try {
            announce();
            awaitInterrupt();
        } finally {
            database.close();
        }
        return 0;
    }

    private DevDatabase start() {
        try {
            return DevDatabase.start(dataDirectory, port, verbose.isOn(), spec.commandLine().getOut());
        } catch (RuntimeException e) {
            Throwable cause = rootCause(e);
            String reason = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            throw new CliFailure("could not start Neo4j in " + dataDirectory + ": " + reason, e);
        }
    }

    /** Neo4j reports a taken port deep inside a start-up failure; checking first gives a message one can act on. */
    @SuppressWarnings("AddressSelection") // HOST is the literal 127.0.0.1: there is no name to resolve
    private void checkPortFree() {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(DevDatabase.HOST, port));
        } catch (BindException e) {
            throw new CliFailure("port " + port + " on " + DevDatabase.HOST
                    + " is in use (is 'ginko devdb' or another Neo4j already running? try --port)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createDataDirectory() {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new CliFailure("cannot create " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    private void announce() {
        PrintWriter out = spec.commandLine().getOut();
        String uri = DevDatabase.boltUri(port);
        out.println("Neo4j listening on " + uri + " (data in " + dataDirectory + "). Press Ctrl-C to stop.");
        if (!ConnectionOptions.DEFAULT_URI.equals(uri)) {
            out.println("Point the other commands at it with: export GINKO_NEO4J_URI=" + uri);
        }
        out.flush();
    }

    private static void awaitInterrupt() {
        try {
            // Nothing counts the latch down: the server runs until the thread is interrupted or the JVM exits.
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            // Interrupting is how a test (or an embedding program) stops the server.
        }
    }

    private static Throwable rootCause(Throwable e) {
        // Throwable.getCause() answers null rather than the throwable itself, so this walk ends.
        Throwable cause = e;
        for (Throwable next = cause.getCause(); next != null; next = cause.getCause()) {
            cause = next;
        }
        return cause;
    }
}
