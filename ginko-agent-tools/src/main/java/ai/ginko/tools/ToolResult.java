package ai.ginko.tools;

import java.util.Map;

/**
 * What a tool answers when it did its work: a short text for the LLM to read and the same facts as structured
 * content, which conforms to the tool's {@linkplain GinkoTool#outputSchema() output schema}.
 *
 * @param text       a few lines of text
 * @param structured the structured content: an ordered map of JSON values (strings, numbers, booleans, lists, maps
 *                   and {@code null} for an absent value)
 */
public record ToolResult(String text, Map<String, Object> structured) implements ToolOutcome {
}
