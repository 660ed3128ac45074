package ai.ginko.tools.views;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.Blocker;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.Scope;
import ai.ginko.core.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Library records as the store would return them, for tests of the formatting that need no database. */
final class Records {

    static final Instant NOW = Instant.parse("2025-11-25T12:00:00Z");
    private static final Scope SCOPE = Scope.of("acme", "checkout");

    private Records() {
    }

    /** An agent whose last heartbeat was {@code age} before the snapshot was taken. */
    static AgentInfo agent(String id, String name, AgentStatus status, String task, Duration age) {
        return new AgentInfo(id, name, List.of(), status, Optional.ofNullable(task), NOW.minus(Duration.ofDays(1)),
                NOW.minus(age), NOW);
    }

    /** A blocker event logged by {@code agentId} (null: by a human), about {@code taskId} (null: none). */
    static Event blocker(String agentId, String taskId, String blockedBy, Severity severity, String... blocking) {
        return new Event("evt-" + blockedBy.hashCode(), 7, SCOPE, Optional.ofNullable(agentId), "alice",
                EventCategory.BLOCKER, "stuck", Optional.empty(), Map.of(), NOW,
                Optional.of(Blocker.of(blockedBy, severity, List.of(blocking))), Optional.ofNullable(taskId),
                Optional.empty());
    }
}
