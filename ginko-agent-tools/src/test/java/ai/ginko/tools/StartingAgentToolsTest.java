package ai.ginko.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import ai.ginko.core.memory.InMemoryCoordination;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link GinkoTools#forStartingAgent}: the tools of an agent whose session is still starting (an MCP server answers
 * its client before it has connected), on the in-memory store.
 */
class StartingAgentToolsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private CoordinationClient client;
    private final CompletableFuture<StartedAgent> starting = new CompletableFuture<>();
    private AgentSession agent;

    @BeforeEach
    void connect() {
        client = new InMemoryCoordination().client(ClientSettings.builder().scope("acme", "web").userId("alice").build());
    }

    @AfterEach
    void close() {
        if (agent != null) {
            agent.close();
        }
        client.close();
    }

    private void start() {
        agent = client.startAgent(AgentRegistration.named("Implementer"));
        starting.complete(new StartedAgent(client, agent));
    }

    private static GinkoTool tool(List<GinkoTool> tools, String name) {
        return tools.stream().filter(tool -> tool.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theToolsAreDefinedBeforeTheAgentHasStartedAsForAStartedOne() {
        List<GinkoTool> early = GinkoTools.forStartingAgent(starting, WAIT);
        start();
        List<GinkoTool> started = GinkoTools.forAgent(client, agent);

        assertThat(early).extracting(GinkoTool::name, GinkoTool::description, GinkoTool::inputSchema,
                        GinkoTool::outputSchema, GinkoTool::readOnly)
                .isEqualTo(started.stream().map(tool -> org.assertj.core.groups.Tuple.tuple(tool.name(),
                        tool.description(), tool.inputSchema(), tool.outputSchema(), tool.readOnly())).toList());
    }

    @Test
    void aCallMadeBeforeTheStartWaitsForItAndThenRunsAsTheAgent() throws Exception {
        GinkoTool log = tool(GinkoTools.forStartingAgent(starting, WAIT), "log_event");
        CompletableFuture<ToolOutcome> outcome = new CompletableFuture<>();
        Thread caller = Thread.ofPlatform().start(
                () -> outcome.complete(log.call(Map.of("category", "feature", "description", "Cart API"))));
        while (caller.getState() != Thread.State.TIMED_WAITING) {
            Thread.sleep(1);
        }

        start();

        assertThat(outcome.get()).isInstanceOf(ToolResult.class);
        assertThat(client.eventsSince(0, 10)).singleElement()
                .satisfies(event -> assertThat(event.agentId()).contains(agent.agentId()));
    }

    @Test
    void aFailedStartAnswersEveryCallWithAToolErrorNamingTheFailure() {
        GinkoTool status = tool(GinkoTools.forStartingAgent(starting, WAIT), "agent_status");

        starting.completeExceptionally(new IllegalStateException("cannot reach Neo4j at bolt://127.0.0.1:1"));

        assertThat(status.call(Map.of())).isEqualTo(new ToolError(
                "the agent's session could not start: cannot reach Neo4j at bolt://127.0.0.1:1"));
    }

    @Test
    void aStartThatTakesLongerThanTheWaitIsAToolErrorSayingSo() {
        GinkoTool status = tool(GinkoTools.forStartingAgent(starting, Duration.ofMillis(20)), "agent_status");

        assertThat(status.call(Map.of())).isInstanceOfSatisfying(ToolError.class,
                error -> assertThat(error.text()).startsWith("the agent's session has not started within 20 ms"));
    }

    @Test
    void waitForEventsStartsAtTheNewestEventWhenTheAgentHadStarted() {
        GinkoTool wait = tool(GinkoTools.forStartingAgent(starting, WAIT), "wait_for_events");
        client.logger().log(EventCategory.DECISION, "before the start");
        start();
        client.logger().log(EventCategory.DECISION, "after the start");

        ToolOutcome outcome = wait.call(Map.of("timeout_seconds", 1));

        assertThat(outcome).isInstanceOfSatisfying(ToolResult.class, result -> assertThat(result.text())
                .contains("after the start").doesNotContain("before the start"));
    }

    @Test
    void aMissingAgentOrANonPositiveWaitIsRefusedNamingIt() {
        assertThatThrownBy(() -> GinkoTools.forStartingAgent(null, WAIT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("agent must not be null");
        assertThatThrownBy(() -> GinkoTools.forStartingAgent(starting, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("wait must be positive, was PT0S");
    }
}
