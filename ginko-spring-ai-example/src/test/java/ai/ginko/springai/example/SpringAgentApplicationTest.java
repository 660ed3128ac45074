package ai.ginko.springai.example;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentSession;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.TaskStatus;
import ai.ginko.core.TaskView;
import ai.ginko.core.memory.InMemoryCoordination;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The example application, run as its main method runs it, on an in-memory graph that the test hands it as the
 * application's own client (ginko-spring-ai's tests cover the client it builds on Neo4j).
 */
class SpringAgentApplicationTest {

    private final InMemoryCoordination graph = new InMemoryCoordination();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private CoordinationClient client(String user) {
        return graph.client(ClientSettings.builder(Map.of()).scope("demo", "spring-agent").userId(user).build());
    }

    @Test
    void theAgentTakesTheNextReadyTaskLogsAFeatureCompletesItAndGoesOfflineAtTheEnd() {
        SpringApplication application = new SpringApplication(SpringAgentApplication.class);
        application.addInitializers((ApplicationContextInitializer<GenericApplicationContext>) context -> {
            context.registerBean(CoordinationClient.class, () -> client("spring-agent"));
            context.registerBean(PrintStream.class, () -> new PrintStream(printed, true, StandardCharsets.UTF_8));
        });
        String agentId;
        try (ConfigurableApplicationContext context = application.run()) {
            agentId = context.getBean(AgentSession.class).agentId();
        }

        try (CoordinationClient observer = client("observer")) {
            assertThat(observer.tasks().task("TASK-1")).map(TaskView::status).contains(TaskStatus.COMPLETED);
            assertThat(observer.eventsByAgent(agentId, 0, 100)).filteredOn(e -> e.category() == EventCategory.FEATURE)
                    .extracting(Event::description).containsExactly("Implemented TASK-1");
            assertThat(observer.agent(agentId)).map(AgentInfo::status).contains(AgentStatus.OFFLINE);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Completed TASK-1.");
    }
}
