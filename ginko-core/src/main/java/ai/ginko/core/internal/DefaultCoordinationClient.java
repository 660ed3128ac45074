package ai.ginko.core.internal;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.ClaimResult;
import ai.ginko.core.ClientMetrics;
import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.CursorListener;
import ai.ginko.core.CursorPosition;
import ai.ginko.core.DefinedTasks;
import ai.ginko.core.Event;
import ai.ginko.core.EventFilter;
import ai.ginko.core.EventListener;
import ai.ginko.core.EventLogger;
import ai.ginko.core.InboxCounts;
import ai.ginko.core.InboxQuery;
import ai.ginko.core.Message;
import ai.ginko.core.Receipt;
import ai.ginko.core.UnknownMessageException;
import ai.ginko.core.NewEvent;
import ai.ginko.core.PathHold;
import ai.ginko.core.Reservation;
import ai.ginko.core.ReservationRequest;
import ai.ginko.core.ReservationResult;
import ai.ginko.core.ReservationSelector;
import ai.ginko.core.Scope;
import ai.ginko.core.SessionCursor;
import ai.ginko.core.Subscription;
import ai.ginko.core.TaskAssignment;
import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskFilter;
import ai.ginko.core.TaskGraph;
import ai.ginko.core.UnknownAgentException;
import ai.ginko.core.paths.PathPattern;
import ai.ginko.core.paths.RepositoryPath;
import ai.ginko.core.spi.CoordinationStore;
import ai.ginko.core.spi.CursorDraft;
import ai.ginko.core.spi.EventDraft;
import ai.ginko.core.spi.Logged;
import ai.ginko.core.spi.MessageSend;
import ai.ginko.core.spi.StoredTask;
import ai.ginko.core.spi.TaskAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link CoordinationClient} behaviour shared by every store: argument checks, long-poll, subscriptions,
 * agents' heartbeats and cursors. Adapters supply a {@link CoordinationStore}.
 */
