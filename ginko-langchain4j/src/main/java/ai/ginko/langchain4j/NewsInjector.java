package ai.ginko.langchain4j;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the agent's news to every request to the model: give it to
 * {@code AiServices.builder(...).chatRequestTransformer(...)}.
 *
 * <p>LangChain4j applies the transformer to each request it sends, those of the tool loop included, after it built
 * the request from the chat memory; so the news reaches the model at every step and is never stored in the memory
 * (the next request carries the next news, not this one again). The news is one more user message at the end of the
 * request, saying that it is not from the user.
 *
 * <p>When the news cannot be read (the database is away), the request goes without it, with a warning in the log:
 * the agent keeps working, and the news comes with a later request.
 */
public final class NewsInjector implements UnaryOperator<ChatRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(NewsInjector.class);

    private final NewsSource source;

    private NewsInjector(NewsSource source) {
        this.source = source;
    }

    /**
     * The injector of the news of {@code source}.
     *
     * @throws IllegalArgumentException if {@code source} is null
     */
    public static NewsInjector of(NewsSource source) {
        if (source == null) {
            throw new IllegalArgumentException("source must not be null");
        }
        return new NewsInjector(source);
    }

    @Override
    public ChatRequest apply(ChatRequest request) {
        Optional<String> news;
        try {
            news = source.next();
        } catch (RuntimeException e) {
            LOG.warn("Sending the request without news, which could not be read: {}", e.toString());
            return request;
        }
        return news.map(text -> withMessage(request, UserMessage.from(text))).orElse(request);
    }

    private static ChatRequest withMessage(ChatRequest request, ChatMessage message) {
        List<ChatMessage> messages = new ArrayList<>(request.messages());
        messages.add(message);
        // As LangChain4j builds the requests of its tool loop: the messages and the parameters (tools included).
        return ChatRequest.builder().messages(messages).parameters(request.parameters()).build();
    }
}
