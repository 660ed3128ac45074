package ai.ginko.tools;

/**
 * What a tool answers when it did not do its work: bad arguments, an operation the graph refused (a task held by
 * another agent), or an unexpected failure. The message is written for the LLM: it names the argument and the rule,
 * or the reason of the refusal, so that the model can correct its call.
 *
 * @param text the message
 */
public record ToolError(String text) implements ToolOutcome {
}
