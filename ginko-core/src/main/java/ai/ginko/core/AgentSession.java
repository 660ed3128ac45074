package ai.ginko.core;

import java.time.Duration;
import java.util.Optional;

/**
 * One registered agent acting in a scope: its logger, its cursor, and its task claims.
 *
 * <p>Every action of the session (a logged event, a claim whatever its outcome, a completion, a release) is a sign
 * of life for the agent, written in the action's own transaction: the agent is online the moment the action
 * commits. Once the agent is deregistered, every action throws {@link AgentDeregisteredException} until it
 * registers again.
 *
 * <p>A session from {@link CoordinationClient#startAgent(AgentRegistration)} owns the agent's liveness: it sends
 * heartbeats on a virtual thread at the configured interval, and {@link #close()} stops them and marks the agent
 * offline at once. A session from {@link CoordinationClient#attachAgent(String)} acts for an agent whose liveness
 * is kept elsewhere (a command-line call on behalf of a long-running agent): it sends no heartbeats of its own and
 * its {@code close()} changes nothing in the store.
 *
 * <p>Thread-safe.
 */
public interface AgentSession extends AutoCloseable {

    /** Longest wait of {@link #claimNext(TaskFilter, Duration)}. */
    Duration MAX_CLAIM_WAIT = Duration.ofHours(1);

    String agentId();

    /** A fresh snapshot of this agent from the store. */
    AgentInfo info();

    /** Logs events attributed to this agent. */
    EventLogger logger();

    SessionCursor cursor();

    /**
     * Claims a task. Atomic: among any number of concurrent claimers exactly one gets {@link ClaimOutcome#CLAIMED};
     * the others get {@link ClaimOutcome#HELD_BY_OTHER} and the winner's claim. A claim whose holder is offline (by
     * the database's clock) is taken over ({@link ClaimOutcome#TAKEN_OVER}). Claims and takeovers are logged as
     * {@link EventCategory#TASK} events in the same transaction, with this session's cursor.
     *
     * @throws AgentDeregisteredException when the agent was deregistered
     */
    ClaimResult claim(String taskId);

    /**
     * Marks a task this agent holds as completed, and logs it.
     *
     * @throws TaskNotHeldException when this agent does not hold the task (the message names the holder, such as
     *                              the agent that took the task over while this one was offline)
     */
    TaskClaim complete(String taskId);

    /**
     * Gives up a task this agent holds, so that others can claim it, and logs it.
     *
     * @throws TaskNotHeldException when this agent does not hold the task
     */
    void release(String taskId);

    /**
     * Claims the best task of the project's {@link TaskGraph} that is ready for this agent and that the filter
     * accepts: the tasks assigned to it first, then by priority, age and id (see {@link TaskGraph#readyFor}).
     * Exactly-once across processes: of any number of concurrent callers, each ready task goes to one; and a task
     * is never handed out before all its dependencies are completed (readiness is checked again under the task's
     * lock). A task whose holder went offline is taken over. A candidate lost to another caller is passed over
     * for the next one.
     *
     * @return the claimed task; empty when nothing is ready for this agent now
     * @throws AgentDeregisteredException when the agent was deregistered
     */
    Optional<ClaimedTask> claimNext(TaskFilter filter);

    /**
     * {@link #claimNext(TaskFilter)}, waiting up to {@code timeout} for a task to become ready. Wakes within about
     * a poll interval of the event that readies one (a completion, release, definition, assignment, or rejection
     * logged by any process), sharing one check per client among all its waiting sessions; readiness that no event
     * announces (a holder going offline) is noticed within a heartbeat interval.
     *
     * @param timeout at most {@link #MAX_CLAIM_WAIT}; zero means do not wait
     * @return the claimed task; empty when none became ready in time
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    Optional<ClaimedTask> claimNext(TaskFilter filter, Duration timeout) throws InterruptedException;

    /**
     * Rejects the assignment of a task to this agent ({@link TaskGraph#assign}), with a reason, and logs it as a
     * {@link EventCategory#TASK} event (metadata {@code action=assignment_rejected}, {@code reason}): the task is
     * ready for others again.
     *
     * @param reason not blank, at most 64 KiB
     * @throws TaskNotAssignedException when the task is not assigned to this agent
     */
    void reject(String taskId, String reason);

    /** This agent's reservations of paths of the project's repository: reserve, renew, release. */
    PathReservations reservations();

    /** The agent's news: what others did since it was last shown, shared by every process acting for it. */
    AgentNews news();

    /**
     * Sends a heartbeat now; brings back an agent that went offline by silence.
     *
     * @throws AgentDeregisteredException when the agent was deregistered: only registering again brings it back
     */
    void heartbeat();

    /** This agent's messages: send, reply, read its inbox, mark read and acknowledge (see {@link Mailbox}). */
    Mailbox messages();

    /** For a session from {@code startAgent}: stops the heartbeats and marks the agent offline. Idempotent. */
    @Override
    void close();
}
