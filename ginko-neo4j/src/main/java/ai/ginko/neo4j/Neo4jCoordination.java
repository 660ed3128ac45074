package ai.ginko.neo4j;

import ai.ginko.core.ClientMetrics;
import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Scope;
import ai.ginko.core.internal.Checks;
import ai.ginko.core.internal.DefaultCoordinationClient;
import ai.ginko.neo4j.internal.Neo4jStore;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Builds {@link CoordinationClient}s over a shared Neo4j graph.
 *
 * <pre>{@code
 * try (CoordinationClient client = Neo4jCoordination.builder()
 *         .uri("neo4j+s://xxxx.databases.neo4j.io")
 *         .basicAuth("neo4j", password)
 *         .scope("acme", "checkout")
 *         .userId("alice@acme.io")
 *         .build()) {
 *     ...
 * }
 * }</pre>
 *
 * <p>Give either a URI (any scheme the driver takes: {@code neo4j://} and {@code neo4j+s://} route across a
 * cluster or Aura, {@code bolt://} talks to one server) with credentials, in which case the client creates a driver
 * and closes it with itself, or a {@link Driver} you own, which the client uses and never closes. Building checks
 * that the database is reachable and creates the schema (constraints and indexes) if it is missing; that is
 * idempotent and safe with many clients starting at once.
 */
public final class Neo4jCoordination {

    /** The environment variables {@link Builder#fromEnvironment(Map)} reads. */
    public static final String URI_ENV = "GINKO_NEO4J_URI";
    public static final String USER_ENV = "GINKO_NEO4J_USER";
    public static final String PASSWORD_ENV = "GINKO_NEO4J_PASSWORD";
    public static final String DATABASE_ENV = "GINKO_NEO4J_DATABASE";

    private Neo4jCoordination() {
    }

    public static Builder builder() {
        return new Builder(ClientSettings.builder());
    }

    /** Builds a client; not thread-safe. Every setter validates its argument at once. */
    public static final class Builder {
        private final ClientSettings.Builder settings;
        private @Nullable ClientSettings fixedSettings;
        private @Nullable URI uri;
        private AuthToken auth = AuthTokens.none();
        private @Nullable Driver driver;
        private @Nullable String database;

        private Builder(ClientSettings.Builder settings) {
            this.settings = settings;
        }

        /** The server to connect to, e.g. {@code neo4j://localhost:7687} or {@code neo4j+s://x.databases.neo4j.io}. */
        public Builder uri(String uri) {
            Checks.notNull(uri, "uri");
            URI parsed;
            try {
                parsed = URI.create(uri.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("uri must be a valid URI such as neo4j://host:7687, was " + uri);
            }
            if (parsed.getScheme() == null || parsed.getHost() == null) {
                throw new IllegalArgumentException("uri must have a scheme and a host, such as neo4j://host:7687, "
                        + "was " + uri);
            }
            this.uri = parsed;
            return this;
        }

        public Builder basicAuth(String user, String password) {
            Checks.id(user, "user");
            Checks.notNull(password, "password");
            this.auth = AuthTokens.basic(user, password);
            return this;
        }

        /** For servers with authentication disabled (the default is no authentication). */
        public Builder noAuth() {
            this.auth = AuthTokens.none();
            return this;
        }

        /** A driver the caller owns: used as it is and never closed by the client. */
        public Builder driver(Driver driver) {
            this.driver = Checks.notNull(driver, "driver");
            return this;
        }

        /** The database to use; the server's default database when not set. */
        public Builder database(String database) {
            this.database = Checks.id(database, "database");
            return this;
        }

        /**
         * Takes URI, credentials and database from {@code GINKO_NEO4J_URI}, {@code GINKO_NEO4J_USER},
         * {@code GINKO_NEO4J_PASSWORD} and {@code GINKO_NEO4J_DATABASE} where they are set.
         */
        public Builder fromEnvironment(Map<String, String> environment) {
            Checks.notNull(environment, "environment");
            Optional.ofNullable(environment.get(URI_ENV)).filter(v -> !v.isBlank()).ifPresent(this::uri);
            String user = environment.get(USER_ENV);
            if (user != null && !user.isBlank()) {
                basicAuth(user, Optional.ofNullable(environment.get(PASSWORD_ENV)).orElse(""));
            }
            Optional.ofNullable(environment.get(DATABASE_ENV)).filter(v -> !v.isBlank()).ifPresent(this::database);
            return this;
        }

        public Builder scope(Scope scope) {
            settings.scope(scope);
            return this;
        }

        public Builder scope(String organizationId, String projectId) {
            settings.scope(organizationId, projectId);
            return this;
        }

        public Builder userId(String userId) {
            settings.userId(userId);
            return this;
        }

        public Builder pollInterval(Duration pollInterval) {
            settings.pollInterval(pollInterval);
            return this;
        }

        public Builder heartbeatInterval(Duration heartbeatInterval) {
            settings.heartbeatInterval(heartbeatInterval);
            return this;
        }

        public Builder offlineAfter(Duration offlineAfter) {
            settings.offlineAfter(offlineAfter);
            return this;
        }

        public Builder realtimeCursor(boolean realtimeCursor) {
            settings.realtimeCursor(realtimeCursor);
            return this;
        }

        public Builder subscriberBufferSize(int subscriberBufferSize) {
            settings.subscriberBufferSize(subscriberBufferSize);
            return this;
        }

        /**
         * After a poll found new events, poll at this interval for one poll interval, since agents' events come in
         * bursts; zero (the default) is off. Must be shorter than the poll interval.
         */
        public Builder burstPollInterval(Duration burstPollInterval) {
            settings.burstPollInterval(burstPollInterval);
            return this;
        }

        /** What the client tells a metrics system (see {@link ClientMetrics}); none by default. */
        public Builder metrics(ClientMetrics metrics) {
            settings.metrics(metrics);
            return this;
        }

        /** Uses these settings as they are, instead of the individual setters above. */
        public Builder settings(ClientSettings clientSettings) {
            this.fixedSettings = Checks.notNull(clientSettings, "settings");
            return this;
        }

        /**
         * Connects, creates the schema if missing, and returns the client.
         *
         * @throws IllegalArgumentException                        when a setting is missing or invalid
         * @throws ai.ginko.core.CoordinationUnavailableException when the database cannot be reached
         */
        public CoordinationClient build() {
            ClientSettings resolved = fixedSettings != null ? fixedSettings : settings.build();
            Driver given = driver;
            URI server = uri;
            Driver used;
            if (given != null) {
                used = given;
            } else if (server != null) {
                used = GraphDatabase.driver(server, auth);
            } else {
                throw new IllegalArgumentException("uri must be set (or a driver given)");
            }
            boolean owned = given == null;
            try {
                Neo4jStore store = new Neo4jStore(used, Optional.ofNullable(database));
                store.bootstrap();
                return new DefaultCoordinationClient(store, resolved, () -> {
                    if (owned) {
                        used.close();
                    }
                });
            } catch (RuntimeException e) {
                if (owned) {
                    used.close();
                }
                throw e;
            }
        }
    }
}
