package ai.ginko.springai;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;

/**
 * A chat model for the tests: it answers each call with the next queued message (a text, or a request to call a
 * tool) and keeps every prompt it was sent. Its options are tool-calling options, as a real model's are, so that
 * Spring AI's tool-calling advisor runs the tool loop.
 */
final class ScriptedChatModel implements ChatModel {

    private final Deque<AssistantMessage> answers = new ArrayDeque<>();
    final List<Prompt> prompts = new CopyOnWriteArrayList<>();

    /** Queues a plain answer. */
    synchronized ScriptedChatModel answer(String text) {
        answers.add(new AssistantMessage(text));
        return this;
    }

    /** Queues a request to call {@code tool} with the JSON {@code arguments}. */
    synchronized ScriptedChatModel callTool(String tool, String arguments) {
        answers.add(AssistantMessage.builder().content("")
                .toolCalls(List.of(new AssistantMessage.ToolCall("call-" + answers.size(), "function", tool,
                        arguments)))
                .build());
        return this;
    }

    @Override
    public synchronized ChatResponse call(Prompt prompt) {
        prompts.add(prompt);
        AssistantMessage next = answers.poll();
        if (next == null) {
            throw new IllegalStateException("the script has no answer left for call " + prompts.size());
        }
        return new ChatResponse(List.of(new Generation(next)));
    }

    @Override
    public ChatOptions getOptions() {
        return ToolCallingChatOptions.builder().build();
    }

    /** The system text of the {@code index}-th call (from 0), empty when it had none. */
    String systemTextOf(int index) {
        return prompts.get(index).getInstructions().stream()
                .filter(SystemMessage.class::isInstance)
                .map(message -> message.getText() == null ? "" : message.getText())
                .findFirst().orElse("");
    }
}
