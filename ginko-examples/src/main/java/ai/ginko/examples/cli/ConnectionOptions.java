package ai.ginko.examples.cli;

import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.CoordinationUnavailableException;
import ai.ginko.core.Scope;
import ai.ginko.neo4j.Neo4jCoordination;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where the shared graph is, and which scope and user a command acts in. Each option falls back to its
 * environment variable (see {@link EnvironmentDefaults}).
 */
final class ConnectionOptions {

    static final String DEFAULT_URI = "bolt://127.0.0.1:7687";
    static final String DEFAULT_OFFLINE_AFTER = "30s";

    /** The command these options belong to; none when they were read without picocli ({@link #fromEnvironment}). */
    @Spec(Spec.Target.MIXEE)
    private @Nullable CommandSpec command;

    @Option(names = "--uri", paramLabel = "URI", defaultValue = DEFAULT_URI,
            description = "Neo4j to connect to (env GINKO_NEO4J_URI; default: ${DEFAULT-VALUE}, "
                    + "where 'ginko devdb' listens).")
    private String uri;

    @Option(names = "--user", paramLabel = "NAME", description = "Neo4j user (env GINKO_NEO4J_USER; "
            + "none for 'ginko devdb').")
    private @Nullable String databaseUser;

    @Option(names = "--password", paramLabel = "SECRET", description = "Neo4j password (env GINKO_NEO4J_PASSWORD).")
    private @Nullable String password;

    @Option(names = "--database", paramLabel = "NAME",
            description = "Neo4j database (env GINKO_NEO4J_DATABASE; default: the server's default).")
    private @Nullable String database;

    @Option(names = "--org", paramLabel = "ORG", description = "Organization of the scope (env GINKO_ORG).")
    private @Nullable String organization;

    @Option(names = "--project", paramLabel = "PROJECT", description = "Project of the scope (env GINKO_PROJECT).")
    private @Nullable String project;

    @Option(names = "--user-id", paramLabel = "USER", defaultValue = "${sys:user.name}",
            description = "Who you are in the log (env GINKO_USER; default: ${DEFAULT-VALUE}).")
    private String userId;

    @Option(names = "--offline-after", paramLabel = "DURATION", defaultValue = DEFAULT_OFFLINE_AFTER,
            description = "An agent silent this long counts as offline and its tasks can be taken over; use the "
                    + "same value for every agent of a project (env GINKO_OFFLINE_AFTER; default: ${DEFAULT-VALUE}).")
    private Duration offlineAfter;

    /**
     * The options of {@code command} as picocli sets them when none is given on the command line, read from the
     * environment alone, without picocli: for {@code ginko hook} (see {@link HookCommand#runWithoutArguments}).
     * {@code HookCommandWithoutPicocliTest} checks that both readings agree.
     */
    static ConnectionOptions fromEnvironment(EnvironmentDefaults defaults, String command) {
        ConnectionOptions options = new ConnectionOptions();
        options.uri = defaults.optionValue(command, "--uri").orElse(DEFAULT_URI);
        options.databaseUser = defaults.optionValue(command, "--user").orElse(null);
        options.password = defaults.optionValue(command, "--password").orElse(null);
        options.database = defaults.optionValue(command, "--database").orElse(null);
        options.organization = defaults.optionValue(command, "--org").orElse(null);
        options.project = defaults.optionValue(command, "--project").orElse(null);
        options.userId = defaults.optionValue(command, "--user-id").orElseGet(() -> System.getProperty("user.name"));
        options.offlineAfter = new DurationConverter().convert(
                defaults.optionValue(command, "--offline-after").orElse(DEFAULT_OFFLINE_AFTER));
        return options;
    }

    /**
     * Connects, runs {@code action}, and disconnects. An unreachable database becomes one {@link CliFailure} line
     * naming the URI, whether it fails at connect time or later.
     */
    int run(ClientAction action) throws InterruptedException {
        return run(builder -> { }, action);
    }

