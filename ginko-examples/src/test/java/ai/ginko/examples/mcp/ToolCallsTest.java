package ai.ginko.examples.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import ai.ginko.core.Scope;
import ai.ginko.core.memory.InMemoryCoordination;
import ai.ginko.tools.GinkoTool;
import ai.ginko.tools.GinkoTools;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The agent's news on tool results, at the one place every result passes through; on the in-memory store. */
class ToolCallsTest {

    private final InMemoryCoordination coordination = new InMemoryCoordination();
    private final CoordinationClient client = coordination.client(ClientSettings.builder(Map.of())
            .scope(Scope.of("acme", "checkout")).userId("tester").build());
    private final AgentSession a = client.startAgent(AgentRegistration.named("Claude-Implementer"));
    private final AgentSession b = client.startAgent(AgentRegistration.named("GPT-Reviewer"));

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aResultCarriesTheNewsAsASecondTextBlockAndAStructuredField() {
        a.logger().log(EventCategory.DECISION, "Use a per-project counter");

        CallToolResult result = call(new ResultNews(Optional.of(CompletableFuture.completedFuture(b.news()))));

        assertThat(result.content()).hasSize(2);
        assertThat(((TextContent) result.content().get(1)).text())
                .contains("decision: Use a per-project counter");
        assertThat(result.structuredContent()).isInstanceOfSatisfying(Map.class,
                structured -> assertThat(structured).containsKey("news").containsKey("agents"));
    }

    @Test
    void withNewsOffAResultCarriesNoneAndLeavesItUntaken() {
        a.logger().log(EventCategory.DECISION, "Use a per-project counter");

        CallToolResult result = call(new ResultNews(Optional.empty()));

        assertThat(result.content()).hasSize(1);
        assertThat(result.structuredContent()).isInstanceOfSatisfying(Map.class,
                structured -> assertThat(structured).doesNotContainKey("news"));
        assertThat(b.news().take()).isPresent();
    }

    @Test
    void theOutputSchemaAllowsTheNewsFieldOnlyWhenResultsCarryIt() {
        GinkoTool status = tool();

        ResultNews on = new ResultNews(Optional.of(CompletableFuture.completedFuture(b.news())));
        assertThat(ToolCalls.specification(status, on).tool().outputSchema())
                .extractingByKey("properties").asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKey("news");
        assertThat(ToolCalls.specification(status, new ResultNews(Optional.empty())).tool().outputSchema())
                .extractingByKey("properties").asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.MAP).doesNotContainKey("news");
    }

    private CallToolResult call(ResultNews news) {
        return ToolCalls.call(tool(), new CallToolRequest("agent_status", Map.of()), news);
    }

    private GinkoTool tool() {
        return GinkoTools.forAgent(client, b).stream().filter(t -> t.name().equals("agent_status")).findFirst()
                .orElseThrow();
    }
}
