package ai.ginko.examples.mcp;

import ai.ginko.tools.GinkoTool;
import ai.ginko.tools.ToolError;
import ai.ginko.tools.ToolResult;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link GinkoTool} into the SDK's tool specification, and its {@link ToolError} into a tool result with
 * {@code isError}. {@link GinkoTool#call} never throws, so the server answers every call and stays up.
 */
final class ToolCalls {

    private ToolCalls() {
    }

    static SyncToolSpecification specification(GinkoTool tool) {
        Tool definition = Tool.builder(tool.name(), tool.inputSchema())
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

    static CallToolResult call(GinkoTool tool, CallToolRequest request) {
        return switch (tool.call(Optional.ofNullable(request.arguments()).orElse(Map.of()))) {
            case ToolResult result -> CallToolResult.builder()
                    .addTextContent(result.text())
                    .structuredContent(result.structured())
                    .isError(false)
                    .build();
            case ToolError error -> CallToolResult.builder().addTextContent(error.text()).isError(true).build();
        };
    }
}
