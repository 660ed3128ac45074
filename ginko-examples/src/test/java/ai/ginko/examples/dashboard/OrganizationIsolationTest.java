package ai.ginko.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.Blocker;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import ai.ginko.core.ReservationRequest;
import ai.ginko.core.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import ai.ginko.core.TaskDefinition;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two organizations with the same project and agent ids: organization A's token never shows anything of B's,
 * whatever the endpoint and parameters.
 */
class OrganizationIsolationTest {

    private static final String PROJECT = "shared";
    private static final String AGENT = "agent-1";
    private static final String SECRET = "secret of B";

    private static TestServer server;
    private static String organizationA;
    private static String organizationB;
    private static String tokenA;
    private static List<AgentSession> sessions;

    @BeforeAll
    static void twoOrganizationsWithTheSameIds() {
        server = TestServer.start();
        organizationA = TestServer.newOrganization();
        organizationB = TestServer.newOrganization();
        tokenA = server.tokenFor(organizationA);
        sessions = List.of(
                populate(organizationA, PROJECT, "visible to A"),
                populate(organizationB, PROJECT, SECRET),
                populate(organizationB, "b-only", SECRET));
    }

    private static AgentSession populate(String organization, String project, String text) {
        CoordinationClient client = server.client(organization, project);
        AgentSession agent = client.startAgent(AgentRegistration.named("Agent " + text).withId(AGENT)
                .withCapabilities(List.of(organization)));
        agent.claim("task-" + organization);
        client.tasks().define(List.of(TaskDefinition.of("task-" + organization, "task " + text),
                TaskDefinition.of("TASK-1", "open task " + text)));
        agent.logger().log(EventCategory.FEATURE, "feature " + text);
        agent.reservations().reserve(ReservationRequest.builder(List.of("src/" + organization + "/**"))
                .reason("reservation " + text).build());
        agent.logger().logBlocker("blocker " + text,
                Blocker.of("cause " + text, Severity.MEDIUM, List.of("task-" + organization)));
        client.logger().logBlocker("human blocker " + text,
                Blocker.of("cause " + text, Severity.HIGH, List.of("task-" + organization)));
        return agent;
    }

    @AfterAll
    static void stopServer() {
        sessions.forEach(AgentSession::close);
        server.close();
    }

    static Stream<String> endpointsWithParameters() {
        String b = URLEncoder.encode(organizationB, StandardCharsets.UTF_8);
        List<String> tricks = List.of("", "&organization_id=" + b, "&organization=" + b, "&org=" + b,
                "&org_id=" + b);
        List<String> endpoints = List.of(
                "/api/v1/projects?x=1",
                "/api/v1/agents?project=" + PROJECT,
                "/api/v1/agents?project=b-only",
                "/api/v1/agents/" + AGENT + "?project=" + PROJECT,
                "/api/v1/blockers?project=" + PROJECT,
                "/api/v1/blockers?project=b-only",
                "/api/v1/tasks?project=" + PROJECT,
                "/api/v1/tasks?project=b-only",
                "/api/v1/reservations?project=" + PROJECT,
                "/api/v1/reservations?project=b-only",
                "/api/v1/events/stream?project=" + PROJECT + "&since=0&timeout=1",
                "/api/v1/events/stream?project=b-only&since=0&timeout=1",
                "/api/v1/events/stream?project=" + PROJECT + "&since=0&timeout=1&agent_id=" + AGENT);
        return endpoints.stream().flatMap(endpoint -> tricks.stream().map(trick -> endpoint + trick));
    }

    @ParameterizedTest
    @MethodSource("endpointsWithParameters")
    void organizationATokenNeverSeesOrganizationB(String path) {
        HttpResponse<String> response = server.get(path, tokenA);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(organizationB).doesNotContain(SECRET).doesNotContain("b-only");
    }

    @Test
    void organizationATokenSeesOrganizationA() {
        assertThat(server.getJson("/api/v1/agents/" + AGENT + "?project=" + PROJECT, tokenA).toString())
                .contains("Agent visible to A", "feature visible to A", organizationA);
        assertThat(server.getJson("/api/v1/projects", tokenA).get("projects")).hasSize(1);
        assertThat(server.getJson("/api/v1/blockers?project=" + PROJECT, tokenA).get("blockers")).hasSize(2);
        assertThat(server.getJson("/api/v1/tasks?project=" + PROJECT, tokenA).toString())
                .contains("task visible to A", "open task visible to A");
    }

    @Test
    void theEventStreamOfOrganizationATokenCarriesOnlyOrganizationA() throws Exception {
        StringBuilder seen = new StringBuilder();
        String path = "/api/v1/events/sse?project=" + PROJECT + "&since=0&organization_id="
                + URLEncoder.encode(organizationB, StandardCharsets.UTF_8);
        try (SseClient stream = SseClient.open(server, path, tokenA, Map.of())) {
            SseEvent event;
            while ((event = stream.next(Duration.ofMillis(700))) != null) {
                seen.append(event.data()).append('\n');
            }
        }

        assertThat(seen.toString()).contains("feature visible to A").doesNotContain(SECRET);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/agents?project=b-only                          | agents
            /api/v1/blockers?project=b-only                        | blockers
            /api/v1/tasks?project=b-only                           | tasks
            /api/v1/events/stream?project=b-only&since=0&timeout=1 | events
            """)
    void anOrganizationBProjectIsEmptyToOrganizationA(String path, String list) {
        JsonNode body = server.getJson(path, tokenA);

        assertThat(body.get(list)).isEmpty();
        assertThat(body.toString()).doesNotContain(organizationB).doesNotContain(SECRET);
    }

    @Test
    void anAgentOfAnOrganizationBProjectIsUnknownToOrganizationA() {
        HttpResponse<String> response = server.get("/api/v1/agents/" + AGENT + "?project=b-only", tokenA);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain(organizationB).doesNotContain(SECRET);
    }

    @Test
    void theEventStreamOfAnOrganizationBProjectCarriesNothingOfOrganizationB() throws Exception {
        StringBuilder seen = new StringBuilder();
        try (SseClient stream = SseClient.open(server, "/api/v1/events/sse?project=b-only&since=0", tokenA,
                Map.of())) {
            SseEvent event;
            while ((event = stream.next(Duration.ofMillis(700))) != null) {
                seen.append(event.type()).append(' ').append(event.data()).append('\n');
            }
        }

        assertThat(seen.toString()).startsWith("connected ").doesNotContain(organizationB).doesNotContain(SECRET)
                .doesNotContain("event ");
    }
}
