package ai.ginko.springai;

import ai.ginko.tools.GinkoTool;
import ai.ginko.tools.ToolError;
import ai.ginko.tools.ToolOutcome;
import ai.ginko.tools.ToolResult;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;
import tools.jackson.databind.json.JsonMapper;

/**
 * One of the agent's coordination tools ({@link GinkoTool}, defined once for MCP, LangChain4j and Spring AI) as a
 * Spring AI {@link ToolCallback}: the same name, description and input schema, and the tool's structured result as
 * JSON. A refusal or a bad argument is an answer too, {@code {"error": "..."}} with the message that names the field
 * and the rule, so that the tool loop goes on and the model reads what went wrong.
 */
public final class GinkoToolCallback implements ToolCallback {

    /** Jackson 3, as Spring AI 2 uses it; thread-safe. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GinkoTool tool;
    private final ToolDefinition definition;

    public GinkoToolCallback(GinkoTool tool) {
        this.tool = tool;
        this.definition = ToolDefinition.builder().name(tool.name()).description(tool.description())
                .inputSchema(JSON.writeValueAsString(tool.inputSchema())).build();
    }

    @Override
    public ToolDefinition getToolDefinition() {
        return definition;
    }

    @Override
    public String call(String toolInput) {
        Map<String, @Nullable Object> arguments;
        try {
            arguments = arguments(toolInput);
        } catch (RuntimeException e) {
            return error("the arguments must be a JSON object, were: " + toolInput);
        }
        ToolOutcome outcome = tool.call(arguments);
        return switch (outcome) {
            case ToolResult result -> JSON.writeValueAsString(result.structured());
            case ToolError failure -> error(failure.text());
        };
    }

    /** The arguments by name; a blank input (a tool without parameters) is none. */
    private static Map<String, @Nullable Object> arguments(String toolInput) {
        Map<String, @Nullable Object> arguments = new LinkedHashMap<>();
        if (toolInput == null || toolInput.isBlank()) {
            return arguments;
        }
        Map<?, ?> parsed = JSON.readValue(toolInput, Map.class);
        if (parsed == null) {
            throw new IllegalArgumentException("not a JSON object");
        }
        parsed.forEach((name, value) -> arguments.put(String.valueOf(name), value));
        return arguments;
    }

    private static String error(String message) {
        return JSON.writeValueAsString(Map.of("error", message));
    }

    @Override
    public String toString() {
        return "GinkoToolCallback[" + tool.name() + "]";
    }
}
