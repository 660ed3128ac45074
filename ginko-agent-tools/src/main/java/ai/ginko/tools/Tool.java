package ai.ginko.tools;

import java.util.Map;

/**
 * The implementation of one agent tool. Each tool is a class of its own; {@link GinkoTools#forAgent} lists them,
 * each behind a {@link GinkoTool}.
 *
 * <p>A tool reports bad arguments and refused operations by throwing {@link IllegalArgumentException},
 * {@link ToolRefusal} or the library's {@link ai.ginko.core.GinkoException}; {@link GinkoTool#call} turns those
 * into a {@link ToolError}.
 */
interface Tool {

    /** snake_case, unique among the tools. */
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
