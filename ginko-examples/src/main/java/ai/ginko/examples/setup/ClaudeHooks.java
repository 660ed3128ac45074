package ai.ginko.examples.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Claude Code's hooks in {@code .claude/settings.json}: {@code ginko hook} on SessionStart, UserPromptSubmit,
 * PreToolUse (file edits only), PostToolUse and PostToolBatch, each as
 * {@code {"type": "command", "command": "<launcher> hook", "timeout": 10}} in a matcher group of its own.
 *
 * <p>A hook that already runs some {@code ginko hook} is recognised by its command and kept where it is (with its
 * group, matcher, timeout and any arguments after {@code hook}); only the launcher's path in it is brought up to
 * date. So a second run adds nothing, a moved installation is updated rather than duplicated, and other hooks are
 * never touched.
 */
final class ClaudeHooks {

    static final int TIMEOUT_SECONDS = 10;
    static final String EDIT_TOOLS = "Edit|Write|MultiEdit|NotebookEdit";

    private record Hook(String event, @Nullable String matcher) {
    }

    private static final List<Hook> HOOKS = List.of(
            new Hook("SessionStart", null),
            new Hook("UserPromptSubmit", null),
            new Hook("PreToolUse", EDIT_TOOLS),
            new Hook("PostToolUse", null),
            new Hook("PostToolBatch", null));

    /**
     * A shell command running a launcher named {@code ginko} with {@code hook} as its first argument: whatever
     * comes before it (variables, say), the launcher (single-quoted or a word), and the arguments after it.
     */
    private static final Pattern GINKO_HOOK =
            Pattern.compile("^((?:.*\\s)?)('[^']*/ginko'|[^\\s'\"]*ginko)\\s+hook((?:\\s.*)?)$", Pattern.DOTALL);

    private ClaudeHooks() {
    }

    /** The command of a hook: the launcher, quoted for the shell Claude Code runs it with, and {@code hook}. */
    static String command(String launcher) {
        return shellWord(launcher) + " hook";
    }

    static String merge(Path file, String text, String launcher) {
        return JsonConfig.merge(file, text, root -> merge(file, root, launcher));
    }

    private static void merge(Path file, ObjectNode root, String launcher) {
        ObjectNode hooks = JsonConfig.object(file, root, "hooks", "hooks");
        for (Hook hook : HOOKS) {
            ArrayNode groups = JsonConfig.array(file, hooks, hook.event(), "hooks." + hook.event());
            Optional<ObjectNode> existing = findGinkoHook(groups, command(launcher));
            if (existing.isPresent()) {
                ObjectNode found = existing.get();
                Matcher command = GINKO_HOOK.matcher(found.get("command").asText());
                if (command.matches()) {
                    found.put("command", command.group(1) + command(launcher) + command.group(3));
                }
            } else {
                ObjectNode group = groups.addObject();
                if (hook.matcher() != null) {
                    group.put("matcher", hook.matcher());
                }
                group.putArray("hooks").addObject()
                        .put("type", "command")
                        .put("command", command(launcher))
                        .put("timeout", TIMEOUT_SECONDS);
            }
        }
    }

    /** A hook whose command is {@code ours}, or runs a launcher named ginko with {@code hook}. */
    private static Optional<ObjectNode> findGinkoHook(ArrayNode groups, String ours) {
        for (JsonNode group : groups) {
            JsonNode hooks = group.path("hooks");
            for (JsonNode hook : hooks) {
                String command = hook.path("command").asText();
                if (hook.isObject() && (command.equals(ours) || GINKO_HOOK.matcher(command).matches())) {
                    return Optional.of((ObjectNode) hook);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code word} as one shell word: as it is when it holds only safe characters, else single-quoted. */
    static String shellWord(String word) {
        if (word.matches("[A-Za-z0-9_@%+=:,./-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
