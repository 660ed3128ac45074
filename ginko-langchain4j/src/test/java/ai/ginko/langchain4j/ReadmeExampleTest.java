package ai.ginko.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskStatus;
import ai.ginko.core.memory.InMemoryCoordination;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "LangChain4j" example is {@link ReadmeExample}'s marked region, and it works. */
class ReadmeExampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path EXAMPLE = Path.of("src", "test", "java", "ai", "ginko", "langchain4j",
            "ReadmeExample.java");

    @Test
    void theReadmeShowsTheCompiledExampleVerbatim() throws IOException {
        assertThat(readmeBlock()).isEqualTo(markedRegion());
    }

    @Test
    void theExampleCompletesATaskOnAScriptedModel() {
        try (CoordinationClient client = new InMemoryCoordination().client(ClientSettings.builder()
                .scope("acme", "shop").userId("alice").build())) {
            client.tasks().define(TaskDefinition.of("TASK-1", "Cart API"));
            ScriptedChatModel model = new ScriptedChatModel()
                    .calls("claim_next_task", "{}")
                    .calls("complete_task", "{\"task_id\": \"TASK-1\"}")
                    .answers("Done.");

            assertThat(ReadmeExample.work(client, model)).isEqualTo("Done.");
            assertThat(client.tasks().task("TASK-1")).hasValueSatisfying(
                    task -> assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED));
        }
    }

    /** The lines between the markers, without their common indentation. */
    private static List<String> markedRegion() throws IOException {
        List<String> lines = Files.readAllLines(EXAMPLE);
        List<String> region = lines.subList(indexOf(lines, "// tag::langchain4j[]") + 1,
                indexOf(lines, "// end::langchain4j[]"));
        int indent = region.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return region.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList();
    }

    /** The first java code block after the README's "## LangChain4j" heading. */
    private static List<String> readmeBlock() throws IOException {
        List<String> lines = Files.readAllLines(README);
        List<String> afterHeading = lines.subList(indexOf(lines, "## LangChain4j"), lines.size());
        List<String> fromCode = afterHeading.subList(indexOf(afterHeading, "```java") + 1, afterHeading.size());
        return fromCode.subList(0, indexOf(fromCode, "```"));
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("no line '" + marker + "'");
    }
}
