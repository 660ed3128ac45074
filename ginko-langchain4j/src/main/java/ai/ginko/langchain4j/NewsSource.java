package ai.ginko.langchain4j;

import ai.ginko.core.AgentNews;
import ai.ginko.core.AgentSession;
import ai.ginko.core.News;
import java.util.Optional;

/**
 * Where an agent's news comes from, as text for the model. {@link NewsInjector} asks before each request to the
 * model.
 */
@FunctionalInterface
public interface NewsSource {

    /**
     * The news since the last call, or empty when there is none. Each piece of news is returned by one call only.
     *
     * @throws RuntimeException when the news could not be read
     */
    Optional<String> next();

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
