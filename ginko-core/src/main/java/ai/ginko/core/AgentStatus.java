package ai.ginko.core;

import java.util.Locale;

/**
 * An agent's liveness and load: {@link #BUSY} while it holds a claimed task, {@link #IDLE} otherwise, and
 * {@link #OFFLINE} once it deregistered or its last heartbeat is older than the offline threshold (judged by the
 * database's clock, so that agents with skewed clocks agree).
 */
public enum AgentStatus {
    IDLE,
    BUSY,
    OFFLINE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status with this wire name, ignoring case.
     *
     * @throws IllegalArgumentException naming the valid values when there is no such status
     */
    public static AgentStatus parse(String value) {
        if (value != null) {
            for (AgentStatus status : values()) {
                if (status.wireName().equalsIgnoreCase(value.strip())) {
                    return status;
                }
            }
        }
        throw new IllegalArgumentException("status must be one of idle, busy, offline, was " + value);
    }
}
