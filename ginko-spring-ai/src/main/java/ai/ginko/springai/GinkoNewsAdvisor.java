package ai.ginko.springai;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.client.ChatClientRequest;
import org.springframework.ai.chat.client.ChatClientResponse;
import org.springframework.ai.chat.client.advisor.ToolCallingAdvisor;
import org.springframework.ai.chat.client.advisor.api.AdvisorChain;
import org.springframework.ai.chat.client.advisor.api.BaseAdvisor;
import org.springframework.ai.chat.messages.SystemMessage;

/**
 * Tells the model the agent's news before each model call, in the system message of that call's request only.
 *
 * <p>Its order, {@link #DEFAULT_ORDER}, places it after Spring AI's {@link ToolCallingAdvisor} (a higher order runs
 * nearer the model): the tool-calling advisor runs the tool loop and sends each round's request down the rest of the
 * chain, so this advisor runs once per model call, and a piece of news reaches the very next call, also in the middle
 * of a tool loop. The tool-calling advisor builds each round's request from its own history of the turn, which does
 * not hold what this advisor added: a piece of news is in one request and in no later one, and never in chat memory
 * (a memory advisor, at its default order, sits outside the tool loop).
 *
 * <p>When the news cannot be read (the database is away), the request goes without it, with a warning in the log:
 * the agent keeps working, and the news comes with a later request.
 */
public final class GinkoNewsAdvisor implements BaseAdvisor {

    /** Right after {@link ToolCallingAdvisor#DEFAULT_ORDER}, the tool-calling advisor's default. */
    public static final int DEFAULT_ORDER = ToolCallingAdvisor.DEFAULT_ORDER + 1;

    private static final Logger LOG = LoggerFactory.getLogger(GinkoNewsAdvisor.class);

    private final NewsSource news;
    private final int order;

    /** An advisor at {@link #DEFAULT_ORDER}. */
    public GinkoNewsAdvisor(NewsSource news) {
        this(news, DEFAULT_ORDER);
    }

    /**
     * An advisor at {@code order}: keep it greater than the tool-calling advisor's order (the property
     * {@code spring.ai.chat.client.tool-calling.advisor-order}) so that it runs once per model call.
     */
    public GinkoNewsAdvisor(NewsSource news, int order) {
        if (news == null) {
            throw new IllegalArgumentException("news must not be null");
        }
        this.news = news;
        this.order = order;
    }

    @Override
    public ChatClientRequest before(ChatClientRequest request, AdvisorChain chain) {
        Optional<String> taken;
        try {
            taken = news.take();
        } catch (RuntimeException e) {
            LOG.warn("Sending the request without news, which could not be read: {}", e.toString());
            return request;
        }
        if (taken.isEmpty()) {
            return request;
        }
        String text = taken.get();
        return request.mutate()
                .prompt(request.prompt().augmentSystemMessage(system -> withNews(system, text)))
                .build();
    }

    private static SystemMessage withNews(SystemMessage system, String news) {
        String own = system.getText();
        String text = own == null || own.isBlank() ? news : own + "\n\n" + news;
        return system.mutate().text(text).build();
    }

    @Override
    public ChatClientResponse after(ChatClientResponse response, AdvisorChain chain) {
        return response;
    }

    @Override
    public int getOrder() {
        return order;
    }

    @Override
    public String getName() {
        return "GinkoNewsAdvisor";
    }
}
