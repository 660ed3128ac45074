package ai.ginko.springai;

import ai.ginko.core.AgentNews;
import ai.ginko.core.AgentSession;
import ai.ginko.core.News;
import java.util.Optional;

/**
 * What an agent has not been told yet, as text for its model; {@link GinkoNewsAdvisor} adds it to each request.
 * Each piece of news is taken once: what one call returns, no later call returns again.
 *
 * <p>The auto-configuration's source is {@link #of(AgentSession)}, the agent's news; an application replaces it with
 * a bean of its own.
 */
@FunctionalInterface
public interface NewsSource {

    /**
     * The news since the last call, or empty when there is none.
     *
     * @throws RuntimeException when the news could not be read
     */
    Optional<String> take();

    /**
     * The agent's news ({@link AgentSession#news()}): what others did since the agent was last shown anything (its
     * own events are left out), as {@link News#text()}. The store keeps the agent's news position, shared by all of
     * its entry points (this source, its Claude Code hooks, its MCP server): each item reaches the agent through one
     * of them, once.
     *
     * @param session the agent's session
     * @throws IllegalArgumentException if {@code session} is null
     */
    static NewsSource of(AgentSession session) {
        if (session == null) {
            throw new IllegalArgumentException("session must not be null");
        }
        AgentNews news = session.news();
        return () -> news.take().map(News::text);
    }
}
