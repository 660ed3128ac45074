package ai.ginko.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import ai.ginko.core.memory.InMemoryCoordination;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The news: the agent's news ({@code AgentSession.news()}), each item in one request only and shared with the
 * agent's other entry points, at the end of the request.
 */
class NewsInjectorTest {

    private CoordinationClient client;
    private AgentSession agent;
    private AgentSession other;

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

    private static ChatRequest request() {
        return ChatRequest.builder().messages(UserMessage.from("Go on.")).build();
    }

    private static String last(ChatRequest request) {
        ChatMessage last = request.messages().getLast();
        return last instanceof UserMessage user ? user.singleText() : "";
    }

    @Test
    void anotherAgentsEventIsAddedAsTheLastMessageOfTheNextRequest() {
        NewsInjector news = NewsInjector.of(NewsSource.of(agent));
        other.logger().log(EventCategory.DECISION, "Carts expire after a day");

        ChatRequest request = news.apply(request());

        assertThat(request.messages()).hasSize(2);
        assertThat(last(request)).startsWith("Ginko news").contains("Carts expire after a day", other.agentId());
    }

    @Test
    void aPieceOfNewsIsInOneRequestOnly() {
        NewsInjector news = NewsInjector.of(NewsSource.of(agent));
        other.logger().log(EventCategory.DECISION, "Carts expire after a day");
        news.apply(request());

        assertThat(news.apply(request()).messages()).hasSize(1);
    }

    @Test
    void thisAgentsOwnEventsAreNotNews() {
        NewsInjector news = NewsInjector.of(NewsSource.of(agent));
        agent.logger().log(EventCategory.DECISION, "Carts expire after a day");

        assertThat(news.apply(request()).messages()).hasSize(1);
    }

    @Test
    void newsTheAgentWasShownThroughAnotherEntryPointIsNotShownAgain() {
        NewsInjector news = NewsInjector.of(NewsSource.of(agent));
        other.logger().log(EventCategory.DECISION, "Carts expire after a day");
        // Another process acting for the agent, as its hook or its MCP server does.
        try (AgentSession hook = client.attachAgent(agent.agentId())) {
            assertThat(hook.news().take()).isPresent();
        }

        assertThat(news.apply(request()).messages()).hasSize(1);
    }

    @Test
    void theSourceOfNoSessionIsRefusedNamingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> NewsSource.of(null)).withMessageContaining("session");
    }

    @Test
    void whenTheNewsCannotBeReadTheRequestGoesWithoutIt() {
        NewsInjector news = NewsInjector.of(() -> {
            throw new IllegalStateException("database away");
        });
        ChatRequest request = request();

        assertThat(news.apply(request)).isSameAs(request);
    }

    @Test
    void aSourceWithNothingNewLeavesTheRequestAlone() {
        ChatRequest request = request();

        assertThat(NewsInjector.of(Optional::empty).apply(request)).isSameAs(request);
    }
}
