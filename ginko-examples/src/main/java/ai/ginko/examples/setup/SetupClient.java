package ai.ginko.examples.setup;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The AI coding clients {@code ginko setup} configures, and the files each one reads. */
public enum SetupClient {
    CLAUDE_CODE("claude-code", "Claude Code", "Claude-Code"),
    CODEX("codex", "Codex", "Codex"),
    GEMINI("gemini", "Gemini CLI", "Gemini-CLI"),
    CURSOR("cursor", "Cursor", "Cursor");

    private final String commandName;
    private final String displayName;
    private final String agentName;

    SetupClient(String commandName, String displayName, String agentName) {
        this.commandName = commandName;
        this.displayName = displayName;
        this.agentName = agentName;
    }

    /** The client named as on the command line: claude-code, codex, gemini or cursor, in any case. */
    public static SetupClient named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(client -> client.commandName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("client must be one of " + names() + ", was "
                        + name));
    }

    public static String names() {
        return Arrays.stream(values()).map(client -> client.commandName).collect(Collectors.joining(", "));
    }

    public String displayName() {
        return displayName;
    }

    /** The agent name its server registers when none is given. */
    public String agentName() {
        return agentName;
    }

    /**
     * The edits that configure this client for a project in {@code projectDir} (Codex: in its home folder, since
     * it reads MCP servers from there), computed from the files as they are now. Nothing is written.
     *
     * @throws ConfigFileException when a file cannot be read or merged into
     */
    public List<ConfigEdit> plan(Path projectDir, Path codexHome, McpServerEntry entry) {
        return switch (this) {
            case CLAUDE_CODE -> {
                Path settings = projectDir.resolve(".claude").resolve("settings.json");
                yield List.of(servers(projectDir.resolve(".mcp.json"), entry),
                        ConfigEdit.of(settings, text -> ClaudeHooks.merge(settings, text, entry.command())));
            }
            case CODEX -> {
                Path file = codexHome.resolve("config.toml");
                yield List.of(ConfigEdit.of(file, text -> CodexToml.merge(file, text, entry)));
            }
            case GEMINI -> List.of(servers(projectDir.resolve(".gemini").resolve("settings.json"), entry));
            case CURSOR -> List.of(servers(projectDir.resolve(".cursor").resolve("mcp.json"), entry));
        };
    }

    private static ConfigEdit servers(Path file, McpServerEntry entry) {
        return ConfigEdit.of(file, text -> McpServersJson.merge(file, text, entry));
    }
}
