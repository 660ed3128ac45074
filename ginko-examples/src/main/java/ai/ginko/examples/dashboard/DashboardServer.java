package ai.ginko.examples.dashboard;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;

/**
 * The agent-status dashboard and its HTTP API over a Ginko graph: the page at {@code /agent-status}, and under
 * {@code /api/v1/} the long-poll ({@code events/stream}), server-sent events ({@code events/sse}), agents,
 * blockers, tasks and projects endpoints. Every API request needs {@code Authorization: Bearer <token>} (see
 * {@link TokenService}) and sees only the token's organization.
 *
 * <pre>{@code
 * try (DashboardServer server = DashboardServer.builder().driver(driver).port(8080).start()) {
 *     System.out.println("Open " + server.pageUri());
 *     server.awaitClose();
 * }
 * }</pre>
 *
 * <p>Each request runs on its own virtual thread; long-polls and event streams block only their own. The server
 * keeps one library client per project in use, and closes those unused for a while (see {@link ClientsByProject}
 * and {@link Builder#idleClientTimeout}). {@link #close()} stops accepting
 * requests, ends the open ones (streams and long-polls included), closes the clients and, if the server owns
 * it, the driver. Thread-safe.
 */
public final class DashboardServer implements AutoCloseable {

    private final HttpServer http;
    private final ExecutorService executor;
    private final ClientsByProject clients;
    private final SseHandler sse;
    private final Driver driver;
    private final boolean ownsDriver;
    private final Object closeLock = new Object();
    private boolean closing;
    private boolean closed;

