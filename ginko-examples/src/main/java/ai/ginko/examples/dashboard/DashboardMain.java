package ai.ginko.examples.dashboard;

import ai.ginko.examples.EmbeddedDatabase;
import ai.ginko.neo4j.Neo4jCoordination;
import java.util.Map;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Runs the dashboard until the process is stopped: {@code DashboardMain [port]} (default 8080). Uses the Neo4j
 * named by {@code GINKO_NEO4J_URI} (with {@code GINKO_NEO4J_USER}, {@code GINKO_NEO4J_PASSWORD},
 * {@code GINKO_NEO4J_DATABASE}); without it, starts an embedded Neo4j, prints its Bolt URI for agents to use, and
 * prints a token for the organization {@code local}, as nobody else could create one there.
 */
public final class DashboardMain {

    private static final String LOCAL_ORGANIZATION = "local";

    private DashboardMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        Map<String, String> env = System.getenv();
        boolean embedded = env.getOrDefault(Neo4jCoordination.URI_ENV, "").isBlank();
        EmbeddedDatabase database = embedded ? EmbeddedDatabase.start() : null;
        Driver driver = embedded ? GraphDatabase.driver(database.boltUri(), AuthTokens.none()) : driver(env);
        DashboardServer.Builder builder = DashboardServer.builder().port(port).ownedDriver(driver);
        String databaseName = env.getOrDefault(Neo4jCoordination.DATABASE_ENV, "");
        if (!databaseName.isBlank()) {
            builder.database(databaseName);
        }
        try (DashboardServer server = builder.start()) {
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "dashboard-shutdown"));
            if (embedded) {
                System.out.println("Embedded Neo4j at " + database.boltUri()
                        + " (set GINKO_NEO4J_URI to it for agents)");
                System.out.println("Token for organization '" + LOCAL_ORGANIZATION + "': "
                        + new TokenService(driver).create(LOCAL_ORGANIZATION, "DashboardMain"));
            }
            System.out.println("Dashboard at " + server.pageUri());
            server.awaitClose();
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    private static Driver driver(Map<String, String> env) {
        String user = env.getOrDefault(Neo4jCoordination.USER_ENV, "");
        AuthToken auth = user.isBlank() ? AuthTokens.none()
                : AuthTokens.basic(user, env.getOrDefault(Neo4jCoordination.PASSWORD_ENV, ""));
        return GraphDatabase.driver(env.get(Neo4jCoordination.URI_ENV), auth);
    }
}
