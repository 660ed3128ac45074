package ai.ginko.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LongPollTest extends DashboardApiTest {

    private CoordinationClient client;

    @BeforeEach
    void newClient() {
        client = server.existingProject(organization, "checkout");
    }

    @Test
    void returnsAtOnceWhenEventsExist() {
        client.logger().log(EventCategory.FEATURE, "first");
        client.logger().log(EventCategory.DECISION, "second");

        long start = System.nanoTime();
        JsonNode page = server.getJson("/api/v1/events/stream?project=checkout&since=0&timeout=30", token);

        // Well under the 30 s timeout, with room for a slow machine.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(page.get("events")).extracting(e -> e.get("description").asText())
                .containsExactly("first", "second");
        assertThat(page.get("lastEventId").asLong()).isEqualTo(2);
        assertThat(page.get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void holdsUntilAnEventIsLogged() throws Exception {
        CompletableFuture<JsonNode> page = CompletableFuture.supplyAsync(
                () -> server.getJson("/api/v1/events/stream?project=checkout&since=0&timeout=20", token));
        Thread.sleep(500);
        assertThat(page).isNotDone();

        client.logger().log(EventCategory.INSIGHT, "logged while waiting");

        JsonNode body = page.get(15, TimeUnit.SECONDS);
        assertThat(body.get("events")).extracting(e -> e.get("description").asText())
                .containsExactly("logged while waiting");
        assertThat(body.get("lastEventId").asLong()).isEqualTo(1);
    }

    @Test
    void answersEmptyEventsOnTimeout() {
        long start = System.nanoTime();
        JsonNode page = server.getJson("/api/v1/events/stream?project=checkout&since=0&timeout=1", token);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(900),
                Duration.ofSeconds(10));
        assertThat(page.get("events")).isEmpty();
        assertThat(page.get("hasMore").asBoolean()).isFalse();
        assertThat(page.get("lastEventId").asLong()).isZero();
    }

    @Test
    void waitsForNewEventsWhenSinceIsOmitted() {
        client.logger().log(EventCategory.FEATURE, "before the poll");

        JsonNode page = server.getJson("/api/v1/events/stream?project=checkout&timeout=1", token);

        assertThat(page.get("events")).isEmpty();
        assertThat(page.get("lastEventId").asLong()).isEqualTo(1);
    }

    @Test
    void returnsAtMostLimitEventsAndSaysThatMoreFollow() {
        for (int i = 1; i <= 3; i++) {
            client.logger().log(EventCategory.FEATURE, "feature " + i);
        }

        JsonNode page = server.getJson("/api/v1/events/stream?project=checkout&since=0&limit=2", token);

        assertThat(page.get("events")).hasSize(2);
        assertThat(page.get("hasMore").asBoolean()).isTrue();
        assertThat(page.get("lastEventId").asLong()).isEqualTo(2);
    }

    @Test
    void returnsOnlyEventsOfTheRequestedCategories() {
        client.logger().log(EventCategory.FEATURE, "not wanted");
        client.logger().log(EventCategory.DECISION, "wanted");
        client.logger().log(EventCategory.GIT, "also not wanted");

        JsonNode page = server.getJson(
                "/api/v1/events/stream?project=checkout&since=0&categories=decision,blocker", token);

        assertThat(page.get("events")).extracting(e -> e.get("description").asText()).containsExactly("wanted");
    }

    @Test
    void advancesPastEventsThatDoNotMatchUntilTheTimeout() {
        client.logger().log(EventCategory.FEATURE, "not wanted");
        client.logger().log(EventCategory.GIT, "not wanted either");

        JsonNode page = server.getJson(
                "/api/v1/events/stream?project=checkout&since=0&timeout=1&categories=blocker", token);

        assertThat(page.get("events")).isEmpty();
        assertThat(page.get("lastEventId").asLong()).isEqualTo(2);
    }

    @Test
    void keepsWaitingPastEventsThatDoNotMatchForOneThatDoes() throws Exception {
        CompletableFuture<JsonNode> page = CompletableFuture.supplyAsync(() -> server.getJson(
                "/api/v1/events/stream?project=checkout&since=0&timeout=20&categories=decision", token));
        client.logger().log(EventCategory.FEATURE, "not wanted");
        Thread.sleep(300);
        client.logger().log(EventCategory.DECISION, "wanted");

        JsonNode body = page.get(15, TimeUnit.SECONDS);
        assertThat(body.get("events")).extracting(e -> e.get("description").asText()).containsExactly("wanted");
        assertThat(body.get("lastEventId").asLong()).isEqualTo(2);
    }

    @Test
    void returnsOnlyEventsOfTheRequestedAgent() {
        String agentId;
        try (AgentSession agent = client.startAgent(AgentRegistration.named("Implementer"))) {
            agentId = agent.agentId();
            agent.logger().log(EventCategory.FEATURE, "by the agent");
        }
        client.logger().log(EventCategory.FEATURE, "by a human");

        JsonNode page = server.getJson("/api/v1/events/stream?project=checkout&since=0&agent_id=" + agentId,
                token);

        assertThat(page.get("events")).extracting(e -> e.get("description").asText())
                .containsExactly("by the agent");
        assertThat(page.get("events").get(0).get("agent_id").asText()).isEqualTo(agentId);
    }
}