    private DashboardServer(Builder builder, Driver driver, HttpServer http, ExecutorService executor,
            ClientsByProject clients, SseHandler sse) {
        this.http = http;
        this.executor = executor;
        this.clients = clients;
        this.sse = sse;
        this.driver = driver;
        this.ownsDriver = builder.ownsDriver;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The port the server listens on (the one chosen by the system when built with port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The server's base URI, e.g. {@code http://127.0.0.1:8080/}. */
    public URI baseUri() {
        InetSocketAddress address = http.getAddress();
        return URI.create("http://" + hostForUri(address.getAddress()) + ":" + address.getPort() + "/");
    }

    /** The clients of the projects in use (the tests count their store reads). */
    ClientsByProject clients() {
        return clients;
    }

    /** The dashboard page's URI. */
    public URI pageUri() {
        return baseUri().resolve(StaticPageHandler.PAGE_PATH.substring(1));
    }

    private static String hostForUri(InetAddress address) {
        String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** How many server-sent event streams are open; a stream whose client went away closes within a heartbeat. */
    public int openEventStreams() {
        return sse.openStreams();
    }

    /** Blocks until {@link #close()} has finished (called from another thread or a shutdown hook). */
    public void awaitClose() throws InterruptedException {
        synchronized (closeLock) {
            while (!closed) {
                closeLock.wait();
            }
        }
    }

    /**
     * Stops the server and everything it started. Takes at most a few seconds; a second call returns at once
     * (use {@link #awaitClose()} to wait for the first to finish).
     */
    @Override
    public void close() {
        synchronized (closeLock) {
            if (closing) {
                return;
            }
            closing = true;
        }
        stop();
        synchronized (closeLock) {
            closed = true;
            closeLock.notifyAll();
        }
    }

    private void stop() {
        http.stop(0);
        // Interrupts the requests still running: long-polls and event streams end at once.
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clients.close();
        if (ownsDriver) {
            driver.close();
        }
    }

    /** Configures and starts a {@link DashboardServer}; not thread-safe. */
    public static final class Builder {
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port = 8080;
        private @Nullable Driver driver;
        private boolean ownsDriver;
        private Optional<String> database = Optional.empty();
        private Duration heartbeatInterval = Duration.ofSeconds(15);
        private Duration pollInterval = Duration.ofMillis(100);
        private Duration idleClientTimeout = Duration.ofMinutes(2);
        private int maxProjectClients = 1000;
        private boolean sseEnabled = true;

        private Builder() {
        }

        /** The port to listen on (default 8080); 0 picks a free one, see {@link DashboardServer#port()}. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be from 0 to 65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The address to listen on; by default the loopback address (127.0.0.1, or ::1 where Java prefers IPv6),
         * so that only this machine can connect.
         */
        public Builder bindAddress(InetAddress bindAddress) {
            this.bindAddress = requireNonNull(bindAddress, "bindAddress");
            return this;
        }

        /** A driver the caller owns and closes after the server; the server never closes it. */
        public Builder driver(Driver driver) {
            this.driver = requireNonNull(driver, "driver");
            this.ownsDriver = false;
            return this;
        }

        /** A driver handed over to the server, which closes it when it closes. */
        public Builder ownedDriver(Driver driver) {
            this.driver = requireNonNull(driver, "driver");
            this.ownsDriver = true;
            return this;
        }

        /** The Neo4j database; the server's default database when not set. */
        public Builder database(String database) {
            this.database = Optional.of(QueryParams.checkedId("database", requireNonNull(database, "database")));
            return this;
        }

        /** How often an open event stream sends a {@code heartbeat} event (default 15 s). */
        public Builder heartbeatInterval(Duration heartbeatInterval) {
            this.heartbeatInterval = positive(heartbeatInterval, "heartbeatInterval");
            return this;
        }

        /** How often the server's clients look for new events while anyone waits (default 100 ms). */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = positive(pollInterval, "pollInterval");
            return this;
        }

        /**
         * How long a project's client may go unused before the server closes it (default 2 minutes); the next
         * request for the project makes a new one. A client is in use while any request of its project runs, an
         * event stream or a long-poll included.
         */
        public Builder idleClientTimeout(Duration idleClientTimeout) {
            this.idleClientTimeout = positive(idleClientTimeout, "idleClientTimeout");
            return this;
        }

        /**
         * How many projects' clients may exist at once (default 1000). A request for one more project then replaces
         * the client unused the longest, or is answered 503 when all are in use.
         */
        public Builder maxProjectClients(int maxProjectClients) {
            if (maxProjectClients < 1) {
                throw new IllegalArgumentException("maxProjectClients must be at least 1, was " + maxProjectClients);
            }
            this.maxProjectClients = maxProjectClients;
            return this;
        }

        /** Whether {@code /api/v1/events/sse} streams (default) or answers 503, so that clients poll instead. */
        public Builder sseEnabled(boolean sseEnabled) {
            this.sseEnabled = sseEnabled;
            return this;
        }

        /**
         * Creates the token constraint if missing, binds and starts serving. On failure an owned driver is
         * closed.
         *
         * @throws IOException when the address cannot be bound
         * @throws IllegalStateException when no driver was given
         */
        public DashboardServer start() throws IOException {
            Driver given = driver;
            if (given == null) {
                throw new IllegalStateException("a driver must be given: driver(..) or ownedDriver(..)");
            }
            try {
                return serve(given);
            } catch (IOException | RuntimeException e) {
                if (ownsDriver) {
                    given.close();
                }
                throw e;
            }
        }

        private DashboardServer serve(Driver driver) throws IOException {
            TokenService tokens = new TokenService(driver, database);
            HttpServer http = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
            // After the bind, the step that fails in practice (a port in use): it starts a thread nothing would stop.
            ClientsByProject clients = new ClientsByProject(driver, database, pollInterval, idleClientTimeout,
                    maxProjectClients);
            ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
            http.setExecutor(executor);
            SseHandler sse = new SseHandler(clients, heartbeatInterval, sseEnabled);
            HttpContext api = http.createContext("/api/", routes(driver, clients, sse));
            api.getFilters().add(new BearerAuth(tokens));
            http.createContext("/", new StaticPageHandler());
            http.start();
            return new DashboardServer(this, driver, http, executor, clients, sse);
        }

        private ApiRoutes routes(Driver driver, ClientsByProject clients, SseHandler sse) {
            AgentsHandler agents = new AgentsHandler(clients);
            return new ApiRoutes()
                    .exact("/api/v1/events/stream", new JsonHandler(new EventStreamHandler(clients)))
                    .exact("/api/v1/events/sse", sse)
                    .exact("/api/v1/agents", new JsonHandler(agents::list))
                    .prefix(AgentsHandler.DETAILS_PREFIX, new JsonHandler(agents::details))
                    .exact("/api/v1/blockers", new JsonHandler(new BlockersHandler(clients)))
                    .exact("/api/v1/tasks", new JsonHandler(new TasksHandler(clients)))
                    .exact("/api/v1/projects", new JsonHandler(new ProjectsHandler(
                            new GraphQueries(driver, database))));
        }

        private static <T> T requireNonNull(@Nullable T value, String name) {
            if (value == null) {
                throw new IllegalArgumentException(name + " must not be null");
            }
            return value;
        }

        private static Duration positive(Duration value, String name) {
            if (requireNonNull(value, name).isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }
    }
}
