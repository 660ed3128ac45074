package ai.ginko.core.internal;

import ai.ginko.core.AgentStatus;
import java.time.Duration;
import java.time.Instant;

/** The one rule for an agent's status, shared by every store so that they agree. */
public final class AgentStatusRule {

    private AgentStatusRule() {
    }

    /**
     * Offline when deregistered or when the last heartbeat is older than {@code offlineAfter} at {@code now}
     * (both by the store's clock); otherwise busy while holding a claim, else idle.
     */
    public static AgentStatus statusOf(
            boolean deregistered, Instant lastHeartbeat, Instant now, Duration offlineAfter, boolean holdsClaim) {
        if (deregistered || Duration.between(lastHeartbeat, now).compareTo(offlineAfter) > 0) {
            return AgentStatus.OFFLINE;
        }
        return holdsClaim ? AgentStatus.BUSY : AgentStatus.IDLE;
    }
}
