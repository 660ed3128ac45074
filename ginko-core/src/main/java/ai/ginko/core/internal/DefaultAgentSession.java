package ai.ginko.core.internal;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentNews;
import ai.ginko.core.AgentSession;
import ai.ginko.core.ClaimOutcome;
import ai.ginko.core.ClaimResult;
import ai.ginko.core.ClaimedTask;
import ai.ginko.core.EventLogger;
import ai.ginko.core.Mailbox;
import ai.ginko.core.PathReservations;
import ai.ginko.core.SessionCursor;
import ai.ginko.core.TaskAssignment;
import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskFilter;
import ai.ginko.core.TaskView;
import ai.ginko.core.spi.CursorDraft;
import ai.ginko.core.spi.Logged;
import ai.ginko.core.spi.TaskAction;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/** An agent acting through a client; with a {@link Heartbeater} when it owns the agent's liveness. */
public final class DefaultAgentSession implements AgentSession {

    private final DefaultCoordinationClient client;
    private final String agentId;
    private final DefaultSessionCursor cursor;
    private final DefaultEventLogger logger;
    private final DefaultMailbox mailbox;
    private final DefaultPathReservations reservations;
    private final @Nullable Heartbeater heartbeater;
    private final DefaultAgentNews news;
    private final AtomicBoolean closed = new AtomicBoolean();

    DefaultAgentSession(DefaultCoordinationClient client, String agentId, DefaultSessionCursor cursor,
            @Nullable Heartbeater heartbeaterOrNull) {
        this.client = client;
        this.agentId = agentId;
        this.cursor = cursor;
        this.logger = new DefaultEventLogger(client, Optional.of(agentId), cursor);
        this.mailbox = new DefaultMailbox(client, agentId, cursor);
        this.reservations = new DefaultPathReservations(client, agentId);
        this.heartbeater = heartbeaterOrNull;
        this.news = new DefaultAgentNews(client, agentId);
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
        CursorDraft position = cursor.claimedDraft(taskId);
        Logged<ClaimResult> claimed = client.claim(action(taskId, position));
        claimed.event().ifPresent(event -> cursor.committed(position, event));
        return claimed.result();
    }

    @Override
    public TaskClaim complete(String taskId) {
        Checks.id(taskId, "taskId");
        CursorDraft position = cursor.finishedDraft(taskId, "completed");
        Logged<TaskClaim> completed = client.complete(action(taskId, position));
        completed.event().ifPresent(event -> cursor.committed(position, event));
        return completed.result();
    }

    @Override
    public void release(String taskId) {
        Checks.id(taskId, "taskId");
        CursorDraft position = cursor.finishedDraft(taskId, "released");
        Logged<TaskClaim> released = client.release(action(taskId, position));
        released.event().ifPresent(event -> cursor.committed(position, event));
    }

    @Override
    public Optional<ClaimedTask> claimNext(TaskFilter filter) {
        Checks.notNull(filter, "filter");
        return client.readyWork().claimNow(this, filter);
    }

    @Override
    public Optional<ClaimedTask> claimNext(TaskFilter filter, Duration timeout) throws InterruptedException {
        return claimNext(filter, timeout, Wakeup.NEVER);
    }

    /** {@link #claimNext(TaskFilter, Duration)} that {@code wakeup} can end early (see {@link Wakeup}). */
    public Optional<ClaimedTask> claimNext(TaskFilter filter, Duration timeout, Wakeup wakeup)
            throws InterruptedException {
        Checks.notNull(filter, "filter");
        Checks.atMost(timeout, MAX_CLAIM_WAIT, "timeout");
        return client.readyWork().claimWaiting(this, filter, timeout, wakeup);
    }

    /** One claim of a ready candidate: present when this agent got it now (claimed, or taken over). */
    Optional<ClaimedTask> tryClaim(TaskView candidate, TaskFilter filter) {
        CursorDraft position = cursor.claimedDraft(candidate.id());
        Logged<Optional<ClaimResult>> claimed = client.claimIfReady(action(candidate.id(), position), filter);
        claimed.event().ifPresent(event -> cursor.committed(position, event));
        return claimed.result()
                .filter(result -> result.outcome() == ClaimOutcome.CLAIMED
                        || result.outcome() == ClaimOutcome.TAKEN_OVER)
                .map(result -> new ClaimedTask(candidate.definition(), result));
    }

    @Override
    public void reject(String taskId, String reason) {
        Checks.id(taskId, "taskId");
        Checks.text(reason, "reason", Checks.MAX_DESCRIPTION_BYTES);
        CursorDraft position = cursor.finishedDraft(taskId, "rejected");
        Logged<TaskAssignment> rejected = client.rejectAssignment(action(taskId, position), reason);
        rejected.event().ifPresent(event -> cursor.committed(position, event));
    }

    private TaskAction action(String taskId, CursorDraft position) {
        return new TaskAction(taskId, agentId, client.userId(), cursor.toWrite(position));
    }

    @Override
    public Mailbox messages() {
        return mailbox;
    }

    @Override
    public PathReservations reservations() {
        return reservations;
    }

    @Override
    public AgentNews news() {
        return news;
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
