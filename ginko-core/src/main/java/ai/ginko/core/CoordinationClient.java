package ai.ginko.core;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Flow;

/**
 * The agent-facing entry point: one client per process and scope, shared by all its threads.
 *
 * <p><b>Scope.</b> A client is bound to one {@link Scope}; it never reads or writes another.
 *
 * <p><b>Ordering.</b> Events of a scope are numbered 1, 2, 3, … in commit order with no gap. Every read "after
 * sequence {@code n}" returns a gap-free run {@code n+1, n+2, …}: an event that is not yet visible stops the run
 * rather than being skipped, so a reader that continues from the last sequence it got never misses an event.
 *
 * <p><b>Blocking.</b> Reads and writes block until the store answers; {@link #poll} blocks up to its timeout and is
 * interruptible. {@link #subscribe} never blocks on delivery: each subscription has its own virtual thread.
 *
 * <p><b>Threads.</b> The client starts virtual threads only: one poller, while anyone waits or subscribes; one per
 * subscription; one per started agent for heartbeats. {@link #close()} stops all of them before it returns.
 *
 * <p>Thread-safe. Methods called after {@link #close()} throw {@link IllegalStateException}.
 */
public interface CoordinationClient extends AutoCloseable {

    /** Longest {@link #poll} timeout. */
    Duration MAX_POLL_TIMEOUT = Duration.ofSeconds(30);
    /** Default and largest page size of reads. */
    int DEFAULT_LIMIT = 100;
    int MAX_LIMIT = 1000;

    Scope scope();

    ClientSettings settings();

    /** Logs events as the client's human user (no agent id). */
    EventLogger logger();

    /** The human user's own session cursor. */
    SessionCursor cursor();

    // ---- reading events ----

    /** Up to {@code limit} (1–1000) events with sequence greater than {@code afterSequence}, in sequence order. */
    List<Event> eventsSince(long afterSequence, int limit);

    /**
     * The events logged by this agent with sequence greater than {@code afterSequence}, in sequence order. A query,
     * not a gap-free feed: an event of another agent that is still committing does not hold the result back. To
     * follow one agent without missing anything, {@link #subscribe} with {@link EventFilter#agents}.
     */
    List<Event> eventsByAgent(String agentId, long afterSequence, int limit);

    Optional<Event> event(String eventId);

    /** The sequence of the newest committed event of the scope, 0 when there is none. */
    long latestSequence();

    /**
     * Long-poll: returns at once when events after {@code afterSequence} exist, otherwise waits up to
     * {@code timeout} for one to commit. Returns an empty list when the timeout passes with no event.
     *
     * <p>When the client is closed while the poll waits, the poll ends at once with
     * {@code IllegalStateException: client is closed}. It throws rather than returning an empty list because an
     * empty list means "no event within the timeout": a caller would take it for a quiet period and poll again, only
     * to learn of the close on that next call.
     *
     * @param timeout at most {@link #MAX_POLL_TIMEOUT}; zero means do not wait
     * @throws InterruptedException when the calling thread is interrupted while waiting
     * @throws IllegalStateException when the client is closed, before or during the wait
     */
    default List<Event> poll(long afterSequence, Duration timeout) throws InterruptedException {
        return poll(afterSequence, timeout, DEFAULT_LIMIT);
    }

    /** {@link #poll(long, Duration)} returning at most {@code limit} (1–1000) events. */
    List<Event> poll(long afterSequence, Duration timeout, int limit) throws InterruptedException;

    /**
     * Delivers to {@code listener} the events after {@code afterSequence} that match {@code filter}: first those
     * already stored, then new ones as they commit; in sequence order, each exactly once.
     */
    Subscription subscribe(long afterSequence, EventFilter filter, EventListener listener);

