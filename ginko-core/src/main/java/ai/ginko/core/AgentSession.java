package ai.ginko.core;

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
     * Sends a heartbeat now; brings back an agent that went offline by silence.
     *
     * @throws AgentDeregisteredException when the agent was deregistered: only registering again brings it back
     */
    void heartbeat();

    /** For a session from {@code startAgent}: stops the heartbeats and marks the agent offline. Idempotent. */
    @Override
    void close();
}
