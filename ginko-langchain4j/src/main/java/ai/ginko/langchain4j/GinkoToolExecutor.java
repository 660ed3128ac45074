package ai.ginko.langchain4j;

import ai.ginko.tools.GinkoTool;
import ai.ginko.tools.ToolError;
import ai.ginko.tools.ToolOutcome;
import ai.ginko.tools.ToolResult;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.service.tool.ToolExecutionResult;
import dev.langchain4j.service.tool.ToolExecutor;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Runs one shared tool for LangChain4j: parses the arguments the model sent (a JSON object), calls the tool's
 * handler, and answers its text. A {@link ToolError} is answered too, marked as an error, never thrown: LangChain4j
 * would end the AI service call on an exception, and the model could not correct itself.
 */
final class GinkoToolExecutor implements ToolExecutor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GinkoTool tool;

    GinkoToolExecutor(GinkoTool tool) {
        this.tool = tool;
    }

    @Override
    public String execute(ToolExecutionRequest request, @Nullable Object memoryId) {
        return run(request).text();
    }

    @Override
    public ToolExecutionResult executeWithContext(ToolExecutionRequest request, InvocationContext context) {
        ToolOutcome outcome = run(request);
        ToolExecutionResult.Builder result = ToolExecutionResult.builder()
                .isError(outcome instanceof ToolError)
                .resultText(outcome.text());
        if (outcome instanceof ToolResult done) {
            result.result(done.structured());
        }
        return result.build();
    }

    ToolOutcome run(ToolExecutionRequest request) {
        String arguments = request.arguments();
        // Models send "" (or nothing) for a call without arguments.
        if (arguments == null || arguments.isBlank()) {
            return tool.call(Map.of());
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(arguments);
        } catch (JsonProcessingException e) {
            return new ToolError("arguments must be a JSON object, was not JSON: " + e.getOriginalMessage());
        }
        if (!parsed.isObject()) {
            return new ToolError("arguments must be a JSON object, was " + parsed);
        }
        @SuppressWarnings("unchecked") // a JSON object converts to a map with string keys
        Map<String, @Nullable Object> values = JSON.convertValue(parsed, Map.class);
        return tool.call(values);
    }
}
