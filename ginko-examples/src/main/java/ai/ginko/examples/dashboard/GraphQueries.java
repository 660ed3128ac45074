package ai.ginko.examples.dashboard;

import ai.ginko.core.CoordinationUnavailableException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * The few queries the dashboard sends itself (tokens, the project list), on a driver it does not own. Reads and
 * writes are managed transactions, retried by the driver; failures to reach the database become
 * {@link CoordinationUnavailableException}, as in the library.
 *
 * <p>Thread-safe, like the driver.
 */
final class GraphQueries {

    private static final int SCHEMA_ATTEMPTS = 10;

    private static final String EQUIVALENT_EXISTS = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";

    private final Driver driver;
    private final Optional<String> database;

    GraphQueries(Driver driver, Optional<String> database) {
        this.driver = driver;
        this.database = database;
    }

    List<Record> read(String cypher, Map<String, Object> parameters) {
        return execute(cypher, parameters, RoutingControl.READ);
    }

    void write(String cypher, Map<String, Object> parameters) {
        execute(cypher, parameters, RoutingControl.WRITE);
    }

    /**
     * Runs an idempotent schema statement ({@code IF NOT EXISTS}) in its own auto-commit transaction. Schema
     * statements of processes starting together (the library's own, a bridge's) can deadlock on the schema locks,
     * and the driver does not retry an auto-commit transaction: a transient failure is tried again a few times.
     */
    void schema(String statement) {
        for (int attempt = 1; ; attempt++) {
            try {
                runSchema(statement);
                return;
            } catch (TransientException e) {
                if (attempt == SCHEMA_ATTEMPTS) {
                    throw unavailable(e);
                }
                pause(attempt);
            }
        }
    }

    private void runSchema(String statement) {
        SessionConfig config = database.map(SessionConfig::forDatabase).orElseGet(SessionConfig::defaultConfig);
        try (var session = driver.session(config)) {
            session.run(statement).consume();
        } catch (ClientException e) {
            // Another process created the same rule between our IF NOT EXISTS check and our commit.
            if (!EQUIVALENT_EXISTS.equals(e.code())) {
                throw e;
            }
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw unavailable(e);
        }
    }

    private static void pause(int attempt) {
        try {
            TimeUnit.MILLISECONDS.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the schema", e);
        }
    }

    private List<Record> execute(String cypher, Map<String, Object> parameters, RoutingControl routing) {
        QueryConfig.Builder config = QueryConfig.builder().withRouting(routing);
        database.ifPresent(config::withDatabase);
        try {
            return driver.executableQuery(cypher).withParameters(parameters).withConfig(config.build())
                    .execute().records();
        } catch (ServiceUnavailableException | SessionExpiredException | TransientException e) {
            throw unavailable(e);
        }
    }

    private static CoordinationUnavailableException unavailable(RuntimeException e) {
        return new CoordinationUnavailableException("Neo4j cannot be reached: " + e.getMessage(), e);
    }
}
