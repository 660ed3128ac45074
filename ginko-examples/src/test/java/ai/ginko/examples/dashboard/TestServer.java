package ai.ginko.examples.dashboard;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.CoordinationClient;
import ai.ginko.neo4j.EmbeddedNeo4j;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A dashboard server on the embedded Neo4j, with helpers to make organizations, tokens and agent-side clients and
 * to call the API. Each test makes its own organization, so tests share the database without seeing each other.
 */
final class TestServer implements AutoCloseable {

    static final Duration FAST_POLL = Duration.ofMillis(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Driver driver;
    private final DashboardServer server;
    private final TokenService tokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<CoordinationClient> clients = new ArrayList<>();

    private TestServer(Driver driver, DashboardServer server) {
        this.driver = driver;
        this.server = server;
        this.tokens = new TokenService(driver);
    }

    static TestServer start() {
        return start(UnaryOperator.identity());
    }

    /** A server on a free port with a fast poll; {@code options} may change any builder setting. */
    static TestServer start(UnaryOperator<DashboardServer.Builder> options) {
        // With metrics: a test can count every transaction of the bridge (its clients' and its token look-ups).
        Driver driver = GraphDatabase.driver(EmbeddedNeo4j.boltUri(), AuthTokens.none(),
                Config.builder().withDriverMetrics().build());
        try {
            return new TestServer(driver, options.apply(DashboardServer.builder().port(0).ownedDriver(driver)
                    .pollInterval(FAST_POLL)).start());
        } catch (IOException e) {
            driver.close();
            throw new UncheckedIOException(e);
        }
    }

    DashboardServer server() {
        return server;
    }

    Driver driver() {
        return driver;
    }

    static String newOrganization() {
        return "org-" + UUID.randomUUID();
    }

    String tokenFor(String organization) {
        return tokens.create(organization, "test");
    }

    /**
     * A client of a project that the dashboard lists (see {@code ProjectsHandler}): it registers an agent named
     * "Observer" (which logs nothing).
     */
    CoordinationClient existingProject(String organization, String project) {
        CoordinationClient client = client(organization, project);
        client.registerAgent(AgentRegistration.named("Observer"));
        return client;
    }

    /** A client acting for agents and humans of this scope, closed with the server. */
    synchronized CoordinationClient client(String organization, String project) {
        CoordinationClient client = EmbeddedNeo4j.clientBuilder().scope(organization, project).userId("tester")
                .pollInterval(FAST_POLL).build();
        clients.add(client);
        return client;
    }

    URI uri(String pathAndQuery) {
        return server.baseUri().resolve(pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(90));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpClient http() {
        return http;
    }

    /** GETs with the token, expects 200 and returns the parsed body. */
    JsonNode getJson(String pathAndQuery, String token) {
        HttpResponse<String> response = get(pathAndQuery, token);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json(response.body());
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        clients.forEach(CoordinationClient::close);
        server.close();
    }
}
