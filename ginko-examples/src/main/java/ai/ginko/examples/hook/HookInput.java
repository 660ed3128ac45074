package ai.ginko.examples.hook;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a Claude Code hook receives on its standard input, as far as ginko reads it: the event, the session's
 * working folder, and the tool with the files it edits. Every other field is ignored.
 *
 * @param event     {@code hook_event_name}, e.g. {@code PostToolUse}
 * @param sessionId {@code session_id}
 * @param cwd       {@code cwd}, the folder Claude Code works in
 * @param toolName  {@code tool_name} of PreToolUse and PostToolUse
 * @param files     the files the tool call (or, for PostToolBatch, the batch's calls) edit: {@code file_path}, or
 *                  {@code notebook_path} of NotebookEdit, in {@code tool_input}; absolute, as Claude Code gives them
 */
public record HookInput(String event, Optional<String> sessionId, Optional<Path> cwd, Optional<String> toolName,
        List<String> files) {

    /** The longest input read, in bytes; a tool's response can be long, and nothing past this is needed. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    public HookInput {
        files = List.copyOf(files);
    }

    /**
     * Reads the hook's input.
     *
     * @throws IllegalArgumentException when it is not a JSON object with a {@code hook_event_name}
     */
    public static HookInput parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("hook input must be JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("hook input must be a JSON object");
        }
        String event = text(root, "hook_event_name")
                .orElseThrow(() -> new IllegalArgumentException("hook_event_name is required"));
        List<String> files = new ArrayList<>();
        addFiles(root.path("tool_input"), files);
        // PostToolBatch: the calls of the batch, named tool_calls in the hooks reference (tool_results elsewhere).
        for (String batch : List.of("tool_calls", "tool_results")) {
            root.path(batch).forEach(call -> addFiles(call.path("tool_input"), files));
        }
        return new HookInput(event, text(root, "session_id"), text(root, "cwd").flatMap(HookInput::path),
                text(root, "tool_name"), files);
    }

    /** This call's files relative to {@code cwd}; files outside it are left out. */
    public List<String> relativeFiles() {
        return cwd.map(folder -> files.stream().flatMap(file -> path(file).stream())
                .filter(Path::isAbsolute)
                .map(Path::normalize)
                .filter(file -> file.startsWith(folder.normalize()))
                .map(file -> folder.normalize().relativize(file).toString().replace('\\', '/'))
                .filter(file -> !file.isEmpty())
                .toList()).orElse(List.of());
    }

    private static void addFiles(JsonNode toolInput, List<String> files) {
        text(toolInput, "file_path").ifPresent(files::add);
        text(toolInput, "notebook_path").ifPresent(files::add);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText())
                : Optional.empty();
    }

    private static Optional<Path> path(String text) {
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
