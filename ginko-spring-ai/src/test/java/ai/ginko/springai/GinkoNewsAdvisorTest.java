package ai.ginko.springai;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.Blocker;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import ai.ginko.core.Severity;
import ai.ginko.neo4j.EmbeddedNeo4j;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.advisor.ToolCallingAdvisor;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.model.chat.client.autoconfigure.ChatClientAutoConfiguration;
import org.springframework.ai.model.tool.autoconfigure.ToolCallingAutoConfiguration;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The advisor through a {@link ChatClient} of Spring AI's own auto-configuration, with the agent's news: another
 * agent's event is in the request of the next model call, inside a tool loop too, and in no later request; what the
 * agent was shown through another entry point is not shown again; a source that fails leaves the request alone.
 */
class GinkoNewsAdvisorTest {

    private final String org = "org-" + UUID.randomUUID();
    private final ScriptedChatModel model = new ScriptedChatModel();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ToolCallingAutoConfiguration.class,
                    ChatClientAutoConfiguration.class, GinkoAutoConfiguration.class))
            .withBean(ChatModel.class, () -> model)
            .withPropertyValues(GinkoAutoConfigurationTest.clientProperties(org))
            .withPropertyValues("ginko.agent.name=Implementer");
    private CoordinationClient otherClient;
    private AgentSession reviewer;

    @BeforeEach
    void startTheOtherAgent() {
        otherClient = EmbeddedNeo4j.clientBuilder().scope(org, "p").userId("erin").build();
        reviewer = otherClient.startAgent(AgentRegistration.named("Reviewer"));
    }

    @AfterEach
    void stopTheOtherAgent() {
        reviewer.close();
        otherClient.close();
    }

    @Test
    void anotherAgentsBlockerIsInTheNextRequestAndInNoLaterOne() {
        model.answer("first").answer("second").answer("third");
        runner.run(context -> {
            ChatClient chat = context.getBean(ChatClient.Builder.class).build();

            chat.prompt().user("Start on TASK-4").call().content();
            reviewer.logger().logBlocker("Payment API answers 429",
                    Blocker.of("API quota", Severity.HIGH, List.of("TASK-6")));
            chat.prompt().user("Go on").call().content();
            chat.prompt().user("Go on").call().content();
        });

        assertThat(model.systemTextOf(0)).doesNotContain("Payment API");
        assertThat(model.systemTextOf(1)).startsWith("Ginko news").contains("Payment API answers 429",
                reviewer.agentId());
        assertThat(model.systemTextOf(2)).doesNotContain("Payment API");
    }

    @Test
    void newsFromDuringAToolCallReachesTheNextModelCallOfTheSameToolLoopOnly() {
        model.callTool("ask_reviewer", "{}").answer("done").answer("next turn");
        ToolCallback askReviewer = tool("ask_reviewer", () -> reviewer.logger().log(EventCategory.DECISION,
                "Use a per-project counter for event order"));
        runner.run(context -> {
            ChatClient chat = context.getBean(ChatClient.Builder.class).build();

            chat.prompt().user("Ask the reviewer").tools(askReviewer).call().content();
            chat.prompt().user("Go on").call().content();
        });

        assertThat(model.prompts).hasSize(3);
        assertThat(model.prompts.get(1).getInstructions()).hasAtLeastOneElementOfType(ToolResponseMessage.class);
        assertThat(model.systemTextOf(0)).doesNotContain("per-project counter");
        assertThat(model.systemTextOf(1)).contains("Use a per-project counter for event order", reviewer.agentId());
        assertThat(model.systemTextOf(2)).doesNotContain("per-project counter");
    }

    @Test
    void theAgentsOwnEventsAreNotNews() {
        model.answer("first").answer("second");
        runner.run(context -> {
            ChatClient chat = context.getBean(ChatClient.Builder.class).build();
            AgentSession agent = context.getBean(AgentSession.class);

            chat.prompt().user("Start").call().content();
            agent.logger().log(EventCategory.FEATURE, "Checkout API validates carts");
            chat.prompt().user("Go on").call().content();
        });

        assertThat(model.systemTextOf(1)).doesNotContain("Checkout API");
    }

    @Test
    void newsTheAgentWasShownThroughAnotherEntryPointIsNotShownAgain() {
        model.answer("first").answer("second");
        runner.run(context -> {
            ChatClient chat = context.getBean(ChatClient.Builder.class).build();
            AgentSession agent = context.getBean(AgentSession.class);

            chat.prompt().user("Start").call().content();
            reviewer.logger().log(EventCategory.DECISION, "Carts expire after a day");
            // Another process acting for the agent, as its hook or its MCP server does.
            try (AgentSession hook = otherClient.attachAgent(agent.agentId())) {
                assertThat(hook.news().take()).isPresent();
            }
            chat.prompt().user("Go on").call().content();
        });

        assertThat(model.systemTextOf(1)).doesNotContain("Carts expire");
    }

    @Test
    void whenTheNewsCannotBeReadTheRequestGoesWithoutIt() {
        model.answer("first");
        runner.withBean(NewsSource.class, () -> () -> {
            throw new IllegalStateException("database away");
        }).run(context -> {
            ChatClient chat = context.getBean(ChatClient.Builder.class).build();

            assertThat(chat.prompt().system("Be brief.").user("Start").call().content()).isEqualTo("first");
        });

        assertThat(model.systemTextOf(0)).isEqualTo("Be brief.");
    }

    @Test
    void theAdvisorRunsRightAfterSpringAisToolCallingAdvisor() {
        assertThat(GinkoNewsAdvisor.DEFAULT_ORDER).isEqualTo(
                ToolCallingAdvisor.DEFAULT_ORDER + 1);
    }

    /** A tool with no arguments that does {@code action} and answers "done". */
    private static ToolCallback tool(String name, Runnable action) {
        return new ToolCallback() {
            @Override
            public ToolDefinition getToolDefinition() {
                return ToolDefinition.builder().name(name).description("A test tool")
                        .inputSchema("{\"type\":\"object\",\"properties\":{}}").build();
            }

            @Override
            public String call(String toolInput) {
                action.run();
                return "done";
            }
        };
    }
}
