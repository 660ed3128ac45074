package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ginko setup} through the real command, on project folders (and a Codex home) that already hold the user's
 * configuration: merged without losing anything, idempotent, a dry run that writes nothing, malformed files refused.
 */
class SetupCommandTest {

    private static final String LAUNCHER = Path.of("bin", "ginko").toAbsolutePath().toString();
    private static final String HOOK = LAUNCHER + " hook";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    private Path project;
    @TempDir
    private Path codexHome;
    private GinkoShell shell;

    @BeforeEach
    void shellThatRunsSetupThroughTheLauncher() {
        shell = GinkoShell.withVariables(Map.of(
                "GINKO_LAUNCHER", LAUNCHER,
                "CODEX_HOME", codexHome.toString(),
                "GINKO_ORG", "acme",
                "GINKO_PROJECT", "checkout"));
    }

    @Test
    void claudeCodeGetsTheServerBesideTheUsersOtherServersAndKeys() throws IOException {
        write(".mcp.json", """
                {"mcpServers": {"search": {"command": "npx", "args": ["-y", "search-mcp"]}}, "note": 1.50}
                """);

        GinkoShell.Result result = setup("claude-code", "--uri", "bolt://db:7687", "--name", "Claude-Implementer");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode root = readJson(".mcp.json");
        assertThat(root.path("mcpServers").path("search").toString())
                .isEqualTo("{\"command\":\"npx\",\"args\":[\"-y\",\"search-mcp\"]}");
        assertThat(root.path("note").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(root.path("mcpServers").path("ginko").toString()).isEqualTo("{\"command\":\"" + LAUNCHER
                + "\",\"args\":[\"mcp\"],\"env\":{\"GINKO_NEO4J_URI\":\"bolt://db:7687\",\"GINKO_ORG\":\"acme\","
                + "\"GINKO_PROJECT\":\"checkout\",\"GINKO_AGENT_NAME\":\"Claude-Implementer\"}}");
    }

    @Test
    void claudeCodeGetsTheFiveHooksBesideTheUsersOwnHooksAndSettings() throws IOException {
        write(".claude/settings.json", """
                {"permissions": {"allow": ["Bash(ls)"]},
                 "hooks": {"PostToolUse": [{"matcher": "Write", "hooks": [{"type": "command", "command": "fmt"}]}]}}
                """);

        GinkoShell.Result result = setup("claude-code");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode settings = readJson(".claude/settings.json");
        assertThat(settings.path("permissions").toString()).isEqualTo("{\"allow\":[\"Bash(ls)\"]}");
        JsonNode hooks = settings.path("hooks");
        assertThat(hooks.path("PostToolUse").get(0).toString())
                .isEqualTo("{\"matcher\":\"Write\",\"hooks\":[{\"type\":\"command\",\"command\":\"fmt\"}]}");
        String ginkoHook = "[{\"type\":\"command\",\"command\":\"" + HOOK + "\",\"timeout\":10}]";
        assertThat(hooks.path("PostToolUse").get(1).toString()).isEqualTo("{\"hooks\":" + ginkoHook + "}");
        assertThat(hooks.path("PreToolUse").toString())
                .isEqualTo("[{\"matcher\":\"Edit|Write|MultiEdit|NotebookEdit\",\"hooks\":" + ginkoHook + "}]");
        for (String event : List.of("SessionStart", "UserPromptSubmit", "PostToolBatch")) {
            assertThat(hooks.path(event).toString()).as(event).isEqualTo("[{\"hooks\":" + ginkoHook + "}]");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"claude-code", "codex", "gemini", "cursor"})
    void aSecondRunLeavesEveryFileByteForByteAndUntouched(String client) throws IOException {
        write(".mcp.json", "{\"mcpServers\": {\"search\": {\"command\": \"npx\"}}}\n");
        write(".gemini/settings.json", "{\"theme\": \"GitHub\"}");
        write(".cursor/mcp.json", "{}");
        Files.writeString(codexHome.resolve("config.toml"), "model = \"o3\" # mine\n");
        assertThat(setup(client).exitCode()).isZero();
        Map<Path, String> first = snapshot();
        Map<Path, FileTime> modified = modificationTimes();

        GinkoShell.Result second = setup(client);

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(snapshot()).isEqualTo(first);
        assertThat(modificationTimes()).isEqualTo(modified);
        assertThat(second.outLines()).filteredOn(line -> line.startsWith("Unchanged: ")).isNotEmpty()
                .hasSize(client.equals("claude-code") ? 2 : 1);
    }

    @Test
    void aDryRunPrintsTheChangeAsADiffAndWritesNothing() throws IOException {
        write(".cursor/mcp.json", "{\n  \"mcpServers\": {}\n}\n");

        GinkoShell.Result result = setup("cursor", "--dry-run");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readString(project.resolve(".cursor/mcp.json"))).isEqualTo("{\n  \"mcpServers\": {}\n}\n");
        Path file = project.resolve(".cursor/mcp.json");
        assertThat(result.out()).isEqualTo("--- " + file + "\n+++ " + file + "\n"
                + "@@ -1,3 +1,15 @@\n"
                + " {\n"
                + "-  \"mcpServers\": {}\n"
                + "+  \"mcpServers\": {\n"
                + "+    \"ginko\": {\n"
                + "+      \"command\": \"" + LAUNCHER + "\",\n"
                + "+      \"args\": [\n"
                + "+        \"mcp\"\n"
                + "+      ],\n"
                + "+      \"env\": {\n"
                + "+        \"GINKO_ORG\": \"acme\",\n"
                + "+        \"GINKO_PROJECT\": \"checkout\",\n"
                + "+        \"GINKO_AGENT_NAME\": \"Cursor\"\n"
                + "+      }\n"
                + "+    }\n"
                + "+  }\n"
                + " }\n"
                + "Dry run: nothing was written.\n");
    }

