package ai.ginko.springai;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code ginko.*} properties: where the graph is, the scope, and the agent this application runs.
 *
 * @param neo4j   the connection to Neo4j
 * @param org     the organization; required with {@code ginko.neo4j.uri}
 * @param project the project within the organization; required with {@code ginko.neo4j.uri}
 * @param user    the user on whose behalf the client logs; required with {@code ginko.neo4j.uri}
 * @param agent   the agent this application runs
 */
@ConfigurationProperties("ginko")
public record GinkoProperties(
        @DefaultValue Neo4j neo4j,
        @Nullable String org,
        @Nullable String project,
        @Nullable String user,
        @DefaultValue Agent agent) {

    /**
     * The connection to Neo4j.
     *
     * @param uri      {@code neo4j://…} (routing: clusters and Aura), {@code neo4j+s://…} or {@code bolt://…}; the
     *                 client is configured only when it is set
     * @param user     the user name, for basic authentication; none when unset
     * @param password the password of that user
     * @param database the database to use; the server's default when unset
     */
    public record Neo4j(@Nullable String uri, @Nullable String user, @Nullable String password,
            @Nullable String database) {
    }

    /**
     * The agent this application runs.
     *
     * @param name         the agent's display name; the agent is started only when it is set
     * @param capabilities what the agent can do, matched against the capabilities a task requires
     */
    public record Agent(@Nullable String name, @DefaultValue List<String> capabilities) {
    }
}
