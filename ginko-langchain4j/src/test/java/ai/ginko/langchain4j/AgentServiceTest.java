package ai.ginko.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.Blocker;
import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import ai.ginko.core.Severity;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskState;
import ai.ginko.core.TaskStatus;
import ai.ginko.core.memory.InMemoryCoordination;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.service.AiServices;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An agent built with LangChain4j's own AI services on a scripted model, with the Ginko tools and the news: the
 * tool loop runs the shared tools against the graph, and the news reaches each request once, never the memory. The
 * in-memory store stands for the graph (the store is not what is tested here; the contract suite proves both
 * stores alike).
 */
class AgentServiceTest {

    private static final String BLOCKER = "Waiting for the payment API quota";

    interface Worker {
        String work(String instruction);
    }

    private CoordinationClient client;
    private AgentSession agent;
    private AgentSession other;
    private final ChatMemory memory = MessageWindowChatMemory.withMaxMessages(50);

    @BeforeEach
    void startAgents() {
        client = new InMemoryCoordination().client(ClientSettings.builder().scope("acme", "shop").userId("alice")
                .build());
        agent = client.startAgent(AgentRegistration.named("Implementer"));
        other = client.startAgent(AgentRegistration.named("Reviewer"));
    }

    @AfterEach
    void close() {
        other.close();
        agent.close();
        client.close();
    }

    private Worker worker(ScriptedChatModel model) {
        return AiServices.builder(Worker.class)
                .chatModel(model)
                .chatMemory(memory)
                .toolProvider(GinkoToolProvider.forAgent(client, agent))
                .chatRequestTransformer(NewsInjector.of(NewsSource.of(agent)))
                .build();
    }

    @Test
    void theModelClaimsTheNextReadyTaskLogsAFeatureAndCompletesItAndTheGraphShowsIt() {
        client.tasks().define(TaskDefinition.of("TASK-1", "Cart API"));
        ScriptedChatModel model = new ScriptedChatModel()
                .calls("claim_next_task", "{}")
                .calls("log_event", """
                        {"category": "feature", "description": "Cart API validates carts", "task_id": "TASK-1"}""")
                .calls("complete_task", "{\"task_id\": \"TASK-1\"}")
                .answers("TASK-1 is done.");

        String answer = worker(model).work("Take the next task and finish it.");

        assertThat(answer).isEqualTo("TASK-1 is done.");
        assertThat(client.tasks().task("TASK-1")).hasValueSatisfying(
                task -> assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED));
        assertThat(client.claimOf("TASK-1")).hasValueSatisfying(claim -> {
            assertThat(claim.state()).isEqualTo(TaskState.COMPLETED);
            assertThat(claim.agentId()).isEqualTo(agent.agentId());
        });
        assertThat(client.eventsByAgent(agent.agentId(), 0, 100)).filteredOn(e -> e.category() == EventCategory.FEATURE)
                .singleElement().satisfies(feature -> {
                    assertThat(feature.description()).isEqualTo("Cart API validates carts");
                    assertThat(feature.taskId()).contains("TASK-1");
                });
    }

    @Test
    void aBlockerAnotherAgentLogsBetweenTwoModelCallsIsInTheNextRequestAndInNoLaterOne() {
        ScriptedChatModel model = blockerBetweenTheFirstTwoCalls();

        worker(model).work("Check the status twice.");

        List<ChatRequest> requests = model.requests();
        assertThat(requests).hasSize(3);
        assertThat(mentionsTheBlocker(requests.get(0))).as("first request").isFalse();
        assertThat(mentionsTheBlocker(requests.get(1))).as("second request").isTrue();
        assertThat(mentionsTheBlocker(requests.get(2))).as("third request").isFalse();
    }

    @Test
    void theChatMemoryHoldsNoInjectedNews() {
        worker(blockerBetweenTheFirstTwoCalls()).work("Check the status twice.");

        assertThat(memory.messages()).as("the tool loop used the memory").hasSizeGreaterThanOrEqualTo(6);
        assertThat(memory.messages()).noneMatch(message -> message.toString().contains("Ginko news"));
    }

    @Test
    void aRefusedClaimIsTheToolResultTheModelReadsAndTheLoopCarriesOn() {
        other.claim("TASK-1");
        ScriptedChatModel model = new ScriptedChatModel()
                .calls("claim_task", "{\"task_id\": \"TASK-1\"}")
                .answers("Someone else has it.");

        String answer = worker(model).work("Claim TASK-1.");

        assertThat(answer).isEqualTo("Someone else has it.");
        assertThat(toolResults(model.requests().get(1))).singleElement().satisfies(result -> {
            assertThat(result.text()).isEqualTo("TASK-1 is held by " + other.agentId() + " (Reviewer); "
                    + agent.agentId() + " did not get it");
            assertThat(result.isError()).isTrue();
        });
    }

    @Test
    void aBadArgumentIsTheToolResultTheModelReads() {
        ScriptedChatModel model = new ScriptedChatModel()
                .calls("wait_for_events", "{\"timeout_seconds\": 31}")
                .answers("I will ask again.");

        worker(model).work("Wait for news.");

        assertThat(toolResults(model.requests().get(1))).singleElement().extracting(ToolExecutionResultMessage::text)
                .isEqualTo("timeout_seconds must be between 0 and 30, was 31");
    }

    private ScriptedChatModel blockerBetweenTheFirstTwoCalls() {
        return new ScriptedChatModel()
                .calls("agent_status", "{}", () -> other.logger().logBlocker(BLOCKER,
                        Blocker.of("payment API", Severity.HIGH, List.of("TASK-6"))))
                .calls("agent_status", "{}")
                .answers("All clear.");
    }

    private static boolean mentionsTheBlocker(ChatRequest request) {
        return request.messages().stream().filter(UserMessage.class::isInstance).map(ChatMessage::toString)
                .anyMatch(text -> text.contains(BLOCKER));
    }

    private static List<ToolExecutionResultMessage> toolResults(ChatRequest request) {
        return request.messages().stream().filter(ToolExecutionResultMessage.class::isInstance)
                .map(ToolExecutionResultMessage.class::cast).toList();
    }
}
