package ai.ginko.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BadParametersTest {

    private static TestServer server;
    private static String token;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        token = server.tokenFor(TestServer.newOrganization());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/events/stream?project=p&since=abc        | since
            /api/v1/events/stream?project=p&since=-1         | since
            /api/v1/events/stream?project=p&since=1.5        | since
            /api/v1/events/stream?project=p&timeout=0        | timeout
            /api/v1/events/stream?project=p&timeout=61       | timeout
            /api/v1/events/stream?project=p&timeout=soon     | timeout
            /api/v1/events/stream?project=p&limit=0          | limit
            /api/v1/events/stream?project=p&limit=201        | limit
            /api/v1/events/stream?project=p&categories=nope  | categories
            /api/v1/events/stream?project=p&agent_id=%20     | agent_id
            /api/v1/events/stream?timeout=1                  | project
            /api/v1/events/stream?project=&timeout=1         | project
            /api/v1/events/stream?project=%20%20             | project
            /api/v1/events/stream?project=a%01b              | project
            /api/v1/events/sse?project=p&since=x             | since
            /api/v1/events/sse                               | project
            /api/v1/agents                                   | project
            /api/v1/agents?project=p&status=sleeping         | status
            /api/v1/agents/a1                                | project
            /api/v1/blockers                                 | project
            /api/v1/tasks                                    | project
            """)
    void namesTheBadParameter(String path, String parameter) {
        HttpResponse<String> response = server.get(path, token);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = TestServer.json(response.body());
        assertThat(body.get("parameter").asText()).isEqualTo(parameter);
        assertThat(body.get("error").asText()).contains(parameter);
    }

    @ParameterizedTest(name = "{0} -> {1}: []")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/events/stream?project=nothing-here&timeout=1  | events
            /api/v1/agents?project=nothing-here                   | agents
            /api/v1/blockers?project=nothing-here                 | blockers
            """)
    void aProjectWithNothingInItYetAnswersAnEmptyList(String path, String list) {
        JsonNode body = server.getJson(path, token);

        assertThat(body.get(list).isArray()).isTrue();
        assertThat(body.get(list)).isEmpty();
    }

    @Test
    void anAgentOfAProjectWithNothingInItYetIsNotFound() {
        HttpResponse<String> response = server.get("/api/v1/agents/a1?project=nothing-here", token);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(TestServer.json(response.body()).get("error").asText())
                .isEqualTo("no agent 'a1' in project 'nothing-here'");
    }

    @Test
    void listsTheValidCategories() {
        JsonNode body = TestServer.json(server.get("/api/v1/events/stream?project=p&categories=feature,nope",
                token).body());

        assertThat(body.get("error").asText()).contains("'nope'").contains("feature", "decision", "blocker_resolved");
    }

    @Test
    void namesABadLastEventIdHeader() {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/api/v1/events/sse?project=p"))
                .header("Authorization", "Bearer " + token).header("Last-Event-ID", "latest").build();

        HttpResponse<String> response = server.send(request);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(response.body()).get("parameter").asText()).isEqualTo("Last-Event-ID");
    }

    @Test
    void answers404ForAnUnknownEndpoint() {
        HttpResponse<String> response = server.get("/api/v1/nothing-here", token);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(TestServer.json(response.body()).get("error").asText()).contains("/api/v1/nothing-here");
    }

    @Test
    void answers405ForAnotherMethodThanGet() {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/api/v1/agents?project=p"))
                .header("Authorization", "Bearer " + token).DELETE().build();

        HttpResponse<String> response = server.send(request);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
    }
}
