package ai.ginko.examples.sprint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model that needs no key: for each {@link SprintRun#INSTRUCTION} it claims the next ready task, logs a feature on
 * it, completes it, and logs a note for its partner (messages between agents are not in the library yet), reading
 * the tool results as a real model would. It decides from the messages since the last instruction only, so the news
 * that {@code NewsInjector} adds to a request changes nothing.
 */
final class ScriptedSprintModel implements ChatModel {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CLAIMED = Pattern.compile("^Claimed (\\S+): ");

    private final String partner;

    ScriptedSprintModel(String partner) {
        this.partner = partner;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return ChatResponse.builder().aiMessage(next(request.messages())).build();
    }

    private AiMessage next(List<ChatMessage> messages) {
        List<ToolExecutionResultMessage> results = resultsSinceInstruction(messages);
        if (results.isEmpty()) {
            return call("claim_next_task", Map.of("timeout_seconds", 1));
        }
        ToolExecutionResultMessage last = results.getLast();
        if (Boolean.TRUE.equals(last.isError())) {
            return AiMessage.from("Stopped: " + last.text());
        }
        Optional<String> task = claimedTask(results.getFirst().text());
        if (task.isEmpty()) {
            return AiMessage.from("NO_TASK: " + results.getFirst().text());
        }
        String id = task.orElseThrow();
        return switch (results.size()) {
            case 1 -> call("log_event", Map.of("category", "feature", "task_id", id,
                    "description", "Implemented " + id + " and its tests"));
            case 2 -> call("complete_task", Map.of("task_id", id));
            case 3 -> call("log_event", Map.of("category", "insight", "task_id", id,
                    "description", "For " + partner + ": " + id + " is done, what depends on it can start"));
            default -> AiMessage.from("Done with " + id + ".");
        };
    }

    /** The tool results after the last instruction: what this turn did so far. */
    private static List<ToolExecutionResultMessage> resultsSinceInstruction(List<ChatMessage> messages) {
        int start = 0;
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i) instanceof UserMessage user && user.hasSingleText()
                    && user.singleText().equals(SprintRun.INSTRUCTION)) {
                start = i;
            }
        }
        return messages.subList(start, messages.size()).stream()
                .filter(ToolExecutionResultMessage.class::isInstance)
                .map(ToolExecutionResultMessage.class::cast)
                .toList();
    }

    private static Optional<String> claimedTask(String claimResult) {
        Matcher claimed = CLAIMED.matcher(claimResult);
        return claimed.find() ? Optional.of(claimed.group(1)) : Optional.empty();
    }

    private static AiMessage call(String tool, Map<String, Object> arguments) {
        try {
            return AiMessage.from(ToolExecutionRequest.builder().id(UUID.randomUUID().toString()).name(tool)
                    .arguments(JSON.writeValueAsString(arguments)).build());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialize", e);
        }
    }
}
