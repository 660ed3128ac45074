package ai.ginko.examples.mcp;

import java.util.Map;

/**
 * What a tool answers when it did its work: a short text for the LLM to read and the same facts as structured
 * content, which conforms to the tool's output schema.
 *
 * @param summary    a few lines of text
 * @param structured the structured content
 */
record ToolResult(String summary, Map<String, Object> structured) {
}
