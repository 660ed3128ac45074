package ai.ginko.core.spi;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentRegistration;
import ai.ginko.core.ClaimResult;
import ai.ginko.core.CursorPosition;
import ai.ginko.core.Event;
import ai.ginko.core.Scope;
import ai.ginko.core.TaskClaim;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The storage operations a {@link ai.ginko.core.CoordinationClient} is built on, for adapters to implement. The
 * client logic (validation, polling, subscriptions, heartbeats, cursors) is shared; a store only has to keep the
 * data, scoped, with the atomicity promised below.
 *
 * <p>Every method takes the scope it acts in and must not read or write outside it. Implementations are
 * thread-safe. Failures to reach the store are thrown as
 * {@link ai.ginko.core.CoordinationUnavailableException}; every method that throws leaves no partial write.
 * Times are the store's clock.
 */
public interface CoordinationStore extends AutoCloseable {

    /**
     * Appends an event with the next sequence of its scope. Sequences must be gap-free and in commit order: the
     * event with sequence {@code n} becomes visible only after every event with a smaller sequence did.
     *
     * @throws ai.ginko.core.UnknownBlockerException when the event resolves no blocker event of the scope
     */
    Event append(Scope scope, EventDraft draft);

    /** Events with sequence greater than {@code afterSequence}, ascending, at most {@code limit}. */
    List<Event> eventsAfter(Scope scope, long afterSequence, int limit);

    /** Events of one agent with sequence greater than {@code afterSequence}, ascending, at most {@code limit}. */
    List<Event> eventsByAgent(Scope scope, String agentId, long afterSequence, int limit);

    Optional<Event> event(Scope scope, String eventId);

    long latestSequence(Scope scope);

    /** Blocker events with no resolution, in any order. */
    List<Event> activeBlockers(Scope scope);

    /** Registers or re-registers an agent (a heartbeat too); returns it as stored. */
    AgentInfo registerAgent(Scope scope, AgentRegistration registration, Duration offlineAfter);

    /**
     * Records a heartbeat of the agent; returns it as stored.
     *
     * @throws ai.ginko.core.UnknownAgentException when the agent is not registered
     */
    AgentInfo heartbeat(Scope scope, String agentId, Duration offlineAfter);

    /**
     * Marks the agent offline at once.
     *
     * @throws ai.ginko.core.UnknownAgentException when the agent is not registered
     */
    void markOffline(Scope scope, String agentId);

    List<AgentInfo> agents(Scope scope, Duration offlineAfter);

    Optional<AgentInfo> agent(Scope scope, String agentId, Duration offlineAfter);

    /**
     * Claims a task for an agent, atomically against every other claimer; takes over a claim whose holder is
     * offline by {@code offlineAfter}. A change of holder is logged as a task event in the same transaction.
     *
     * @throws ai.ginko.core.UnknownAgentException when the claiming agent is not registered
     */
    ClaimResult claim(Scope scope, String taskId, String agentId, String userId, Duration offlineAfter);

    /**
     * Marks a task the agent holds as completed; returns the claim as stored.
     *
     * @throws ai.ginko.core.TaskNotHeldException when the agent does not hold the task
     */
    TaskClaim complete(Scope scope, String taskId, String agentId, String userId);

    /**
     * Gives up a task the agent holds, so that anyone may claim it.
     *
     * @throws ai.ginko.core.TaskNotHeldException when the agent does not hold the task
     */
    void release(Scope scope, String taskId, String agentId, String userId);

    List<TaskClaim> claims(Scope scope);

    Optional<TaskClaim> claimOf(Scope scope, String taskId);

    CursorPosition writeCursor(Scope scope, CursorDraft draft);

    Optional<CursorPosition> cursor(Scope scope, String ownerId);

    List<CursorPosition> cursors(Scope scope);

    /** Releases what the store created (not what it was handed). */
    @Override
    void close();
}
