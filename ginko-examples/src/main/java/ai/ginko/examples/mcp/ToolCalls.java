package ai.ginko.examples.mcp;

import ai.ginko.core.GinkoException;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link GinkoTool} into the SDK's tool specification, and every way a call can fail into a tool result
 * with {@code isError}: bad arguments and refusals carry the library's message (which names the field and the
 * rule), anything unexpected a one-line message with the details in the log. A tool call never throws into the
 * SDK, so the server answers every call and stays up.
 */
final class ToolCalls {

    private static final Logger LOG = LoggerFactory.getLogger(ToolCalls.class);

    private ToolCalls() {
    }

    static SyncToolSpecification specification(GinkoTool tool) {
        Tool definition = Tool.builder(tool.name(), tool.input().schema())
                .description(tool.description())
                .outputSchema(tool.outputSchema())
                // Nothing is destroyed and nothing outside the shared graph is touched; reads are safe to repeat.
                .annotations(new ToolAnnotations(null, tool.readOnly(), false, tool.readOnly(), false, null))
                .build();
        return SyncToolSpecification.builder()
                .tool(definition)
                .callHandler((exchange, request) -> call(tool, request))
                .build();
    }

    /** The library's messages name the field and the rule; every exception caught here has one. */
    private static String messageOf(Exception e) {
        return Objects.requireNonNullElse(e.getMessage(), e.toString());
    }

    static CallToolResult call(GinkoTool tool, CallToolRequest request) {
        try {
            Arguments arguments = tool.input().read(Optional.ofNullable(request.arguments()).orElse(Map.of()));
            ToolResult result = tool.call(arguments);
            return CallToolResult.builder()
                    .addTextContent(result.summary())
                    .structuredContent(result.structured())
                    .isError(false)
                    .build();
        } catch (IllegalArgumentException | GinkoException | ToolRefusal e) {
            return error(messageOf(e));
        } catch (IllegalStateException e) {
            // The client was closed under the call: the server is shutting down.
            return error(messageOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error("interrupted: the server is shutting down");
        } catch (RuntimeException e) {
            LOG.error("Tool {} failed", tool.name(), e);
            return error("unexpected error in " + tool.name() + ": " + e + " (the server's log has the details)");
        }
    }

    private static CallToolResult error(String message) {
        return CallToolResult.builder().addTextContent(message).isError(true).build();
    }
}