public final class DefaultCoordinationClient implements CoordinationClient {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultCoordinationClient.class);
    private static final Comparator<Event> SEVERITY_THEN_AGE = Comparator
            .comparing((Event e) -> e.blocker().orElseThrow().severity()).reversed()
            .thenComparingLong(Event::sequence);

    /** Longest age asked of {@link #inboxCounts}: a year is far past any acknowledgement anyone waits for. */
    private static final Duration MAX_ACK_OVERDUE = Duration.ofDays(366);

    private final CoordinationStore store;
    private final ClientSettings settings;
    private final Scope scope;
    private final Runnable onClose;
    private final EventPoller poller;
    private final ClientMetrics metrics;
    private final GroupCommit groupCommit;
    private final ReadyWork readyWork;
    private final DefaultTaskGraph taskGraph;
    private final Set<AutoCloseable> open = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private @Nullable DefaultSessionCursor userCursor;
    private @Nullable DefaultEventLogger userLogger;

    /**
     * @param store    the store to act on
     * @param settings the client's settings
     * @param onClose  run last by {@link #close()}, to release what the adapter created for this client
     */
    public DefaultCoordinationClient(CoordinationStore store, ClientSettings settings, Runnable onClose) {
        this.store = Checks.notNull(store, "store");
        this.settings = Checks.notNull(settings, "settings");
        this.scope = settings.scope();
        this.onClose = Checks.notNull(onClose, "onClose");
        this.metrics = GuardedMetrics.of(settings.metrics());
        this.poller = new EventPoller(store, scope, settings.pollInterval(), settings.burstPollInterval(),
                metrics);
        this.groupCommit = new GroupCommit(store, scope);
        this.readyWork = new ReadyWork(store, scope, settings, poller);
        this.taskGraph = new DefaultTaskGraph(this);
    }

    @Override
    public Scope scope() {
        ensureOpen();
        return scope;
    }

    @Override
    public ClientSettings settings() {
        ensureOpen();
        return settings;
    }

    /** Queries the poller has sent so far (for the benchmark's idle-cost figure). */
    public long pollerQueries() {
        return poller.queries();
    }

    /** The store this client acts on; for the benchmark's counters. */
    public CoordinationStore store() {
        return store;
    }

    @Override
    public synchronized EventLogger logger() {
        ensureOpen();
        if (userLogger == null) {
            userLogger = new DefaultEventLogger(this, Optional.empty(), userCursor());
        }
        return userLogger;
    }

    @Override
    public SessionCursor cursor() {
        ensureOpen();
        return userCursor();
    }

    private synchronized DefaultSessionCursor userCursor() {
        if (userCursor == null) {
            userCursor = new DefaultSessionCursor(store, scope, settings.userId(), settings.realtimeCursor(),
                this::ensureOpen);
        }
        return userCursor;
    }

    // ---- events ----

    Event append(NewEvent event, Optional<String> agentId, Optional<CursorDraft> cursor) {
        ensureOpen();
        Event stored = groupCommit.append(new EventDraft(event, agentId, settings.userId(), cursor));
        poller.wake();
        return stored;
    }

    String userId() {
        return settings.userId();
    }

    @Override
    public List<Event> eventsSince(long afterSequence, int limit) {
        ensureOpen();
        Checks.nonNegative(afterSequence, "afterSequence");
        Checks.between(limit, 1, MAX_LIMIT, "limit");
        return ContiguousRun.after(afterSequence, store.eventsAfter(scope, afterSequence, limit));
    }

    @Override
    public List<Event> eventsByAgent(String agentId, long afterSequence, int limit) {
        ensureOpen();
        Checks.id(agentId, "agentId");
        Checks.nonNegative(afterSequence, "afterSequence");
        Checks.between(limit, 1, MAX_LIMIT, "limit");
        return store.eventsByAgent(scope, agentId, afterSequence, limit);
    }

    @Override
    public Optional<Event> event(String eventId) {
        ensureOpen();
        return store.event(scope, Checks.id(eventId, "eventId"));
    }

    @Override
    public long latestSequence() {
        ensureOpen();
        return store.latestSequence(scope);
    }

    @Override
    public List<Event> poll(long afterSequence, Duration timeout, int limit) throws InterruptedException {
        ensureOpen();
        Checks.nonNegative(afterSequence, "afterSequence");
        Checks.atMost(timeout, MAX_POLL_TIMEOUT, "timeout");
        Checks.between(limit, 1, MAX_LIMIT, "limit");
        if (timeout.isZero()) {
            return eventsSince(afterSequence, limit);
        }
        PollWaiter waiter = new PollWaiter(afterSequence);
        // Among the open resources, close() ends the wait at once. Added before the check, so that either the check
        // sees the client closed, or close() (which marks the client closed before it looks) sees the waiter.
        open.add(waiter);
        try {
            ensureOpen();
            poller.register(waiter);
            List<Event> ready = eventsSince(afterSequence, limit);
            if (!ready.isEmpty()) {
                return ready;
            }
            List<Event> batch = waiter.arrived().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            List<Event> fresh = batch.stream().filter(e -> e.sequence() > afterSequence).limit(limit).toList();
            // A batch reaching past afterSequence starts right after it (see EventPoller); read again if not.
            return fresh.getFirst().sequence() == afterSequence + 1 ? fresh : eventsSince(afterSequence, limit);
        } catch (TimeoutException e) {
            return List.of();
        } catch (ExecutionException e) {
            // A waiter fails only when close() closes it.
            throw new IllegalStateException("client is closed", e.getCause());
        } finally {
            poller.unregister(waiter);
            open.remove(waiter);
        }
    }

    @Override
    public Subscription subscribe(long afterSequence, EventFilter filter, EventListener listener) {
        SubscriberChannel channel = openChannel(afterSequence, filter, listener, fatal -> { });
        channel.start();
        return channel;
    }

    /**
     * A subscription that receives from the poller but whose thread is not started yet; {@code ending} runs on that
     * thread when it ends (see {@link SubscriberChannel}).
     *
     * @throws IllegalStateException when the client is closed
     */
    SubscriberChannel openChannel(long afterSequence, EventFilter filter, EventListener listener,
            Consumer<Optional<Throwable>> ending) {
        ensureOpen();
        Checks.nonNegative(afterSequence, "afterSequence");
        Checks.notNull(filter, "filter");
        Checks.notNull(listener, "listener");
        SubscriberChannel[] self = new SubscriberChannel[1];
        SubscriberChannel channel = new SubscriberChannel(store, scope, afterSequence, filter, listener,
                settings.subscriberBufferSize(), settings.pollInterval(), () -> {
                    poller.unregister(self[0]);
                    open.remove(self[0]);
                }, ending, metrics);
        self[0] = channel;
        open.add(channel);
        // As in poll(): either this check sees the client closed, or close() sees the channel and closes it.
        if (closed.get()) {
            channel.close();
            throw new IllegalStateException("client is closed");
        }
        poller.register(channel);
        return channel;
    }

    @Override
    public Flow.Publisher<Event> publisher(long afterSequence, EventFilter filter) {
        ensureOpen();
        Checks.nonNegative(afterSequence, "afterSequence");
        Checks.notNull(filter, "filter");
        return new FlowPublisher(this, afterSequence, filter);
    }

    // ---- agents ----

    @Override
    public AgentInfo registerAgent(AgentRegistration registration) {
        ensureOpen();
        Checks.notNull(registration, "registration");
        return store.registerAgent(scope, registration, settings.offlineAfter());
    }

    @Override
    public AgentSession startAgent(AgentRegistration registration) {
        AgentInfo agent = registerAgent(registration);
        Heartbeater heartbeater = new Heartbeater(store, scope, agent.id(), settings.heartbeatInterval(),
                settings.offlineAfter());
        DefaultAgentSession session = newSession(agent.id(), heartbeater);
        open.add(session);
        heartbeater.start();
        return session;
    }

    @Override
    public AgentSession attachAgent(String agentId) {
        ensureOpen();
        Checks.id(agentId, "agentId");
        if (store.agent(scope, agentId, settings.offlineAfter()).isEmpty()) {
            throw unknownAgent(agentId);
        }
        return newSession(agentId, null);
    }

    private DefaultAgentSession newSession(String agentId, @Nullable Heartbeater heartbeater) {
        DefaultSessionCursor cursor = new DefaultSessionCursor(store, scope, agentId, settings.realtimeCursor(),
                this::ensureOpen);
        return new DefaultAgentSession(this, agentId, cursor, heartbeater);
    }

    @Override
    public List<AgentInfo> agents() {
        ensureOpen();
        return store.agents(scope, settings.offlineAfter()).stream()
                .sorted(Comparator.comparing(AgentInfo::id)).toList();
    }

    @Override
    public Optional<AgentInfo> agent(String agentId) {
        ensureOpen();
        return store.agent(scope, Checks.id(agentId, "agentId"), settings.offlineAfter());
    }

    @Override
    public void deregisterAgent(String agentId) {
        ensureOpen();
        markOffline(Checks.id(agentId, "agentId"));
    }

    /** Deregisters the agent; the release of its reservations, when it had any, is news for this client's poller. */
    private void markOffline(String agentId) {
        store.markOffline(scope, agentId, settings.userId()).event().ifPresent(event -> poller.wake());
    }

    void heartbeat(String agentId) {
        ensureOpen();
        store.heartbeat(scope, agentId, settings.offlineAfter());
    }

    /** A started session ends: the agent is offline from now on. Never throws: it runs from close(). */
    void leave(DefaultAgentSession session) {
        open.remove(session);
        try {
            markOffline(session.agentId());
        } catch (RuntimeException e) {
            LOG.warn("Could not mark agent {} offline in {}; it goes offline when its heartbeat ages: {}",
                    session.agentId(), scope, e.toString());
        }
    }

    long newsPosition(String agentId) {
        ensureOpen();
        return store.newsPosition(scope, agentId);
    }

    boolean advanceNewsPosition(String agentId, long expected, long next) {
        ensureOpen();
        return store.advanceNewsPosition(scope, agentId, expected, next);
    }

    UnknownAgentException unknownAgent(String agentId) {
        return new UnknownAgentException(agentId, scope);
    }

    // ---- tasks and blockers ----

    Logged<ClaimResult> claim(TaskAction action) {
        ensureOpen();
        Logged<ClaimResult> claimed = store.claim(scope, action, settings.offlineAfter());
        claimed.event().ifPresent(event -> poller.wake());
        countClaim(action.taskId(), claimed.result().acquired());
        return claimed;
    }

    Logged<TaskClaim> complete(TaskAction action) {
        ensureOpen();
        Logged<TaskClaim> completed = store.complete(scope, action);
        poller.wake();
        return completed;
    }

    Logged<TaskClaim> release(TaskAction action) {
        ensureOpen();
        Logged<TaskClaim> released = store.release(scope, action);
        poller.wake();
        return released;
    }

    @Override
    public List<TaskClaim> claims() {
        ensureOpen();
        return store.claims(scope).stream().sorted(Comparator.comparing(TaskClaim::taskId)).toList();
    }

    @Override
    public Optional<TaskClaim> claimOf(String taskId) {
        ensureOpen();
        return store.claimOf(scope, Checks.id(taskId, "taskId"));
    }

    @Override
    public List<Event> activeBlockers() {
        ensureOpen();
        return store.activeBlockers(scope).stream().sorted(SEVERITY_THEN_AGE).toList();
    }

    @Override
    public List<Event> blockersAffecting(Collection<String> taskIds) {
        List<String> tasks = Checks.idList(taskIds, "taskIds");
        return activeBlockers().stream().filter(e -> e.blocker().orElseThrow().affectsAny(tasks)).toList();
    }

    // ---- the task graph ----

    @Override
    public TaskGraph tasks() {
        ensureOpen();
        return taskGraph;
    }

    ReadyWork readyWork() {
        ensureOpen();
        return readyWork;
    }

    Logged<DefinedTasks> define(List<TaskDefinition> definitions) {
        ensureOpen();
        Logged<DefinedTasks> defined = store.define(scope, definitions, settings.userId());
        defined.event().ifPresent(event -> poller.wake());
        return defined;
    }

    List<StoredTask> storedTasks() {
        ensureOpen();
        return store.tasks(scope, settings.offlineAfter());
    }

    TaskAssignment assign(String taskId, String agentId, Optional<String> note) {
        ensureOpen();
        Logged<TaskAssignment> assigned = store.assign(scope, taskId, agentId, note, settings.userId(),
                settings.offlineAfter());
        poller.wake();
        return assigned.result();
    }

    Logged<Optional<ClaimResult>> claimIfReady(TaskAction action, TaskFilter filter) {
        ensureOpen();
        Logged<Optional<ClaimResult>> claimed = store.claimIfReady(scope, action, filter, settings.offlineAfter());
        claimed.event().ifPresent(event -> poller.wake());
        // Not ready any more: another claimer took the candidate since it was read as ready.
        countClaim(action.taskId(), claimed.result().map(ClaimResult::acquired).orElse(false));
        return claimed;
    }

    private void countClaim(String taskId, boolean won) {
        if (won) {
            metrics.claimWon(taskId);
        } else {
            metrics.claimLost(taskId);
        }
    }

    Logged<TaskAssignment> rejectAssignment(TaskAction action, String reason) {
        ensureOpen();
        Logged<TaskAssignment> rejected = store.rejectAssignment(scope, action, reason);
        poller.wake();
        return rejected;
    }

    // ---- path reservations ----

    private static final Comparator<Reservation> BY_PATTERN_THEN_HOLDER = Comparator
            .comparing((Reservation r) -> r.pattern().text()).thenComparing(Reservation::agentId)
            .thenComparing(Reservation::id);

    ReservationResult reserve(String agentId, ReservationRequest request) {
        ensureOpen();
        Logged<ReservationResult> reserved = store.reserve(scope, agentId, settings.userId(), request,
                settings.offlineAfter());
        reserved.event().ifPresent(event -> poller.wake());
        return reserved.result();
    }

    List<Reservation> renewReservations(String agentId, ReservationSelector selector, Duration extension) {
        ensureOpen();
        Logged<List<Reservation>> renewed = store.renewReservations(scope, agentId, settings.userId(), selector,
                extension);
        renewed.event().ifPresent(event -> poller.wake());
        return renewed.result();
    }

    List<Reservation> releaseReservations(String agentId, ReservationSelector selector) {
        ensureOpen();
        Logged<List<Reservation>> released = store.releaseReservations(scope, agentId, settings.userId(), selector);
        released.event().ifPresent(event -> poller.wake());
        return released.result();
    }

    @Override
    public List<Reservation> reservations() {
        ensureOpen();
        return store.reservations(scope, settings.offlineAfter()).stream().sorted(BY_PATTERN_THEN_HOLDER).toList();
    }

    @Override
    public List<PathHold> holders(Collection<String> paths) {
        ensureOpen();
        Checks.notNull(paths, "paths");
        if (paths.size() > MAX_HOLDER_PATHS) {
            throw new IllegalArgumentException(
                    "paths must have at most " + MAX_HOLDER_PATHS + " entries, had " + paths.size());
        }
        int index = 0;
        for (String path : paths) {
            RepositoryPath.check(path, "paths[" + index++ + "]");
        }
        List<Reservation> active = paths.isEmpty() ? List.of() : reservations();
        List<PathHold> holds = new ArrayList<>();
        for (String path : paths) {
            for (Reservation reservation : active) {
                // The prefix first: matches() checks the path again, which 1,000 reservations make 1,000 times.
                PathPattern pattern = reservation.pattern();
                if (path.startsWith(pattern.literalPrefix()) && pattern.matches(path)) {
                    holds.add(new PathHold(path, reservation));
                }
            }
        }
        return List.copyOf(holds);
    }

    // ---- cursors ----

    @Override
    public Optional<CursorPosition> cursorOf(String ownerId) {
        ensureOpen();
        return store.cursor(scope, Checks.id(ownerId, "ownerId"));
    }

    @Override
    public List<CursorPosition> cursors() {
        ensureOpen();
        return store.cursors(scope).stream().sorted(Comparator.comparing(CursorPosition::ownerId)).toList();
    }

    @Override
    public Subscription subscribeCursors(CursorListener listener) {
        ensureOpen();
        Checks.notNull(listener, "listener");
        CursorWatch[] self = new CursorWatch[1];
        CursorWatch watch = new CursorWatch(store, scope, settings.pollInterval(), listener,
                () -> open.remove(self[0]));
        self[0] = watch;
        watch.start();
        open.add(watch);
        return watch;
    }

    // ---- messages ----

    Event send(MessageSend send) {
        ensureOpen();
        Event sent = store.send(scope, send);
        poller.wake();
        return sent;
    }

    Optional<Message> findMessage(String messageId, Optional<String> viewerId) {
        ensureOpen();
        return store.message(scope, messageId, viewerId);
    }

    /** The message, which must exist; {@code field} names the argument that named it. */
    Message message(String messageId, Optional<String> viewerId, String field) {
        return findMessage(messageId, viewerId)
                .orElseThrow(() -> new UnknownMessageException(field, messageId, scope));
    }

    List<Message> thread(String threadId, Optional<String> viewerId) {
        ensureOpen();
        return store.thread(scope, threadId, viewerId);
    }

    List<Message> inboxOf(String agentId, InboxQuery query) {
        ensureOpen();
        return store.inbox(scope, agentId, query);
    }

    List<Receipt> markRead(String agentId, List<String> messageIds, boolean acknowledge) {
        ensureOpen();
        return store.markRead(scope, agentId, messageIds, acknowledge);
    }

    @Override
    public List<Message> inbox(String agentId, InboxQuery query) {
        ensureOpen();
        Checks.id(agentId, "agentId");
        Checks.notNull(query, "query");
        if (store.agent(scope, agentId, settings.offlineAfter()).isEmpty()) {
            throw unknownAgent(agentId);
        }
        return store.inbox(scope, agentId, query);
    }

    @Override
    public List<InboxCounts> inboxCounts(Duration ackOverdueAfter) {
        ensureOpen();
        Checks.atMost(ackOverdueAfter, MAX_ACK_OVERDUE, "ackOverdueAfter");
        return store.inboxCounts(scope, ackOverdueAfter).stream()
                .sorted(Comparator.comparing(InboxCounts::agentId)).toList();
    }

    // ---- lifecycle ----

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("client is closed");
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (AutoCloseable resource : List.copyOf(open)) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed", resource, e);
            }
        }
        readyWork.close();
        poller.close();
        onClose.run();
    }
}
