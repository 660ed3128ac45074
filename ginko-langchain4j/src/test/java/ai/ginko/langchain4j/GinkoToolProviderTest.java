package ai.ginko.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.memory.InMemoryCoordination;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.langchain4j.service.tool.AiServiceTool;
import dev.langchain4j.service.tool.ToolExecutor;
import dev.langchain4j.service.tool.ToolProviderRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared tool definitions as LangChain4j specifications and executors. */
class GinkoToolProviderTest {

    private CoordinationClient client;
    private AgentSession agent;
    private GinkoToolProvider provider;

    @BeforeEach
    void startAgent() {
        client = new InMemoryCoordination().client(ClientSettings.builder().scope("acme", "shop").userId("alice")
                .build());
        agent = client.startAgent(AgentRegistration.named("Implementer"));
        provider = GinkoToolProvider.forAgent(client, agent);
    }

    @AfterEach
    void close() {
        agent.close();
        client.close();
    }

    private ToolSpecification specification(String name) {
        return provider.tools().keySet().stream().filter(spec -> spec.name().equals(name)).findFirst().orElseThrow();
    }

    private ToolExecutor executor(String name) {
        return provider.tools().get(specification(name));
    }

    @Test
    void everySharedToolIsASpecificationInTheSharedOrder() {
        assertThat(provider.tools().keySet()).extracting(ToolSpecification::name).containsExactly("log_event",
                "claim_task", "complete_task", "release_task", "agent_status", "wait_for_events", "active_blockers",
                "handoff", "ready_tasks", "claim_next_task", "send_message", "reply_message", "fetch_inbox", "mark_read",
                "acknowledge_message", "reserve_paths", "release_paths", "renew_reservations", "list_reservations",
                "check_paths");
    }

    @Test
    void theProviderGivesTheSameToolsForEveryRequest() {
        ToolProviderRequest request = new ToolProviderRequest("memory", UserMessage.from("hi"));

        assertThat(provider.provideTools(request).aiServiceTools()).extracting(AiServiceTool::toolSpecification,
                AiServiceTool::toolExecutor).containsExactlyElementsOf(provider.tools().entrySet().stream()
                        .map(tool -> tuple(tool.getKey(), tool.getValue())).toList());
    }

    @Test
    void theInputSchemaBecomesAClosedObjectWithTheRequiredArguments() {
        JsonObjectSchema parameters = specification("claim_task").parameters();

        assertThat(parameters.required()).containsExactly("task_id");
        assertThat(parameters.additionalProperties()).isFalse();
        assertThat(parameters.properties().get("task_id")).isInstanceOfSatisfying(JsonStringSchema.class,
                task -> assertThat(task.description()).isEqualTo("The task to claim, e.g. TASK-4."));
    }

    @Test
    void stringsWithAllowedValuesIntegersListsAndObjectsKeepTheirKinds() {
        Map<String, ?> logEvent = specification("log_event").parameters().properties();
        Map<String, ?> waitForEvents = specification("wait_for_events").parameters().properties();

        assertThat(logEvent.get("category")).isInstanceOfSatisfying(JsonEnumSchema.class,
                category -> assertThat(category.enumValues()).contains("feature", "blocker"));
        assertThat(logEvent.get("metadata")).isInstanceOf(JsonObjectSchema.class);
        assertThat(waitForEvents.get("timeout_seconds")).isInstanceOf(JsonIntegerSchema.class);
        assertThat(waitForEvents.get("categories")).isInstanceOfSatisfying(JsonArraySchema.class,
                categories -> assertThat(categories.items()).isInstanceOf(JsonEnumSchema.class));
    }

    @Test
    void argumentsThatAreNotAJsonObjectAreAnErrorTheModelReads() {
        assertThat(executor("claim_task").execute(ScriptedChatModel.call("claim_task", "[\"TASK-1\"]"), "memory"))
                .isEqualTo("arguments must be a JSON object, was [\"TASK-1\"]");
        assertThat(executor("claim_task").execute(ScriptedChatModel.call("claim_task", "{task"), "memory"))
                .startsWith("arguments must be a JSON object, was not JSON: ");
    }

    @Test
    void noArgumentsAtAllAreAnEmptyObject() {
        assertThat(executor("agent_status").execute(ScriptedChatModel.call("agent_status", ""), "memory"))
                .startsWith("You are " + agent.agentId());
    }

    @Test
    void aNullSessionIsRefusedNamingIt() {
        assertThatThrownBy(() -> GinkoToolProvider.forAgent(client, nullSession()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("session must not be null");
    }

    @SuppressWarnings("NullAway") // on purpose: a caller that does not run NullAway
    private static AgentSession nullSession() {
        return null;
    }
}
