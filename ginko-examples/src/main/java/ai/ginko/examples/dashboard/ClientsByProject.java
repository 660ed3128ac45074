package ai.ginko.examples.dashboard;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Scope;
import ai.ginko.neo4j.Neo4jCoordination;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.driver.Driver;

/**
 * One {@link CoordinationClient} per (organization, project), created on first use and kept until
 * {@link #close()}: a client owns a poller thread that all long-polls and subscriptions of its scope share, so
 * making one per request would multiply the queries. All clients share the server's driver, which they never
 * close.
 *
 * <p>Clients are made only for projects that exist, i.e. that have a Project node (an event was logged) or an
 * Agent node (an agent registered): as each client keeps polling, a token holder must not be able to make the
 * server create one for every name it can think of.
 *
 * <p>Thread-safe. {@link #client} blocks while it creates a client (a few round trips).
 */
final class ClientsByProject implements AutoCloseable {

    /** The user id the dashboard's clients would log as; the dashboard only reads. */
    static final String USER_ID = "ginko-dashboard";

    private static final String PROJECT_EXISTS = """
            RETURN EXISTS { MATCH (:Project {organization_id: $org, project_id: $project}) }
                OR EXISTS { MATCH (:Agent {organization_id: $org, project_id: $project}) } AS exists
            """;

    private final Driver driver;
    private final Optional<String> database;
    private final GraphQueries graph;
    private final Duration pollInterval;
    private final Map<Scope, CoordinationClient> clients = new ConcurrentHashMap<>();
    private boolean closed;

    ClientsByProject(Driver driver, Optional<String> database, Duration pollInterval) {
        this.driver = driver;
        this.database = database;
        this.pollInterval = pollInterval;
        this.graph = new GraphQueries(driver, database);
    }

    /**
     * The client of this scope.
     *
     * @throws ApiException (404, naming {@code project}) when the organization has no such project, or (503)
     *                      when the server is shutting down
     * @throws ai.ginko.core.CoordinationUnavailableException when a new client cannot reach the database
     */
    CoordinationClient client(Scope scope) {
        CoordinationClient client = clients.get(scope);
        return client != null ? client : create(scope);
    }

    // Synchronized so that close() cannot miss a client created while it runs.
    private synchronized CoordinationClient create(Scope scope) {
        if (closed) {
            throw ApiException.unavailable("the dashboard server is shutting down");
        }
        if (!clients.containsKey(scope) && !exists(scope)) {
            throw ApiException.unknownParameterValue("project", "no project '" + scope.projectId()
                    + "' in this organization: it has no events and no agents");
        }
        return clients.computeIfAbsent(scope, this::build);
    }

    private boolean exists(Scope scope) {
        return graph.read(PROJECT_EXISTS, Map.of("org", scope.organizationId(), "project", scope.projectId()))
                .getFirst().get("exists").asBoolean();
    }

    private CoordinationClient build(Scope scope) {
        Neo4jCoordination.Builder builder = Neo4jCoordination.builder().driver(driver).scope(scope)
                .userId(USER_ID).pollInterval(pollInterval);
        database.ifPresent(builder::database);
        return builder.build();
    }

    @Override
    public void close() {
        List<CoordinationClient> open;
        synchronized (this) {
            closed = true;
            open = List.copyOf(clients.values());
            clients.clear();
        }
        open.forEach(CoordinationClient::close);
    }
}
