package ai.ginko.examples.hook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code ginko hook} finds the variables of the session's server: the project's {@code .mcp.json}. */
class ProjectServerEntryTest {

    private static final String ENTRY = """
            {"mcpServers": {"other": {"command": "x", "env": {"GINKO_ORG": "not-ours"}},
                            "ginko": {"command": "/opt/ginko/bin/ginko", "args": ["mcp"],
                                      "env": {"GINKO_ORG": "acme", "GINKO_AGENT_NAME": "Claude-Implementer"}}}}
            """;

    @TempDir
    private Path project;

    @Test
    void theEntryOfTheProjectFolderClaudeCodeNamesIsRead() throws IOException {
        Files.writeString(project.resolve(".mcp.json"), ENTRY);

        assertThat(ProjectServerEntry.environment(Map.of("CLAUDE_PROJECT_DIR", project.toString()), Optional.empty()))
                .containsExactly(Map.entry("GINKO_ORG", "acme"), Map.entry("GINKO_AGENT_NAME", "Claude-Implementer"));
    }

    @Test
    void withoutTheProjectFolderTheNearestFolderAboveTheWorkingFolderWithAnEntryIsRead() throws IOException {
        Files.writeString(project.resolve(".mcp.json"), ENTRY);
        Path below = Files.createDirectories(project.resolve("src/main"));
        Files.writeString(project.resolve("src/.mcp.json"), "{\"mcpServers\": {\"other\": {\"command\": \"x\"}}}");

        assertThat(ProjectServerEntry.environment(Map.of(), Optional.of(below))).containsEntry("GINKO_ORG", "acme");
    }

    @Test
    void noEntryGivesNoVariables() {
        assertThat(ProjectServerEntry.environment(Map.of("CLAUDE_PROJECT_DIR", project.toString()),
                Optional.of(project))).isEmpty();
    }

    @Test
    void valuesAreExpandedAsClaudeCodeExpandsThem() {
        Map<String, String> environment = Map.of("PASSWORD", "s3cret", "EMPTY", "");

        assertThat(ProjectServerEntry.expand("${PASSWORD}", environment)).isEqualTo("s3cret");
        assertThat(ProjectServerEntry.expand("${UNSET}", environment)).isEqualTo("${UNSET}");
        assertThat(ProjectServerEntry.expand("bolt://${HOST:-localhost}:7687", environment))
                .isEqualTo("bolt://localhost:7687");
        assertThat(ProjectServerEntry.expand("${EMPTY:-fallback}", environment)).isEqualTo("fallback");
        assertThat(ProjectServerEntry.expand("$PASSWORD", environment)).isEqualTo("$PASSWORD");
    }

    @Test
    void aFileThatIsNotJsonIsRefusedNamingIt() throws IOException {
        Path file = Files.writeString(project.resolve(".mcp.json"), "{\"mcpServers\": ");

        assertThatThrownBy(() -> ProjectServerEntry.environment(Map.of("CLAUDE_PROJECT_DIR", project.toString()),
                Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + " is not valid JSON");
    }
}
