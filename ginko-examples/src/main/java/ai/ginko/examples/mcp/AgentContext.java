package ai.ginko.examples.mcp;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;

/**
 * What every tool acts with: the client of the server's scope, and the session of the agent this server process
 * stands for.
 *
 * @param client  the scope's client
 * @param session the agent's session, started by the server
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
