package ai.ginko.springai.example;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;

/**
 * A scripted stand-in for a real model, driven by the turn's tool answers as a model would be: it calls
 * {@code claim_next_task}; with a task, it logs a feature on it and completes it, then says so; with none, it says
 * that nothing is ready.
 */
final class ScriptedSprintModel implements ChatModel {

    private static final Pattern TASK_ID = Pattern.compile("\"task_id\"\\s*:\\s*\"([^\"]+)\"");

    @Override
    public ChatResponse call(Prompt prompt) {
        List<String> answers = prompt.getInstructions().stream()
                .filter(ToolResponseMessage.class::isInstance).map(ToolResponseMessage.class::cast)
                .flatMap(message -> message.getResponses().stream())
                .map(ToolResponseMessage.ToolResponse::responseData).toList();
        if (answers.isEmpty()) {
            return toolCall("claim_next_task", "{}");
        }
        Matcher claimed = TASK_ID.matcher(answers.getFirst());
        if (!claimed.find()) {
            return text("Nothing is ready for me.");
        }
        String task = claimed.group(1);
        return switch (answers.size()) {
            case 1 -> toolCall("log_event", "{\"category\":\"feature\",\"description\":\"Implemented " + task
                    + "\",\"task_id\":\"" + task + "\"}");
            case 2 -> toolCall("complete_task", "{\"task_id\":\"" + task + "\"}");
            default -> text("Completed " + task + ".");
        };
    }

    @Override
    public ChatOptions getOptions() {
        return ToolCallingChatOptions.builder().build();
    }

    private static ChatResponse toolCall(String tool, String arguments) {
        return respond(AssistantMessage.builder().content("")
                .toolCalls(List.of(new AssistantMessage.ToolCall("call-" + tool, "function", tool, arguments)))
                .build());
    }

    private static ChatResponse text(String text) {
        return respond(new AssistantMessage(text));
    }

    private static ChatResponse respond(AssistantMessage message) {
        return new ChatResponse(List.of(new Generation(message)));
    }
}
