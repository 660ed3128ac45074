package ai.ginko.tools;

/**
 * What a call of a {@link GinkoTool} answers: a {@link ToolResult} when the tool did its work, a {@link ToolError}
 * when it did not. A framework adapter shows {@link #text()} to the model either way, and marks an error as one
 * where its protocol can (MCP's {@code isError}).
 */
public sealed interface ToolOutcome permits ToolResult, ToolError {

    /** The text for the model to read. */
    String text();
}
