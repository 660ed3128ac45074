package ai.ginko.examples.cli;

import ai.ginko.examples.dashboard.DashboardServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ginko dashboard}: serves the agent-status page and the HTTP/SSE API until interrupted (Ctrl-C). */
@Command(name = "dashboard", description = {
    "Serve the agent-status page and the HTTP API (long-poll and SSE) until interrupted (Ctrl-C).",
    "Every /api request needs 'Authorization: Bearer <token>' from 'ginko token create'."})
final class DashboardCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "HTTP port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--no-sse", negatable = false,
            description = "Answer the SSE endpoint with 503, so that pages fall back to polling.")
    private boolean noSse;

    @Mixin
    private ConnectionOptions connection;

    @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
    @Mixin
    private VerboseOption verbose;

    @Override
    public Integer call() throws InterruptedException {
        DashboardServer.Builder builder = DashboardServer.builder().port(port).ownedDriver(connection.driver())
                .sseEnabled(!noSse);
        connection.database().ifPresent(builder::database);
        try (DashboardServer server = start(builder)) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Dashboard at " + server.pageUri() + " (API under " + server.baseUri().resolve("/api/v1/")
                    + "). Press Ctrl-C to stop.");
            out.flush();
            server.awaitClose();
        } catch (InterruptedException e) {
            // Ctrl-C, or the test's interrupt: closing the server is all there is to do.
        }
        return 0;
    }

    private DashboardServer start(DashboardServer.Builder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new CliFailure("cannot listen on port " + port + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            // Its constructors require the IOException it wraps.
            IOException cause = Objects.requireNonNull(e.getCause());
            throw new CliFailure("cannot listen on port " + port + ": " + cause.getMessage(), e);
        }
    }
}
