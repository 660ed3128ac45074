package ai.ginko.langchain4j;

import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import java.util.Optional;

/**
 * Where an agent's news comes from: what happened in the project since the agent last asked, as text for the
 * model. {@link NewsInjector} asks before each request to the model.
 */
@FunctionalInterface
public interface NewsSource {

    /**
     * The news since the last call, or empty when there is none. Each piece of news is returned by one call only.
     *
     * @throws RuntimeException when the news could not be read; the next call returns it then
     */
    Optional<String> next();

    /**
     * The events the other agents logged since the last call (this agent's own are left out), starting with those
     * logged after this call.
     *
     * @param client  the scope's client the session was started on
     * @param session the agent's session, whose own events are not news to it
     * @throws IllegalArgumentException if either is null
     */
    static NewsSource otherAgentsEvents(CoordinationClient client, AgentSession session) {
        return new OtherAgentsEvents(client, session);
    }
}