    @Test
    void aDryRunCreatesNoFileOrFolder() {
        GinkoShell.Result result = setup("claude-code", "--dry-run");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("--- /dev/null\n+++ " + project.resolve(".mcp.json"));
        assertThat(project).isEmptyDirectory();
    }

    @Test
    void aMalformedFileIsRefusedNamingItAndNoFileIsWritten() throws IOException {
        write(".claude/settings.json", "{\"hooks\": {\"PostToolUse\": []},}\n");

        GinkoShell.Result result = setup("claude-code");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("ginko: " + project.resolve(".claude/settings.json")
                + ": is not valid JSON (").contains("line 1").endsWith("; nothing was written\n");
        assertThat(project.resolve(".mcp.json")).doesNotExist();
        assertThat(Files.readString(project.resolve(".claude/settings.json")))
                .isEqualTo("{\"hooks\": {\"PostToolUse\": []},}\n");
    }

    @Test
    void aFileWhoseServersAreNotAnObjectIsRefusedNamingTheKey() throws IOException {
        write(".gemini/settings.json", "{\"mcpServers\": [\"ginko\"]}");

        GinkoShell.Result result = setup("gemini");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("ginko: " + project.resolve(".gemini/settings.json")
                + ": mcpServers must be a JSON object, was an array; nothing was written\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gemini", "cursor"})
    void geminiAndCursorGetTheServerInTheirProjectFile(String client) throws IOException {
        GinkoShell.Result result = setup(client);

        assertThat(result.exitCode()).as(result.err()).isZero();
        String file = client.equals("gemini") ? ".gemini/settings.json" : ".cursor/mcp.json";
        assertThat(result.outLines()).first().isEqualTo("Created: " + project.resolve(file));
        JsonNode server = readJson(file).path("mcpServers").path("ginko");
        assertThat(server.path("command").asText()).isEqualTo(LAUNCHER);
        assertThat(server.path("env").path("GINKO_AGENT_NAME").asText())
                .isEqualTo(client.equals("gemini") ? "Gemini-CLI" : "Cursor");
    }

