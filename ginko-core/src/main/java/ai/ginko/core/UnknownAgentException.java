package ai.ginko.core;

/** No agent with this id is registered in the client's scope. */
public class UnknownAgentException extends GinkoException {

    private static final long serialVersionUID = 1L;

    private final String agentId;

    public UnknownAgentException(String agentId, Scope scope) {
        super("agentId: no agent '" + agentId + "' is registered in " + scope);
        this.agentId = agentId;
    }

    public String agentId() {
        return agentId;
    }
}
