package ai.ginko.examples.hook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON a hook prints, in the shapes of Claude Code's hooks reference: {@code hookSpecificOutput} with the
 * event's name and either {@code additionalContext} or a PreToolUse {@code permissionDecision} with its reason.
 */
public final class HookOutput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HookOutput() {
    }

    /** Text for the model's context (SessionStart, UserPromptSubmit, PostToolUse, PostToolBatch). */
    public static String additionalContext(String event, String text) {
        return write(Map.of("hookEventName", event, "additionalContext", text));
    }

    /** A PreToolUse decision ({@code deny} or {@code ask}) with the reason shown to Claude or to the user. */
    public static String permissionDecision(String decision, String reason) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("hookEventName", HookResponder.PRE_TOOL_USE);
        output.put("permissionDecision", decision);
        output.put("permissionDecisionReason", reason);
        return write(output);
    }

    private static String write(Map<String, Object> hookSpecificOutput) {
        try {
            return JSON.writeValueAsString(Map.of("hookSpecificOutput", hookSpecificOutput));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
