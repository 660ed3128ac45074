package ai.ginko.langchain4j;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chat model for the tests: it answers each request with the next queued answer (tool calls, or a final text), runs
 * the step's action after it received the request (to make something happen between two model calls), and keeps
 * every request it got.
 */
final class ScriptedChatModel implements ChatModel {

    private static final AtomicInteger CALL_IDS = new AtomicInteger();

    private final Deque<Step> steps = new ArrayDeque<>();
    private final List<ChatRequest> requests = new ArrayList<>();

    private record Step(AiMessage answer, Runnable action) {
    }

    /** Answers with a call of {@code tool} with these JSON arguments. */
    ScriptedChatModel calls(String tool, String arguments) {
        return calls(tool, arguments, () -> { });
    }

    /** Answers with a call of {@code tool}, after running {@code action}. */
    ScriptedChatModel calls(String tool, String arguments, Runnable action) {
        steps.addLast(new Step(AiMessage.from(call(tool, arguments)), action));
        return this;
    }

    /** Answers with a final text: the AI service call ends. */
    ScriptedChatModel answers(String text) {
        steps.addLast(new Step(AiMessage.from(text), () -> { }));
        return this;
    }

    static ToolExecutionRequest call(String tool, String arguments) {
        return ToolExecutionRequest.builder().id("call_" + CALL_IDS.incrementAndGet()).name(tool).arguments(arguments)
                .build();
    }

    @Override
    public synchronized ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        Step step = steps.pollFirst();
        if (step == null) {
            throw new AssertionError("the script has no answer for request " + requests.size());
        }
        step.action().run();
        return ChatResponse.builder().aiMessage(step.answer()).build();
    }

    synchronized List<ChatRequest> requests() {
        return List.copyOf(requests);
    }
}
