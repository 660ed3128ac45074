package ai.ginko.examples.sprint;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskState;
import ai.ginko.core.memory.InMemoryCoordination;
import ai.ginko.examples.cli.SprintFile;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sprint runner on the scripted model: two LangChain4j agents take the sprint file's tasks through the Ginko
 * tools. The in-memory store stands for the graph (the runner, not the store, is what is tested).
 */
class SprintRunTest {

    private static final Path SPRINT = Path.of("src", "test", "resources", "sprints",
            "realtime-coordination-sprint.md");

    private final InMemoryCoordination store = new InMemoryCoordination();

    private CoordinationClient client(String user) {
        return store.client(ClientSettings.builder().scope("acme", "sprint").userId(user).build());
    }

    @Test
    void twoScriptedAgentsCompleteEveryTaskEachWithAFeatureAndANoteForThePartner() throws Exception {
        SprintFile.Parsed sprint = SprintFile.parse(Files.readAllLines(SPRINT), "");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        boolean completed = SprintRun.run(this::client, sprint.tasks(), ModelChoice.fromEnvironment(Map.of()),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(completed).isTrue();
        try (CoordinationClient reader = client("carol")) {
            List<TaskClaim> claims = reader.claims();
            List<Event> events = reader.eventsSince(0, CoordinationClient.MAX_LIMIT);
            assertThat(claims).hasSize(sprint.tasks().size()).allSatisfy(claim -> {
                assertThat(claim.state()).isEqualTo(TaskState.COMPLETED);
                assertThat(events).anySatisfy(event -> isBy(event, claim, EventCategory.FEATURE));
                assertThat(events).anySatisfy(event -> isBy(event, claim, EventCategory.INSIGHT));
            });
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("model: a scripted model",
                "Every task is completed.");
    }

    private static void isBy(Event event, TaskClaim claim, EventCategory category) {
        assertThat(event.category()).isEqualTo(category);
        assertThat(event.taskId()).contains(claim.taskId());
        assertThat(event.agentId()).contains(claim.agentId());
    }

    @Test
    void withoutAKeyTheModelIsTheScriptedOne() {
        assertThat(ModelChoice.fromEnvironment(Map.of()).model("A", "B")).isInstanceOf(ScriptedSprintModel.class);
    }

    @Test
    void anOpenAiKeyChoosesOpenAi() {
        ModelChoice choice = ModelChoice.fromEnvironment(Map.of(ModelChoice.OPENAI_KEY, "sk-test"));

        assertThat(choice.description()).isEqualTo("OpenAI " + ModelChoice.DEFAULT_OPENAI_MODEL);
        assertThat(choice.model("A", "B")).isInstanceOf(OpenAiChatModel.class);
    }

    @Test
    void anAnthropicKeyChoosesAnthropic() {
        ModelChoice choice = ModelChoice.fromEnvironment(Map.of(ModelChoice.ANTHROPIC_KEY, "sk-ant-test",
                "GINKO_ANTHROPIC_MODEL", "claude-test"));

        assertThat(choice.description()).isEqualTo("Anthropic claude-test");
        assertThat(choice.model("A", "B")).isInstanceOf(AnthropicChatModel.class);
    }
}
