package ai.ginko.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The in-process Neo4j behind {@code ginko devdb}: Bolt on {@code 127.0.0.1} only, no HTTP, no authentication, no
 * usage reporting, and a store that survives restarts.
 *
 * <p>The harness is made for throw-away test databases: it runs in a fresh random sub-folder of the directory it
 * is given and deletes that folder on close. Pointing Neo4j's home back at the data directory itself keeps the
 * store ({@code data/}) and the logs ({@code logs/}) there; only the harness's own scratch folder comes and goes.
 *
 * <p>Stops on {@link #close()}, or when the JVM shuts down (Ctrl-C), whichever comes first, so that the store is
 * always closed cleanly.
 */
final class DevDatabase implements AutoCloseable {

    static final String HOST = "127.0.0.1";

    private final Neo4j server;
    private final PrintWriter out;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DevDatabase(Neo4j server, PrintWriter out) {
        this.server = server;
        this.out = out;
        this.shutdownHook = new Thread(this::stop, "ginko-devdb-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the database; {@code out} hears when it stops, which takes seconds (checkpoints, Bolt shutdown). */
    static DevDatabase start(Path dataDirectory, int port, boolean verbose, PrintWriter out) {
        Path home = dataDirectory.toAbsolutePath();
        return new DevDatabase(verbose ? build(home, port) : QuietStderr.during(() -> build(home, port)), out);
    }

    private static Neo4j build(Path home, int port) {
        return Neo4jBuilders.newInProcessBuilder(home)
                .withConfig(GraphDatabaseSettings.neo4j_home, home)
                .withConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                // A developer's scratch database has no business reporting usage to anyone.
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                // Stopping does not wait out Netty's graceful quiet period (5 s without a new task on Bolt's event
                // loops), most of a stop: measured on a 2-core machine, 11.7 s with it and 1.5 s without. Clients
                // still connected lose their connections at a stop either way; the database's own shutdown, with
                // its checkpoint, is unchanged.
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                .withDisabledServer()
                .build();
    }

    static String boltUri(int port) {
        return "bolt://" + HOST + ":" + port;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or about to; it stops the server.
        }
        stop();
    }

    private void stop() {
        if (closed.compareAndSet(false, true)) {
            out.println("Stopping Neo4j...");
            out.flush();
            server.close();
            out.println("Neo4j stopped.");
            out.flush();
        }
    }
}
