package ai.ginko.tools;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;

/**
 * What every tool acts with: the client of the agent's scope, and the session of the agent the tools stand for.
 *
 * @param client  the scope's client
 * @param session the agent's session, started by the caller of {@link GinkoTools#forAgent}
 */
record AgentContext(CoordinationClient client, AgentSession session) {

    String agentId() {
        return session.agentId();
    }

    /** {@code agent_3f9a1c2b7d4e (Claude-Implementer)}, or the bare id of an agent no longer registered. */
    String describe(String agentId) {
        return client.agent(agentId).map(AgentInfo::name).map(name -> agentId + " (" + name + ")").orElse(agentId);
    }
}
