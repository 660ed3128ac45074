package ai.ginko.core;

/**
 * The agent was deregistered ({@link CoordinationClient#deregisterAgent}, or its started session was closed): it
 * may not act, nor send heartbeats, until it registers again. Deregistration wins over a session that still runs,
 * so that an operator who takes an agent out of a project can rely on it staying out.
 */
public class AgentDeregisteredException extends GinkoException {

    private static final long serialVersionUID = 1L;

    private final String agentId;

    public AgentDeregisteredException(String agentId, Scope scope) {
        super("agentId: agent '" + agentId + "' was deregistered from " + scope
                + "; register it again to act as it");
        this.agentId = agentId;
    }

    public String agentId() {
        return agentId;
    }
}
