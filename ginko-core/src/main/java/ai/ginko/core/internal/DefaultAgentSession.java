package ai.ginko.core.internal;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentSession;
import ai.ginko.core.ClaimResult;
import ai.ginko.core.EventLogger;
import ai.ginko.core.SessionCursor;
import ai.ginko.core.TaskClaim;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/** An agent acting through a client; with a {@link Heartbeater} when it owns the agent's liveness. */
final class DefaultAgentSession implements AgentSession {

    private final DefaultCoordinationClient client;
    private final String agentId;
    private final DefaultSessionCursor cursor;
    private final DefaultEventLogger logger;
    private final @Nullable Heartbeater heartbeater;
    private final AtomicBoolean closed = new AtomicBoolean();

    DefaultAgentSession(DefaultCoordinationClient client, String agentId, DefaultSessionCursor cursor,
            @Nullable Heartbeater heartbeaterOrNull) {
        this.client = client;
        this.agentId = agentId;
        this.cursor = cursor;
        this.logger = new DefaultEventLogger(client, Optional.of(agentId), cursor);
        this.heartbeater = heartbeaterOrNull;
    }

    @Override
    public String agentId() {
        return agentId;
    }

    @Override
    public AgentInfo info() {
        return client.agent(agentId).orElseThrow(() -> client.unknownAgent(agentId));
    }

    @Override
    public EventLogger logger() {
        return logger;
    }

    @Override
    public SessionCursor cursor() {
        return cursor;
    }

    @Override
    public ClaimResult claim(String taskId) {
        Checks.id(taskId, "taskId");
        ClaimResult result = client.claim(taskId, agentId);
        if (result.acquired()) {
            cursor.claimed(taskId);
        }
        return result;
    }

    @Override
    public TaskClaim complete(String taskId) {
        Checks.id(taskId, "taskId");
        TaskClaim completed = client.complete(taskId, agentId);
        cursor.finished(taskId, "completed");
        return completed;
    }

    @Override
    public void release(String taskId) {
        Checks.id(taskId, "taskId");
        client.release(taskId, agentId);
        cursor.finished(taskId, "released");
    }

    @Override
    public void heartbeat() {
        client.heartbeat(agentId);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && heartbeater != null) {
            heartbeater.stop();
            client.leave(this);
        }
    }
}