    @Test
    void anExistingGinkoEntryKeepsItsExtraArgumentsVariablesAndKeys() throws IOException {
        write(".mcp.json", """
                {"mcpServers": {"ginko": {"type": "stdio", "command": "/old/bin/ginko",
                 "args": ["mcp", "--capability", "java"], "env": {"GINKO_NEO4J_PASSWORD": "s3cret", "GINKO_ORG": "old"}}}}
                """);

        assertThat(setup("claude-code").exitCode()).isZero();

        assertThat(readJson(".mcp.json").path("mcpServers").path("ginko").toString()).isEqualTo("{\"type\":\"stdio\","
                + "\"command\":\"" + LAUNCHER + "\",\"args\":[\"mcp\",\"--capability\",\"java\"],\"env\":{"
                + "\"GINKO_NEO4J_PASSWORD\":\"s3cret\",\"GINKO_ORG\":\"acme\",\"GINKO_PROJECT\":\"checkout\","
                + "\"GINKO_AGENT_NAME\":\"Claude-Code\"}}");
    }

    @Test
    void hooksOfAMovedLauncherAreUpdatedInPlaceNotDuplicated() throws IOException {
        write(".claude/settings.json", """
                {"hooks": {"SessionStart": [{"hooks": [{"type": "command", "command": "/old/bin/ginko hook", "timeout": 5}]}]}}
                """);

        assertThat(setup("claude-code").exitCode()).isZero();

        assertThat(readJson(".claude/settings.json").path("hooks").path("SessionStart").toString())
                .isEqualTo("[{\"hooks\":[{\"type\":\"command\",\"command\":\"" + HOOK + "\",\"timeout\":5}]}]");
    }

