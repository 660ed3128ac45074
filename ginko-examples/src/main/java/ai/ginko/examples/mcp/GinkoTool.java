package ai.ginko.examples.mcp;

import java.util.Map;

/**
 * One tool of the MCP server. Each tool is a class of its own; {@link GinkoTools#all} lists them.
 *
 * <p>A tool reports bad arguments and refused operations by throwing {@link IllegalArgumentException} or the
 * library's {@link ai.ginko.core.GinkoException}; {@link ToolCalls} turns those into tool errors.
 */
interface GinkoTool {

    /** snake_case, unique within the server. */
    String name();

    /** What the tool does and when to use it, for the LLM. */
    String description();

    ToolInput input();

    /** The JSON Schema of {@link ToolResult#structured()}. */
    Map<String, Object> outputSchema();

    /** Whether the tool only reads (the client may call it without asking the user). */
    boolean readOnly();

    ToolResult call(Arguments arguments) throws InterruptedException;
}
