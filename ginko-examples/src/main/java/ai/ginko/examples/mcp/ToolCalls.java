package ai.ginko.examples.mcp;

import ai.ginko.core.News;
import ai.ginko.tools.GinkoTool;
import ai.ginko.tools.ToolOutcome;
import ai.ginko.tools.ToolResult;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link GinkoTool} into the SDK's tool specification, and its {@link ai.ginko.tools.ToolError} into a tool
 * result with {@code isError}; every result also carries the agent's news ({@link ResultNews}). {@link GinkoTool#call} never throws, so the server answers every call and stays up.
 */
final class ToolCalls {

    private ToolCalls() {
    }

    static SyncToolSpecification specification(GinkoTool tool, ResultNews news) {
        Tool definition = Tool.builder(tool.name(), tool.inputSchema())
                .description(tool.description())
                .outputSchema(news.enabled() ? ResultNews.withNewsProperty(tool.outputSchema()) : tool.outputSchema())
                // Nothing is destroyed and nothing outside the shared graph is touched; reads are safe to repeat.
                .annotations(new ToolAnnotations(null, tool.readOnly(), false, tool.readOnly(), false, null))
                .build();
        return SyncToolSpecification.builder()
                .tool(definition)
                .callHandler((exchange, request) -> call(tool, request, news))
                .build();
    }

    /** The one place every tool result passes through: the agent's news is added here, after the tool's work. */
    static CallToolResult call(GinkoTool tool, CallToolRequest request, ResultNews news) {
        ToolOutcome outcome = tool.call(Optional.ofNullable(request.arguments()).orElse(Map.of()));
        Optional<News> taken = news.take();
        CallToolResult.Builder result = CallToolResult.builder().addTextContent(outcome.text());
        taken.ifPresent(n -> result.addTextContent(n.text()));
        if (outcome instanceof ToolResult done) {
            return result.structuredContent(taken.map(n -> ResultNews.withNews(done.structured(), n))
                            .orElse(done.structured()))
                    .isError(false)
                    .build();
        }
        // A ToolError: its text, and no structured content.
        return result.isError(true).build();
    }
}
