package ai.ginko.springai;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentSession;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Scope;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Up while the graph answers and the application's agent (if it runs one) is online; down, with the reason, when the
 * graph cannot be read or the agent went offline (its heartbeats stopped or it was deregistered). One read of the
 * graph per check, or two with an agent.
 */
public final class GinkoHealthIndicator implements HealthIndicator {

    private final CoordinationClient client;
    private final Optional<AgentSession> agent;

    public GinkoHealthIndicator(CoordinationClient client, Optional<AgentSession> agent) {
        this.client = client;
        this.agent = agent;
    }

    @Override
    public Health health() {
        Scope scope = client.scope();
        Health.Builder health = new Health.Builder().withDetail("organization", scope.organizationId())
                .withDetail("project", scope.projectId());
        try {
            health.withDetail("latestSequence", client.latestSequence());
            if (agent.isEmpty()) {
                return health.up().build();
            }
            String agentId = agent.get().agentId();
            Optional<AgentStatus> status = client.agent(agentId).map(AgentInfo::status);
            health.withDetail("agentId", agentId)
                    .withDetail("agentStatus", status.map(AgentStatus::wireName).orElse("unknown"));
            boolean online = status.isPresent() && status.get() != AgentStatus.OFFLINE;
            return online ? health.up().build() : health.down().build();
        } catch (RuntimeException e) {
            return health.down(e).build();
        }
    }
}
