package ai.ginko.tools;

import ai.ginko.core.GinkoException;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One agent tool, as every framework adapter needs it: a name, a description for the LLM, the JSON Schemas of its
 * arguments and of its structured result, whether it only reads, and {@link #call} to run it. The MCP server, the
 * LangChain4j binding and the Spring AI binding all serve these same objects, so each tool is defined once.
 *
 * <p>Thread-safe: an adapter may call a tool from several threads at once (an MCP client may send requests
 * concurrently).
 */
public final class GinkoTool {

    private static final Logger LOG = LoggerFactory.getLogger(GinkoTool.class);

    private final Tool tool;

    GinkoTool(Tool tool) {
        this.tool = tool;
    }

    /** snake_case, unique among the tools of {@link GinkoTools#forAgent}. */
    public String name() {
        return tool.name();
    }

    /** What the tool does and when to use it, for the LLM. */
    public String description() {
        return tool.description();
    }

    /**
     * The JSON Schema of the arguments: an object with the tool's parameters as properties, the required ones
     * listed, and no others allowed. A fresh map on each call.
     */
    public Map<String, Object> inputSchema() {
        return tool.input().schema();
    }

    /** The JSON Schema of {@link ToolResult#structured()}. */
    public Map<String, Object> outputSchema() {
        return tool.outputSchema();
    }

    /** Whether the tool only reads the graph (a client may call it without asking the user). */
    public boolean readOnly() {
        return tool.readOnly();
    }

    /**
     * Checks the arguments against {@link #inputSchema()} and runs the tool. Never throws: bad arguments, refusals
     * and failures are a {@link ToolError}, so that an agent's tool loop carries on and the model reads what went
     * wrong.
     *
     * <p>The checks are the tool's own rather than a JSON Schema validator's, so that a bad argument is answered
     * with one message in the project's style (the field, the rule, the value), the same message the library gives
     * for the rules it owns.
     *
     * @param arguments the arguments by name, as parsed from JSON (strings, numbers, booleans, lists, maps); a
     *                  {@code null} value counts as absent
     */
    public ToolOutcome call(Map<String, ? extends @Nullable Object> arguments) {
        // A caller's mistake, not the model's: thrown, not answered.
        if (arguments == null) {
            throw new IllegalArgumentException("arguments must not be null (an empty map for none)");
        }
        try {
            return tool.call(tool.input().read(arguments));
        } catch (IllegalArgumentException | GinkoException | ToolRefusal e) {
            return new ToolError(messageOf(e));
        } catch (IllegalStateException e) {
            // The client was closed under the call: the agent is shutting down.
            return new ToolError(messageOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ToolError("interrupted: the agent is shutting down");
        } catch (RuntimeException e) {
            LOG.error("Tool {} failed", tool.name(), e);
            return new ToolError("unexpected error in " + tool.name() + ": " + e
                    + " (the agent's log has the details)");
        }
    }

    /** The library's messages name the field and the rule; every exception caught here has one. */
    private static String messageOf(Exception e) {
        return Objects.requireNonNullElse(e.getMessage(), e.toString());
    }

    @Override
    public String toString() {
        return "GinkoTool[" + tool.name() + "]";
    }
}
