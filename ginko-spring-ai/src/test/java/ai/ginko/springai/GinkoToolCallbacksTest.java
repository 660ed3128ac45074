package ai.ginko.springai;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskStatus;
import ai.ginko.core.TaskView;
import ai.ginko.neo4j.EmbeddedNeo4j;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.model.chat.client.autoconfigure.ChatClientAutoConfiguration;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.model.tool.autoconfigure.ToolCallingAutoConfiguration;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The agent's tools, called by a (scripted) model through a {@link ChatClient}, act on the real graph. */
class GinkoToolCallbacksTest {

    private final String org = "org-" + UUID.randomUUID();
    private final ScriptedChatModel model = new ScriptedChatModel();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ToolCallingAutoConfiguration.class,
                    ChatClientAutoConfiguration.class, GinkoAutoConfiguration.class))
            .withBean(ChatModel.class, () -> model)
            .withPropertyValues(GinkoAutoConfigurationTest.clientProperties(org))
            .withPropertyValues("ginko.agent.name=Implementer", "ginko.agent.capabilities=java");

    private CoordinationClient observer() {
        return EmbeddedNeo4j.clientBuilder().scope(org, "p").userId("observer").build();
    }

    @Test
    void everyChatClientOffersTheSharedAgentTools() {
        model.answer("hello");
        runner.run(context -> context.getBean(ChatClient.Builder.class).build().prompt().user("hi").call()
                .content());

        ToolCallingChatOptions options = (ToolCallingChatOptions) model.prompts.getFirst().getOptions();
        assertThat(options.getToolCallbacks()).extracting(callback -> callback.getToolDefinition().name())
                .contains("log_event", "claim_task", "complete_task", "release_task", "agent_status",
                        "wait_for_events", "active_blockers", "handoff", "ready_tasks", "claim_next_task");
    }

    @Test
    void theModelClaimsTheNextReadyTaskLogsAFeatureAndCompletesItAndTheGraphShowsIt() {
        try (CoordinationClient observer = observer()) {
            observer.tasks().define(List.of(
                    TaskDefinition.builder("TASK-1", "Event log").capabilities(List.of("java")).build(),
                    TaskDefinition.builder("TASK-2", "Long-poll API").dependsOn(List.of("TASK-1")).build()));
            model.callTool("claim_next_task", "{}")
                    .callTool("log_event", "{\"category\":\"feature\",\"description\":\"Event log with gap-free "
                            + "sequences\",\"task_id\":\"TASK-1\"}")
                    .callTool("complete_task", "{\"task_id\":\"TASK-1\"}")
                    .answer("TASK-1 is done");
            AtomicReference<String> agentId = new AtomicReference<>();

            runner.run(context -> {
                agentId.set(context.getBean(AgentSession.class).agentId());
                assertThat(context.getBean(ChatClient.Builder.class).build().prompt().user("Work on the sprint")
                        .call().content()).isEqualTo("TASK-1 is done");
            });

            assertThat(observer.tasks().task("TASK-1")).map(TaskView::status).contains(TaskStatus.COMPLETED);
            assertThat(observer.eventsByAgent(agentId.get(), 0, 100)).extracting(Event::category)
                    .containsSubsequence(EventCategory.TASK, EventCategory.FEATURE, EventCategory.TASK);
            assertThat(observer.tasks().ready(List.of("java"), 10)).extracting(task -> task.definition().id())
                    .containsExactly("TASK-2");
        }
    }

    @Test
    void aRefusedClaimIsAnAnswerNamingTheHolderAndTheLoopGoesOn() {
        try (CoordinationClient observer = observer();
             AgentSession reviewer = observer.startAgent(AgentRegistration.named("Reviewer"))) {
            reviewer.claim("TASK-9");
            model.callTool("claim_task", "{\"task_id\":\"TASK-9\"}").answer("Someone else has it");

            runner.run(context -> context.getBean(ChatClient.Builder.class).build().prompt().user("Take TASK-9")
                    .call().content());

            String answer = toolAnswerIn(1);
            assertThat(answer).startsWith("{\"error\":").contains(reviewer.agentId());
        }
    }

    @Test
    void argumentsThatAreNotJsonAreAnAnswerToo() {
        model.answer("unused");
        runner.run(context -> {
            ToolCallback claim = Arrays.stream(context.getBean(GinkoToolCallbacks.class).getToolCallbacks())
                    .filter(callback -> callback.getToolDefinition().name().equals("claim_task")).findFirst()
                    .orElseThrow();

            assertThat(claim.call("not json")).isEqualTo(
                    "{\"error\":\"the arguments must be a JSON object, were: not json\"}");
            assertThat(claim.call("{}")).startsWith("{\"error\":").contains("task_id");
            assertThat(claim.getToolDefinition().inputSchema()).contains("\"task_id\"");
        });
    }

    /** The text of the first tool response in the {@code index}-th request to the model. */
    private String toolAnswerIn(int index) {
        return model.prompts.get(index).getInstructions().stream()
                .filter(ToolResponseMessage.class::isInstance).map(ToolResponseMessage.class::cast)
                .flatMap(message -> message.getResponses().stream()).map(ToolResponseMessage.ToolResponse::responseData)
                .findFirst().orElseThrow();
    }
}
