package ai.ginko.core.spi;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentRegistration;
import ai.ginko.core.ClaimResult;
import ai.ginko.core.CursorPosition;
import ai.ginko.core.DefinedTasks;
import ai.ginko.core.Event;
import ai.ginko.core.InboxCounts;
import ai.ginko.core.InboxQuery;
import ai.ginko.core.Message;
import ai.ginko.core.Receipt;
import ai.ginko.core.Reservation;
import ai.ginko.core.ReservationRequest;
import ai.ginko.core.ReservationResult;
import ai.ginko.core.ReservationSelector;
import ai.ginko.core.Scope;
import ai.ginko.core.TaskAssignment;
import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskFilter;
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
     * Appends events, in one transaction and in list order, with the next sequences of their scope; all of them or,
     * when one is refused, none. Sequences must be gap-free and in commit order: the event with sequence {@code n}
     * becomes visible only after every event with a smaller sequence did.
     *
     * <p>In the same transaction: an event's agent counts as alive (its last heartbeat becomes the store's time
     * now), and a draft's cursor is written as {@link CursorDraft#withEvent}. No two drafts of one call resolve the
     * same blocker.
     *
     * @return the stored events, in the order of {@code drafts}
     * @throws ai.ginko.core.UnknownAgentException            when an event's agent is not registered
     * @throws ai.ginko.core.AgentDeregisteredException       when an event's agent was deregistered
     * @throws ai.ginko.core.UnknownBlockerException          when an event resolves no blocker event of the scope
     * @throws ai.ginko.core.BlockerAlreadyResolvedException when an event resolves a blocker already resolved
     */
    List<Event> append(Scope scope, List<EventDraft> drafts);

    /** Events with sequence greater than {@code afterSequence}, ascending, at most {@code limit}. */
    List<Event> eventsAfter(Scope scope, long afterSequence, int limit);

    /**
     * The same read as {@link #eventsAfter}, for the client's poller: it runs once per poll interval in every
     * process, and the poller repeats a poll that failed at its next tick. A store may therefore answer it with
     * its cheapest read, without retries of its own; it must still see this store's own earlier writes.
     */
    default List<Event> pollEvents(Scope scope, long afterSequence, int limit) {
        return eventsAfter(scope, afterSequence, limit);
    }

    /** Events of one agent with sequence greater than {@code afterSequence}, ascending, at most {@code limit}. */
    List<Event> eventsByAgent(Scope scope, String agentId, long afterSequence, int limit);

    Optional<Event> event(Scope scope, String eventId);

    long latestSequence(Scope scope);

    /** Blocker events with no resolution, in any order. */
    List<Event> activeBlockers(Scope scope);

    /** Registers or re-registers an agent (a heartbeat too); returns it as stored. */
    AgentInfo registerAgent(Scope scope, AgentRegistration registration, Duration offlineAfter);

    /**
     * Moves the agent's last heartbeat to the store's time now.
     *
     * @throws ai.ginko.core.UnknownAgentException      when the agent is not registered
     * @throws ai.ginko.core.AgentDeregisteredException when the agent was deregistered (only registering again
     *                                                  brings it back)
     */
    AgentInfo heartbeat(Scope scope, String agentId, Duration offlineAfter);

    /**
     * Deregisters the agent: offline at once, and refused every action and heartbeat until it registers again. Its
     * path reservations are released in the same transaction, with a RESERVATION {@code released} event as the
     * agent (logged before it goes offline) when it had any; deregistering it again releases and logs nothing.
     *
     * @return the reservations released, with their event
     * @throws ai.ginko.core.UnknownAgentException when the agent is not registered
     */
    Logged<List<Reservation>> markOffline(Scope scope, String agentId, String userId);

    List<AgentInfo> agents(Scope scope, Duration offlineAfter);

    Optional<AgentInfo> agent(Scope scope, String agentId, Duration offlineAfter);

    /**
     * Claims a task for an agent, atomically against every other claimer; takes over a claim whose holder is
     * offline by {@code offlineAfter} at the store's time. In the same transaction the claiming agent counts as
     * alive (whatever the outcome), so that it is online the moment its claim commits; and a change of holder is
     * logged as a TASK event, with the action's cursor.
     *
     * @throws ai.ginko.core.UnknownAgentException      when the claiming agent is not registered
     * @throws ai.ginko.core.AgentDeregisteredException when the claiming agent was deregistered
     */
    Logged<ClaimResult> claim(Scope scope, TaskAction action, Duration offlineAfter);

    /**
     * Marks a task the agent holds as completed and logs it, with the action's cursor; the agent counts as alive.
     * In the same transaction the task leaves the claimable set (see {@link #claimableTasks}) and each task that
     * depends on it and now has every dependency completed joins it; a store serializes this with the definitions
     * of the scope, so that an edge defined concurrently is either seen here or sees this completion.
     *
     * @throws ai.ginko.core.TaskNotHeldException       when the agent does not hold the task
     * @throws ai.ginko.core.AgentDeregisteredException when the agent was deregistered
     */
    Logged<TaskClaim> complete(Scope scope, TaskAction action);

    /**
     * Gives up a task the agent holds and logs it, with the action's cursor; the agent counts as alive. Returns the
     * claim as it was.
     *
     * @throws ai.ginko.core.TaskNotHeldException       when the agent does not hold the task
     * @throws ai.ginko.core.AgentDeregisteredException when the agent was deregistered
     */
    Logged<TaskClaim> release(Scope scope, TaskAction action);

    List<TaskClaim> claims(Scope scope);

    // ---- the task graph ----

    /**
     * Defines tasks (see {@link ai.ginko.core.TaskGraph#define} for the rules, which {@code DefinePlan} checks), in
     * one transaction: all or none. Creates the tasks and their {@code DEPENDS_ON} edges, updates changed ones, and,
     * when anything changed, logs one TASK event ({@code TaskEvents.defined}) for the user.
     *
     * <p>Concurrent definitions of a scope must not jointly close a cycle, and a claim must see a dependency added
     * concurrently: a store serializes definitions of a scope, and locks each task whose definition it changes
     * against that task's claims. Each task defined or changed joins or leaves the claimable set as its
     * dependencies say (see {@link #complete} for the other writer of that set).
     *
     * @param definitions 1 to {@value ai.ginko.core.TaskGraph#MAX_DEFINITIONS} valid definitions, distinct ids
     * @throws IllegalArgumentException as {@code DefinePlan} refuses a batch; nothing is written
     */
    Logged<DefinedTasks> define(Scope scope, List<TaskDefinition> definitions, String userId);

    /** Every defined task of the scope, from one read, in any order. */
    List<StoredTask> tasks(Scope scope, Duration offlineAfter);

    /**
     * A page of the claimable tasks: defined, not completed and with every dependency completed, that the filter
     * accepts; in ready order (priority, then definition time, then id in {@code TaskIds.ORDER}), the first
     * {@code limit} after skipping {@code skip}. Their holders and assignees are for the caller to judge (an online
     * holder or another online assignee makes a task not ready; the caller pages on past those).
     *
     * <p>The cost must not grow with the open tasks of the scope: a store keeps the claimable set as state, written
     * by the transactions that define and complete tasks, in ready order, and seeks into it. (Until issue 22 this
     * method returned every claimable task in any order, read by a scan of the open tasks.)
     */
    List<StoredTask> claimableTasks(Scope scope, TaskFilter filter, int skip, int limit, Duration offlineAfter);

    /**
     * {@link #claim} of a task only if it is ready for the agent, judged under the same lock that the claim takes:
     * defined, every dependency completed, not assigned to another online agent, and accepted by the filter.
     * Completion is terminal and definitions lock the tasks they change, so dependencies found completed under the
     * lock stay completed and no dependency is added while it is held. The agent counts as alive whatever the
     * outcome.
     *
     * @return empty when the task is not ready for the agent (nothing logged); else the claim's result, as
     *         {@link #claim} gives it
     * @throws ai.ginko.core.UnknownAgentException      when the agent is not registered
     * @throws ai.ginko.core.AgentDeregisteredException when the agent was deregistered
     */
    Logged<Optional<ClaimResult>> claimIfReady(Scope scope, TaskAction action, TaskFilter filter,
            Duration offlineAfter);

    /**
     * Assigns a defined task to an agent and logs it ({@code TaskEvents.assigned}) for the user.
     *
     * @throws ai.ginko.core.TaskNotAssignableException when the task is not defined, is completed, or is held by an
     *                                                  online agent
     * @throws ai.ginko.core.UnknownAgentException      when the assignee is not registered
     * @throws ai.ginko.core.AgentDeregisteredException when the assignee was deregistered
     */
    Logged<TaskAssignment> assign(Scope scope, String taskId, String agentId, Optional<String> note, String userId,
            Duration offlineAfter);

    /**
     * Ends an assignment at the assignee's request and logs it ({@code TaskEvents.assignmentRejected}) with the
     * action's cursor; the agent counts as alive. Returns the assignment as it was.
     *
     * @throws ai.ginko.core.TaskNotAssignedException  when the task is not assigned to the agent
     * @throws ai.ginko.core.AgentDeregisteredException when the agent was deregistered
     */
    Logged<TaskAssignment> rejectAssignment(Scope scope, TaskAction action, String reason);

    Optional<TaskClaim> claimOf(Scope scope, String taskId);

    CursorPosition writeCursor(Scope scope, CursorDraft draft);

    Optional<CursorPosition> cursor(Scope scope, String ownerId);

    List<CursorPosition> cursors(Scope scope);

    // ---- path reservations ----

    /**
     * Decides a reservation request with {@code ReservationPlan}, atomically against every other reservation write
     * of the scope (a store serializes them): refused, nothing written but the agent's sign of life; or granted,
     * releasing the plan's superseded reservations, writing one reservation per pattern, expiring {@code ttl} after
     * the store's time now, and logging {@code ReservationEvents.granted}, all in one transaction. The agent counts
     * as alive whatever the outcome.
     *
     * @throws ai.ginko.core.UnknownAgentException      when the agent is not registered
     * @throws ai.ginko.core.AgentDeregisteredException when the agent was deregistered
     */
    Logged<ReservationResult> reserve(Scope scope, String agentId, String userId, ReservationRequest request,
            Duration offlineAfter);

    /**
     * Extends the agent's selected reservations, each to the later of the store's time now and its expiry, plus
     * {@code extension}; logs {@code ReservationEvents.renewed} when any was selected. Serialized with the other
     * reservation writes of the scope. The agent counts as alive.
     *
     * @throws ai.ginko.core.UnknownAgentException      when the agent is not registered
     * @throws ai.ginko.core.AgentDeregisteredException when the agent was deregistered
     */
    Logged<List<Reservation>> renewReservations(Scope scope, String agentId, String userId,
            ReservationSelector selector, Duration extension);

    /**
     * Deletes the agent's selected reservations and logs {@code ReservationEvents.released} when any was selected.
     * Serialized with the other reservation writes of the scope. The agent counts as alive.
     *
     * @throws ai.ginko.core.UnknownAgentException      when the agent is not registered
     * @throws ai.ginko.core.AgentDeregisteredException when the agent was deregistered
     */
    Logged<List<Reservation>> releaseReservations(Scope scope, String agentId, String userId,
            ReservationSelector selector);

    /** The active reservations of the scope (not expired by the store's clock, holder online), in one read. */
    List<Reservation> reservations(Scope scope, Duration offlineAfter);

    /**
     * The claimable tasks (as {@link #claimableTasks}) assigned to this agent that the filter accepts, in ready
     * order, at most {@code limit}; whether the assignee is online is for the caller to judge.
     */
    List<StoredTask> claimableTasksAssignedTo(Scope scope, String agentId, TaskFilter filter, int limit,
            Duration offlineAfter);

    // ---- the news of an agent ----

    /**
     * The sequence up to which the agent has been shown its news ({@link ai.ginko.core.AgentNews}). Registering
     * a new agent sets it to the scope's newest sequence at that time (registering it again keeps it); an agent
     * that has none counts as shown nothing.
     *
     * @throws ai.ginko.core.UnknownAgentException when the agent is not registered
     */
    long newsPosition(Scope scope, String agentId);

    /**
     * Compare-and-set of {@link #newsPosition}: moves it from {@code expected} to {@code next} only if it is still
     * {@code expected}, atomically against every other caller (in any process).
     *
     * @return whether it moved
     * @throws ai.ginko.core.UnknownAgentException when the agent is not registered
     */
    boolean advanceNewsPosition(Scope scope, String agentId, long expected, long next);

    /** Releases what the store created (not what it was handed). */
    @Override
    void close();

    // ---- messages ----

    /**
     * Sends a message in one transaction: resolves its recipients (each named by agent id, else by registered name;
     * for a broadcast every registered agent of the scope but the sender), appends it as a
     * {@link ai.ginko.core.EventCategory#MESSAGE} event exactly as {@link #append} appends (the next gap-free
     * sequence, the sender's sign of life, its cursor), and creates one delivery per recipient, unread. When
     * {@code threadId} is absent the message starts a thread of its own id.
     *
     * @throws ai.ginko.core.UnknownRecipientException when a recipient is unknown, deregistered or an ambiguous name
     * @throws ai.ginko.core.UnknownAgentException      when the sender is not registered
     * @throws ai.ginko.core.AgentDeregisteredException when the sender was deregistered
     * @throws IllegalArgumentException                  when the only recipient would be the sender
     */
    Event send(Scope scope, MessageSend send);

    /**
     * The messages delivered to the agent that the query selects, with the agent's read state, ordered and limited
     * as the query says. Its cost must not grow with the scope's other events and messages (an index or
     * relationship of the recipient, not a scan of the scope). Writes nothing.
     */
    List<Message> inbox(Scope scope, String agentId, InboxQuery query);

    /** A message event of the scope by id, with the viewer's read state when it is a recipient. */
    Optional<Message> message(Scope scope, String messageId, Optional<String> viewerId);

    /** The messages of the thread that starts with {@code threadId}, in sequence order, with the viewer's state. */
    List<Message> thread(Scope scope, String threadId, Optional<String> viewerId);

    /**
     * Marks the agent's deliveries of these messages read, and with {@code acknowledge} also acknowledged, in one
     * transaction: all or none. A time already set is kept (idempotent), and concurrent calls for one delivery store
     * one time; the agent counts as alive.
     *
     * @return one receipt per id, in the order given
     * @throws ai.ginko.core.UnknownMessageException    when an id names no message of the scope
     * @throws ai.ginko.core.NotARecipientException      when the agent is not a recipient of one of them
     * @throws ai.ginko.core.UnknownAgentException      when the agent is not registered
     * @throws ai.ginko.core.AgentDeregisteredException when the agent was deregistered
     */
    List<Receipt> markRead(Scope scope, String agentId, List<String> messageIds, boolean acknowledge);

    /** Per recipient with any delivery: unread ones, and ack-required ones unacknowledged for longer than given. */
    List<InboxCounts> inboxCounts(Scope scope, Duration ackOverdueAfter);
}