    /**
     * The same feed as a {@link Flow.Publisher}, for reactive libraries; it passes the Reactive Streams TCK. Each
     * {@code subscribe} on it starts its own subscription; the subscriber's demand is honoured (delivery waits for
     * it). Every signal after {@code onSubscribe} comes from the subscription's own virtual thread.
     *
     * <ul>
     *   <li>The feed has no end of its own: when the client closes, each subscriber gets {@code onComplete}, before
     *       {@link #close()} returns (unless its {@code onNext} runs for more than five seconds).
     *   <li>Subscribing after the client closed signals {@code onSubscribe}, then
     *       {@code onError(IllegalStateException: client is closed)}.
     *   <li>{@code request(n)} with {@code n <= 0} signals {@code onError(IllegalArgumentException)} (rule 3.9).
     *   <li>A subscriber that throws from {@code onNext} is cancelled, as rule 2.13 requires, and the failure is
     *       logged; other subscribers are not affected.
     *   <li>{@code subscribe(null)} throws {@link NullPointerException} (rule 1.9).
     * </ul>
     */
    Flow.Publisher<Event> publisher(long afterSequence, EventFilter filter);

    // ---- agents ----

    /** Registers (or re-registers, idempotently) an agent and returns it; starts nothing. */
    AgentInfo registerAgent(AgentRegistration registration);

    /** Registers the agent and starts its heartbeats; closing the session marks it offline. */
    AgentSession startAgent(AgentRegistration registration);

    /**
     * Acts for an already registered agent without sending heartbeats for it; each action of the session is still a
     * sign of life for the agent.
     *
     * @throws UnknownAgentException when no such agent is registered in this scope
     */
    AgentSession attachAgent(String agentId);

    /** All registered agents of the scope, with their status now, by id. */
    List<AgentInfo> agents();

    Optional<AgentInfo> agent(String agentId);

    /**
     * Deregisters an agent: offline at once, its claims open to takeover, its heartbeats and actions refused with
     * {@link AgentDeregisteredException} until it registers again (so a session that still runs cannot undo it).
     *
     * @throws UnknownAgentException when no such agent is registered in this scope
     */
    void deregisterAgent(String agentId);

    // ---- tasks and blockers ----

    /** The current claims of the scope (claimed and completed tasks), by task id. */
    List<TaskClaim> claims();

    Optional<TaskClaim> claimOf(String taskId);

    /** Blocker events not yet resolved, most severe first, then oldest first. */
    List<Event> activeBlockers();

    /** The active blockers that hold up any of these tasks, in the order of {@link #activeBlockers()}. */
    List<Event> blockersAffecting(Collection<String> taskIds);

    // ---- the task graph ----

    /** The project's task graph: defining tasks, ready work, waves, dependencies, assignment. */
    TaskGraph tasks();

    // ---- path reservations ----

    /** Most paths one {@link #holders} call asks about. */
    int MAX_HOLDER_PATHS = 1000;

    /**
     * The active reservations of the project (not released, not expired, holder registered and online), by pattern
     * then holder. Agents reserve with {@link AgentSession#reservations()}.
     */
    List<Reservation> reservations();

    /**
     * Who holds these concrete paths: for each path, in the given order, every active reservation whose pattern
     * matches it, from one read of the store. What a git guard or an editor hook asks before a write.
     *
     * @param paths at most {@value #MAX_HOLDER_PATHS} valid repository paths (see
     *              {@link ai.ginko.core.paths.RepositoryPath})
     */
    List<PathHold> holders(Collection<String> paths);

    // ---- cursors ----

    Optional<CursorPosition> cursorOf(String ownerId);

    /** The written cursors of the scope, by owner id. */
    List<CursorPosition> cursors();

    /** Delivers every cursor written from now on (latest state per poll). */
    Subscription subscribeCursors(CursorListener listener);

    // ---- messages ----

    /**
     * The messages addressed to an agent, as {@link Mailbox#inbox} gives them to it; for a dashboard or a supervisor.
     * Reading changes nothing.
     *
     * @throws UnknownAgentException when no such agent is registered in this scope
     */
    List<Message> inbox(String agentId, InboxQuery query);

    /**
     * Per registered agent (by id) that has any message, its unread messages and its ack-required messages not
     * acknowledged within {@code ackOverdueAfter} of being sent (by the database's clock).
     */
    List<InboxCounts> inboxCounts(Duration ackOverdueAfter);

    /**
     * Stops every thread this client started and releases what it created. Ends what waits on the client: a
     * waiting {@link #poll} throws {@link IllegalStateException}, {@link #publisher} subscribers get
     * {@code onComplete}, subscriptions and started agents' sessions close. Idempotent.
     */
    @Override
    void close();
}