    @Test
    void codexGetsItsTableAppendedWithCommentsAndOtherTablesKept() throws IOException {
        String mine = """
                # my settings
                model = "o3"  # the model

                [mcp_servers.search]
                command = "npx"
                args = [
                  "-y",   # quiet
                  "search-mcp",
                ]
                """;
        Files.writeString(codexHome.resolve("config.toml"), mine);

        GinkoShell.Result result = setup("codex", "--name", "Codex-Reviewer");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readString(codexHome.resolve("config.toml"))).isEqualTo(mine + """

                [mcp_servers.ginko]
                command = "%s"
                args = ["mcp"]
                env = { GINKO_ORG = "acme", GINKO_PROJECT = "checkout", GINKO_AGENT_NAME = "Codex-Reviewer" }
                """.formatted(LAUNCHER));
    }

    @Test
    void codexEntryIsUpdatedInPlaceKeepingTheUsersArgumentsVariablesAndComments() throws IOException {
        Files.writeString(codexHome.resolve("config.toml"), """
                [mcp_servers.ginko]
                command = "/old/bin/ginko"  # moved since
                args = ["mcp", "--capability", "java"]
                startup_timeout_sec = 20

                [mcp_servers.ginko.env]
                GINKO_NEO4J_PASSWORD = 's3cret'
                GINKO_ORG = "old"

                [profiles.fast]
                model = "o4-mini"
                """);

        assertThat(setup("codex").exitCode()).isZero();

        assertThat(Files.readString(codexHome.resolve("config.toml"))).isEqualTo("""
                [mcp_servers.ginko]
                command = "%s"  # moved since
                args = ["mcp", "--capability", "java"]
                startup_timeout_sec = 20

                [mcp_servers.ginko.env]
                GINKO_NEO4J_PASSWORD = 's3cret'
                GINKO_ORG = "acme"
                GINKO_PROJECT = "checkout"
                GINKO_AGENT_NAME = "Codex"

                [profiles.fast]
                model = "o4-mini"
                """.formatted(LAUNCHER));
    }

    @Test
    void codexFileWithEveryKindOfTomlValueIsMergedIntoWithoutChangingThem() throws IOException {
        String mine = """
                title = \"""
                Two lines, "quoted" \\
                  and joined\"""
                path = 'C:\\Users\\me'
                when = 1979-05-27 07:32:00Z
                "quoted key".nested = { a = 1, b = [true, -0.5e3] }
                [mcp_servers.ginko]
                env.GINKO_ORG = "old"
                """;
        Files.writeString(codexHome.resolve("config.toml"), mine);

        assertThat(setup("codex").exitCode()).isZero();

        assertThat(Files.readString(codexHome.resolve("config.toml"))).isEqualTo(
                mine.replace("env.GINKO_ORG = \"old\"\n", "env.GINKO_ORG = \"acme\"\n")
                        + "command = \"" + LAUNCHER + "\"\nargs = [\"mcp\"]\n"
                        + "env.GINKO_PROJECT = \"checkout\"\nenv.GINKO_AGENT_NAME = \"Codex\"\n");
    }

    @Test
    void malformedTomlIsRefusedNamingTheFileAndLine() throws IOException {
        Files.writeString(codexHome.resolve("config.toml"), "model = \"o3\"\nthis is not toml\n");

        GinkoShell.Result result = setup("codex");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("ginko: " + codexHome.resolve("config.toml") + ": is not valid TOML "
                + "(expected '=' after the key, at line 2, column 6); nothing was written\n");
        assertThat(Files.readString(codexHome.resolve("config.toml"))).isEqualTo("model = \"o3\"\nthis is not toml\n");
    }

    @Test
    void aCodexEntryInAnotherFormIsRefusedRatherThanDefinedTwice() throws IOException {
        Files.writeString(codexHome.resolve("config.toml"), "[mcp_servers]\nginko = { command = \"x\" }\n");

        GinkoShell.Result result = setup("codex");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("mcp_servers.ginko is defined by an inline table or dotted keys (line 2)")
                .endsWith("; nothing was written\n");
    }

    @Test
    void withoutTheLauncherPathSetupFailsAsAUsageError() {
        GinkoShell.Result result = GinkoShell.withVariables(Map.of()).run("setup", "cursor", "--dir",
                project.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).first().isEqualTo("ginko: no launcher path: run 'ginko setup' through "
                + "bin/ginko, which sets GINKO_LAUNCHER (or pass --launcher)");
        assertThat(project).isEmptyDirectory();
    }

    @Test
    void helpNamesEachClientsFiles() {
        GinkoShell.Result result = shell.run("setup", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: ginko setup")
                .contains("claude-code  DIR/.mcp.json and the hooks in DIR/.claude/settings.json",
                        "codex        [mcp_servers.ginko] in CODEX_HOME/config.toml",
                        "gemini       DIR/.gemini/settings.json", "cursor       DIR/.cursor/mcp.json", "--dry-run");
    }

    @Test
    void anUnknownClientIsAUsageErrorListingTheClients() {
        GinkoShell.Result result = setup("vscode");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("ginko: client must be one of claude-code, codex, gemini, cursor, "
                + "was vscode\n");
    }

    private GinkoShell.Result setup(String client, String... options) {
        List<String> args = new ArrayList<>(List.of("setup", client, "--dir", project.toString()));
        args.addAll(List.of(options));
        return shell.run(args.toArray(String[]::new));
    }

    private void write(String file, String text) throws IOException {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private JsonNode readJson(String file) throws IOException {
        return JSON.readTree(project.resolve(file).toFile());
    }

    private Map<Path, String> snapshot() throws IOException {
        Map<Path, String> files = new TreeMap<>();
        for (Path root : List.of(project, codexHome)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.filter(Files::isRegularFile).toList()) {
                    files.put(path, Files.readString(path));
                }
            }
        }
        return files;
    }

    private Map<Path, FileTime> modificationTimes() throws IOException {
        Map<Path, FileTime> times = new TreeMap<>();
        for (Path path : snapshot().keySet()) {
            times.put(path, Files.getLastModifiedTime(path));
        }
        return times;
    }
}
