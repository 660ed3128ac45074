package ai.ginko.tools;

import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;

/**
 * An agent's session and the client of its scope it was started on, for {@link GinkoTools#forStartingAgent}.
 *
 * @param client  the scope's client; the caller closes it
 * @param session the agent's session; the caller closes it
 */
public record StartedAgent(CoordinationClient client, AgentSession session) {

    /** @throws IllegalArgumentException if either is null */
    public StartedAgent {
        if (client == null || session == null) {
            throw new IllegalArgumentException((client == null ? "client" : "session") + " must not be null");
        }
    }
}