    /** {@link #run(ClientAction)} with client settings of the command's own, such as heartbeat intervals. */
    int run(Consumer<Neo4jCoordination.Builder> settings, ClientAction action) throws InterruptedException {
        Neo4jCoordination.Builder builder = builder(settings);
        Driver driver = GraphDatabase.driver(uri, auth());
        try (CoordinationClient client = builder.driver(driver).build()) {
            return action.run(client);
        } catch (CoordinationUnavailableException e) {
            throw CliFailure.unreachable(uri, e);
        } finally {
            // Every write of the command has committed by now, and the process exits once the command returns. A
            // graceful close would first wait for the driver's network threads to stay idle for 200 ms, a quarter
            // of a short command's time; closed asynchronously, the exit ends them instead.
            driver.closeAsync();
        }
    }

    /** The client's settings, each checked (the URI's form included) before anything connects. */
    private Neo4jCoordination.Builder builder(Consumer<Neo4jCoordination.Builder> settings) {
        Neo4jCoordination.Builder builder = Neo4jCoordination.builder()
                .uri(uri)
                .scope(required(organization, "--org", EnvironmentDefaults.ORG_ENV),
                        required(project, "--project", EnvironmentDefaults.PROJECT_ENV))
                .userId(userId)
                .offlineAfter(offlineAfter)
                .heartbeatInterval(heartbeatInterval(offlineAfter));
        if (database != null) {
            builder.database(database);
        }
        settings.accept(builder);
        return builder;
    }

    private AuthToken auth() {
        return databaseUser == null ? AuthTokens.none()
                : AuthTokens.basic(databaseUser, password == null ? "" : password);
    }

    /** A third of the offline threshold, at most the library's default: three heartbeats may be missed. */
    static Duration heartbeatInterval(Duration offlineAfter) {
        Duration third = offlineAfter.dividedBy(3);
        return third.compareTo(ClientSettings.DEFAULT_HEARTBEAT_INTERVAL) < 0 ? third
                : ClientSettings.DEFAULT_HEARTBEAT_INTERVAL;
    }

    /**
     * A driver to the configured database, checked to be reachable, for commands that work across projects (the
     * dashboard, tokens); the caller closes it.
     */
    Driver driver() {
        Driver driver = GraphDatabase.driver(uri, auth());
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (Neo4jException e) {
            driver.close();
            throw CliFailure.unreachable(uri, e);
        }
    }

    Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /**
     * The variables that point a later command at this database and scope (URI, organization, project, database;
     * never credentials), for a git hook to fall back on.
     */
    Map<String, String> scopeVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(Neo4jCoordination.URI_ENV, uri);
        variables.put(EnvironmentDefaults.ORG_ENV, organization());
        variables.put(EnvironmentDefaults.PROJECT_ENV, required(project, "--project", EnvironmentDefaults.PROJECT_ENV));
        database().ifPresent(name -> variables.put(Neo4jCoordination.DATABASE_ENV, name));
        return variables;
    }

    /** The scope of {@code --org} and {@code --project} (or their variables), both required. */
    Scope scope() {
        return Scope.of(organization(), required(project, "--project", EnvironmentDefaults.PROJECT_ENV));
    }

    /** The organization of {@code --org} / {@code GINKO_ORG}, which is required. */
    String organization() {
        return required(organization, "--org", EnvironmentDefaults.ORG_ENV);
    }

    private String required(@Nullable String value, String option, String variable) {
        if (value == null) {
            String message = "no scope: set " + variable + " (or pass " + option + ")";
            throw command == null ? new IllegalArgumentException(message)
                    : new ParameterException(command.commandLine(), message);
        }
        return value;
    }

    /** What a command does with a connected client; returns the exit code. */
    @FunctionalInterface
    interface ClientAction {
        int run(CoordinationClient client) throws InterruptedException;
    }
}
