package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A snapshot of a registered agent, with its status derived at {@link #observedAt()} by the database's clock.
 *
 * @param id            the agent's id
 * @param name          its display name
 * @param capabilities  what it said it can do
 * @param status        idle, busy or offline at {@code observedAt}
 * @param currentTask   the task it most recently claimed and still holds, if any
 * @param registeredAt  when it first registered
 * @param lastHeartbeat when it last showed it was alive
 * @param observedAt    the database time at which this snapshot was taken
 */
public record AgentInfo(
        String id,
        String name,
        List<String> capabilities,
        AgentStatus status,
        Optional<String> currentTask,
        Instant registeredAt,
        Instant lastHeartbeat,
        Instant observedAt) {

    public AgentInfo {
        Checks.id(id, "id");
        Checks.text(name, "name", Checks.MAX_TEXT_BYTES);
        capabilities = Checks.idList(capabilities, "capabilities");
        Checks.notNull(status, "status");
        Checks.optionalId(currentTask, "currentTask");
        Checks.notNull(registeredAt, "registeredAt");
        Checks.notNull(lastHeartbeat, "lastHeartbeat");
        Checks.notNull(observedAt, "observedAt");
    }

    /** Time since the last heartbeat, by the database's clock; never negative. */
    public Duration sinceLastHeartbeat() {
        Duration age = Duration.between(lastHeartbeat, observedAt);
        return age.isNegative() ? Duration.ZERO : age;
    }
}
