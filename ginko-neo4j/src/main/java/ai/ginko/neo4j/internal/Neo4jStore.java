package ai.ginko.neo4j.internal;

import ai.ginko.core.AgentDeregisteredException;
import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentRegistration;
import ai.ginko.core.ClaimOutcome;
import ai.ginko.core.ClaimResult;
import ai.ginko.core.CursorPosition;
import ai.ginko.core.DefinedTasks;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.Importance;
import ai.ginko.core.InboxCounts;
import ai.ginko.core.InboxQuery;
import ai.ginko.core.Message;
import ai.ginko.core.NewEvent;
import ai.ginko.core.NotARecipientException;
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
import ai.ginko.core.TaskNotAssignableException;
import ai.ginko.core.TaskNotAssignedException;
import ai.ginko.core.TaskState;
import ai.ginko.core.UnknownAgentException;
import ai.ginko.core.UnknownMessageException;
import ai.ginko.core.internal.DefinePlan;
import ai.ginko.core.internal.MessageEvents;
import ai.ginko.core.internal.ReservationEvents;
import ai.ginko.core.internal.ReservationPlan;
import ai.ginko.core.internal.TaskEvents;
import ai.ginko.core.internal.TaskIds;
import ai.ginko.core.internal.TaskRules;
import ai.ginko.core.spi.CoordinationStore;
import ai.ginko.core.spi.CursorDraft;
import ai.ginko.core.spi.EventDraft;
import ai.ginko.core.spi.Logged;
import ai.ginko.core.spi.MessageSend;
import ai.ginko.core.spi.StoredTask;
import ai.ginko.core.spi.TaskAction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.neo4j.driver.AccessMode;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * The {@link CoordinationStore} over Neo4j. Every operation is one managed transaction
 * ({@code executeWrite}/{@code executeRead}, which the driver retries on transient and cluster-routing failures)
 * in a session that shares this store's bookmark manager, so that a read in a cluster always sees this client's
 * earlier writes. Queries are in {@link Cypher}; all are parameterized and scoped.
 */
public final class Neo4jStore implements CoordinationStore {

    private final Driver driver;
    private final Optional<String> database;
    private final BookmarkManager bookmarks = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());
    private final DriverErrors errors = new DriverErrors();
    private final LongAdder writeTransactions = new LongAdder();
    private final LongAdder readTransactions = new LongAdder();

    public Neo4jStore(Driver driver, Optional<String> database) {
        this.driver = driver;
        this.database = database;
    }

    /**
     * Checks that the database answers and has the schema, creating the constraints and indexes that are missing.
     * Against a database that has them all (every start but the first), this is one query: a short command-line
     * call pays one round trip for it, not five. The query itself checks connectivity and credentials.
     */
    public void bootstrap() {
        errors.translate(() -> {
            try (Session session = session()) {
                if (!SchemaStatements.allOnline(session, Schema.STATEMENTS)) {
                    SchemaStatements.createMissing(session, Schema.STATEMENTS);
                    session.run("CALL db.awaitIndexes(60)").consume();
                    keyTasksDefinedBefore(session);
                }
            }
            return null;
        });
    }

    /**
     * A database written before the claimable set existed has defined tasks without their key and label: give them
     * both, once (the new index was missing, so this start runs it; any number of clients may, it is idempotent).
     */
    private static void keyTasksDefinedBefore(Session session) {
        List<Map<String, Object>> rows = session.run(Cypher.UNKEYED_TASKS).list(row -> Map.<String, Object>of(
                "org", row.get("org").asString(), "project", row.get("project").asString(),
                "id", row.get("id").asString(), "key", TaskIds.sortKey(row.get("id").asString())));
        if (!rows.isEmpty()) {
            session.executeWrite(tx -> tx.run(Cypher.KEY_TASKS, Map.of("rows", rows)).consume());
        }
    }

    private Session session() {
        return driver.session(sessionConfig().build());
    }

    private SessionConfig.Builder sessionConfig() {
        SessionConfig.Builder config = SessionConfig.builder().withBookmarkManager(bookmarks);
        database.ifPresent(config::withDatabase);
        return config;
    }

    /** One write transaction; run again, as a whole, when it read a node mid-commit (see {@link TornRead}). */
    private <T> T write(TransactionCallback<T> work) {
        return WholeReads.retry(() -> errors.translate(() -> {
            try (Session session = session()) {
                return session.executeWrite(tx -> {
                    writeTransactions.increment();
                    return work.execute(tx);
                });
            }
        }));
    }

    /** One read transaction; run again when it read a node mid-commit (see {@link TornRead}). */
    private <T> T read(TransactionCallback<T> work) {
        return WholeReads.retry(() -> errors.translate(() -> {
            try (Session session = session()) {
                return session.executeRead(tx -> {
                    readTransactions.increment();
                    return work.execute(tx);
                });
            }
        }));
    }

    /** Write transactions run so far, retries included; for the benchmark's transactions-per-log figure. */
    public long writeTransactions() {
        return writeTransactions.sum();
    }

    /**
     * Read transactions run so far (managed ones, retries included, and the poller's auto-commit queries); each
     * runs one query. For the benchmark's query rates.
     */
    public long readTransactions() {
        return readTransactions.sum();
    }

    // ---- events ----

    @Override
    public List<Event> append(Scope scope, List<EventDraft> drafts) {
        // The ids are chosen here, once, so that a retry of a transaction whose commit succeeded but whose
        // acknowledgement was lost finds its events instead of writing them twice (a batch commits whole or not at
        // all, so finding one is finding them all). The first attempt skips the lookup: it cannot have committed.
        List<String> ids = drafts.stream().map(d -> UUID.randomUUID().toString()).toList();
        EventBatch batch = EventBatch.of(scope, drafts, ids);
        AtomicBoolean retry = new AtomicBoolean();
        return write(tx -> {
            if (retry.getAndSet(true)) {
                List<Event> already = events(tx, Cypher.EVENTS_BY_IDS, Params.of(scope, "ids", ids));
                if (!already.isEmpty()) {
                    return already;
                }
            }
            return batch.appendIn(tx);
        });
    }

    @Override
    public List<Event> eventsAfter(Scope scope, long afterSequence, int limit) {
        return read(tx -> events(tx, Cypher.EVENTS_AFTER,
                Params.of(scope, "after", afterSequence, "limit", limit)));
    }

    /**
     * The poller's read, as one auto-commit query instead of a managed transaction: that is the whole difference
     * from {@link #eventsAfter}, and it is what makes a poll cheaper.
     *
     * <p>What a poll costs, measured on the embedded Neo4j of the development machine (2 cores, shared, busy): the
     * query itself is next to nothing. {@code PROFILE} of {@link Cypher#EVENTS_AFTER} with nothing new is one
     * {@code NodeUniqueIndexSeek} (a range on sequence) of the (organization, project, sequence) constraint's
     * index, 1 db hit, and no sort (the index serves the ORDER BY), then {@code Limit}; with two new events it is
     * 17 db hits, 14 of them reading the two nodes' properties to return them. {@link Cypher#LATEST_SEQUENCE} is 3
     * db hits (a unique index seek on the Project node and one property read): a poll that read the counter first
     * would cost as much when nothing is new and add a round trip when something is, so the poll reads the events
     * directly. What costs is the transaction around the query: {@code executeRead} sends BEGIN, RUN, PULL and
     * COMMIT through the driver's retry wrapper, an auto-commit query RUN and PULL. Per idle poll the managed
     * transaction took 0.27–0.37 ms of client CPU, 0.35–0.5 ms of server CPU and 0.54–0.58 ms of round trip
     * (p50); the auto-commit query 0.13–0.15 ms, 0.23–0.38 ms and 0.34–0.39 ms. Reusing one session, or leaving
     * bookmarks out, made no difference beyond the noise.
     *
     * <p>What it gives up, and why that is safe here: the driver does not retry an auto-commit query. The poller
     * repeats a failed poll at its next tick (with backoff), from the same position, and a read changes nothing,
     * so nothing is lost or repeated. The session keeps the store's bookmark manager and reads in READ mode: in a
     * cluster the poll goes to a follower or read replica, which waits until it has applied this client's own
     * writes before it answers, so a client still sees its own events at the first poll after a write. (Without
     * bookmarks nothing would be lost either, since a follower applies transactions in commit order, which is
     * sequence order, so a lagging one returns a prefix; but a client's own events could come a poll late.)
     */
    @Override
    public List<Event> pollEvents(Scope scope, long afterSequence, int limit) {
        return errors.translate(() -> {
            try (Session session = driver.session(sessionConfig().withDefaultAccessMode(AccessMode.READ).build())) {
                readTransactions.increment();
                return session.run(Cypher.EVENTS_AFTER, Params.of(scope, "after", afterSequence, "limit", limit))
                        .list(r -> GraphMapper.event(r.get("e").asNode()));
            }
        });
    }

    @Override
    public List<Event> eventsByAgent(Scope scope, String agentId, long afterSequence, int limit) {
        return read(tx -> events(tx, Cypher.EVENTS_BY_AGENT,
                Params.of(scope, "agentId", agentId, "after", afterSequence, "limit", limit)));
    }

    private static List<Event> events(TransactionContext tx, String query, Map<String, Object> params) {
        return tx.run(query, params).list(r -> GraphMapper.event(r.get("e").asNode()));
    }

    @Override
    public Optional<Event> event(Scope scope, String eventId) {
        return read(tx -> events(tx, Cypher.EVENT_BY_ID, Params.of(scope, "id", eventId)).stream().findFirst());
    }

    @Override
    public long latestSequence(Scope scope) {
        return read(tx -> tx.run(Cypher.LATEST_SEQUENCE, Params.of(scope)).single().get("sequence").asLong());
    }

    @Override
    public List<Event> activeBlockers(Scope scope) {
        return read(tx -> events(tx, Cypher.ACTIVE_BLOCKERS, Params.of(scope)));
    }

    // ---- agents ----

    @Override
    public AgentInfo registerAgent(Scope scope, AgentRegistration registration, Duration offlineAfter) {
        return write(tx -> {
            tx.run(Cypher.REGISTER_AGENT, Params.of(scope, "agentId", registration.agentId(),
                    "name", registration.name(), "capabilities", registration.capabilities())).consume();
            return agent(tx, scope, registration.agentId(), offlineAfter).orElseThrow();
        });
    }

    @Override
    public AgentInfo heartbeat(Scope scope, String agentId, Duration offlineAfter) {
        return write(tx -> {
            List<Record> found = tx.run(Cypher.HEARTBEAT, Params.of(scope, "agentId", agentId)).list();
            if (found.isEmpty()) {
                throw new UnknownAgentException(agentId, scope);
            }
            if (found.getFirst().get("deregistered").asBoolean()) {
                throw new AgentDeregisteredException(agentId, scope);
            }
            return agent(tx, scope, agentId, offlineAfter).orElseThrow();
        });
    }

    @Override
    public Logged<List<Reservation>> markOffline(Scope scope, String agentId, String userId) {
        return write(tx -> {
            // Deregistration releases the agent's reservations as a reservation write of the agent's own: the agent,
            // then the lock every reservation write takes (the same order as a grant), then the release's event,
            // appended while the agent is still registered (an append needs active authors), then offline.
            Record lock = tx.run(Cypher.LOCK_RESERVATIONS, Params.of(scope, "agentId", agentId)).single();
            if (!lock.get("agentKnown").asBoolean()) {
                throw new UnknownAgentException(agentId, scope);
            }
            Logged<List<Reservation>> released = new Logged<>(List.of(), Optional.<Event>empty());
            if (lock.get("active").asBoolean()) {
                List<Reservation> own = ownReservations(tx, scope, agentId, ReservationSelector.all());
                tx.run(Cypher.DELETE_RESERVATIONS, Params.of(scope, "ids",
                        own.stream().map(Reservation::id).toList())).consume();
                released = logged(tx, scope, agentId, userId, own, ReservationEvents::released);
            }
            tx.run(Cypher.MARK_OFFLINE, Params.of(scope, "agentId", agentId)).consume();
            return released;
        });
    }

    @Override
    public List<AgentInfo> agents(Scope scope, Duration offlineAfter) {
        return read(tx -> agents(tx, Cypher.AGENTS, Params.of(scope), offlineAfter));
    }

    @Override
    public Optional<AgentInfo> agent(Scope scope, String agentId, Duration offlineAfter) {
        return read(tx -> agent(tx, scope, agentId, offlineAfter));
    }

    private static Optional<AgentInfo> agent(TransactionContext tx, Scope scope, String agentId,
            Duration offlineAfter) {
        return agents(tx, Cypher.AGENT, Params.of(scope, "agentId", agentId), offlineAfter).stream().findFirst();
    }

    private static List<AgentInfo> agents(TransactionContext tx, String query, Map<String, Object> params,
            Duration offlineAfter) {
        return tx.run(query, params).list(r -> GraphMapper.agent(
                r.get("a").asNode(),
                r.get("currentTask").isNull() ? Optional.empty() : Optional.of(r.get("currentTask").asString()),
                GraphMapper.instant(r, "now"),
                offlineAfter));
    }

    // ---- claims ----

    @Override
    public Logged<ClaimResult> claim(Scope scope, TaskAction action, Duration offlineAfter) {
        return write(tx -> decideClaim(tx, scope, action, LockedTask.lock(tx, scope, action), offlineAfter));
    }

    /** A claim of a task locked in {@code tx}: the decision in Java, then the write and its TASK event. */
    private static Logged<ClaimResult> decideClaim(TransactionContext tx, Scope scope, TaskAction action,
            LockedTask task, Duration offlineAfter) {
        Optional<TaskClaim> current = task.claim();
        if (current.filter(c -> c.state() == TaskState.COMPLETED).isPresent()) {
            return unlogged(new ClaimResult(ClaimOutcome.COMPLETED, current.get(), Optional.empty()));
        }
        if (current.filter(c -> c.agentId().equals(action.agentId())).isPresent()) {
            return unlogged(new ClaimResult(ClaimOutcome.ALREADY_HELD, current.get(), Optional.empty()));
        }
        if (current.isPresent() && !task.holderOffline(offlineAfter)) {
            return unlogged(new ClaimResult(ClaimOutcome.HELD_BY_OTHER, current.get(), Optional.empty()));
        }
        Node taken = tx.run(Cypher.TAKE_TASK, Params.of(scope, "taskId", action.taskId(),
                "agentId", action.agentId())).single().get("t").asNode();
        Optional<String> previous = current.map(TaskClaim::agentId);
        Event event = logTask(tx, scope, action, TaskEvents.claimed(action.taskId(), previous));
        ClaimOutcome outcome = previous.isPresent() ? ClaimOutcome.TAKEN_OVER : ClaimOutcome.CLAIMED;
        return new Logged<>(new ClaimResult(outcome, GraphMapper.claim(taken), previous), Optional.of(event));
    }

    private static Logged<ClaimResult> unlogged(ClaimResult result) {
        return new Logged<>(result, Optional.empty());
    }

    /**
     * Locks the task, as every task operation does, then the tasks that depend on it before judging whether it
     * readied them (see the note before {@link Cypher#DEFINE_READINESS} for why that keeps the claimable set right).
     */
    @Override
    public Logged<TaskClaim> complete(Scope scope, TaskAction action) {
        return write(tx -> {
            LockedTask.lock(tx, scope, action).requireHeldBy(action.agentId());
            Node completed = tx.run(Cypher.SET_TASK_STATE, Params.of(scope, "taskId", action.taskId(),
                    "state", "completed")).single().get("t").asNode();
            tx.run(Cypher.LOCK_DEPENDENTS, Params.of(scope, "taskId", action.taskId())).consume();
            tx.run(Cypher.COMPLETE_READINESS, Params.of(scope, "taskId", action.taskId())).consume();
            Event event = logTask(tx, scope, action, TaskEvents.completed(action.taskId()));
            return new Logged<>(GraphMapper.claim(completed), Optional.of(event));
        });
    }

    @Override
    public Logged<TaskClaim> release(Scope scope, TaskAction action) {
        return write(tx -> {
            TaskClaim held = LockedTask.lock(tx, scope, action).requireHeldBy(action.agentId());
            tx.run(Cypher.SET_TASK_STATE, Params.of(scope, "taskId", action.taskId(), "state", "released"))
                    .consume();
            Event event = logTask(tx, scope, action, TaskEvents.released(action.taskId()));
            return new Logged<>(held, Optional.of(event));
        });
    }

    /**
     * Logs a task operation's TASK event, with the action's cursor, in the operation's transaction. A fresh id is
     * safe on a retry here: the whole transaction function runs again, and the task's state, not the event id,
     * decides whether anything is logged.
     */
    private static Event logTask(TransactionContext tx, Scope scope, TaskAction action, NewEvent taskEvent) {
        EventDraft draft = new EventDraft(taskEvent, Optional.of(action.agentId()), action.userId(), action.cursor());
        return EventBatch.of(scope, List.of(draft), List.of(UUID.randomUUID().toString())).appendIn(tx).getFirst();
    }

    // ---- the task graph ----

    /**
     * One transaction, locks taken in the adapter's order (see {@link Cypher#LOCK_TASK_GRAPH}): the scope's
     * TaskGraph node, then the existing tasks the definition touches (the batch's tasks and their old and new
     * dependencies, sorted), then the Project counter for its event. A refusal by {@link DefinePlan} throws and
     * rolls everything back. A retry after a commit whose acknowledgement was lost finds the batch already defined
     * and reports it unchanged, writing nothing twice.
     */
    @Override
    public Logged<DefinedTasks> define(Scope scope, List<TaskDefinition> definitions, String userId) {
        return write(tx -> {
            tx.run(Cypher.LOCK_TASK_GRAPH, Params.of(scope)).consume();
            Map<String, List<String>> graph = new HashMap<>();
            tx.run(Cypher.DEFINED_GRAPH, Params.of(scope)).forEachRemaining(row ->
                    graph.put(row.get("id").asString(), row.get("dependsOn").asList(Value::asString)));
            Map<String, DefinePlan.Current> current = lockTasksOfBatch(tx, scope, definitions, graph);
            DefinePlan plan = DefinePlan.of(definitions, graph, current);
            List<String> created = plan.created().stream().map(TaskDefinition::id).toList();
            List<String> updated = plan.updated().stream().map(TaskDefinition::id).toList();
            if (plan.changed().isEmpty()) {
                return new Logged<>(new DefinedTasks(created, updated, plan.unchanged(), Optional.empty()),
                        Optional.<Event>empty());
            }
            tx.run(Cypher.UPSERT_TASKS, Params.of(scope, "tasks",
                    plan.changed().stream().map(TaskRows::parameters).toList())).consume();
            if (!plan.edgesChanged().isEmpty()) {
                tx.run(Cypher.DELETE_DEPENDENCIES, Params.of(scope, "ids",
                        plan.edgesChanged().stream().map(TaskDefinition::id).toList())).consume();
                List<Map<String, Object>> edges = plan.edgesChanged().stream()
                        .flatMap(task -> task.dependsOn().stream()
                                .map(dependency -> Map.<String, Object>of("task", task.id(), "dependsOn", dependency)))
                        .toList();
                tx.run(Cypher.CREATE_DEPENDENCIES, Params.of(scope, "edges", edges)).consume();
            }
            tx.run(Cypher.DEFINE_READINESS, Params.of(scope, "ids",
                    plan.changed().stream().map(TaskDefinition::id).toList())).consume();
            EventDraft draft = EventDraft.of(TaskEvents.defined(created, updated), Optional.empty(), userId);
            Event event = EventBatch.of(scope, List.of(draft), List.of(UUID.randomUUID().toString())).appendIn(tx)
                    .getFirst();
            return new Logged<>(new DefinedTasks(created, updated, plan.unchanged(), Optional.of(event)),
                    Optional.of(event));
        });
    }

    /** Locks the existing tasks the batch touches and returns the batch's own tasks as they stand. */
    private static Map<String, DefinePlan.Current> lockTasksOfBatch(TransactionContext tx, Scope scope,
            List<TaskDefinition> definitions, Map<String, List<String>> graph) {
        Set<String> batch = new HashSet<>();
        Set<String> touched = new TreeSet<>();
        for (TaskDefinition task : definitions) {
            batch.add(task.id());
            touched.add(task.id());
            touched.addAll(task.dependsOn());
            touched.addAll(graph.getOrDefault(task.id(), List.of()));
        }
        Map<String, DefinePlan.Current> current = new HashMap<>();
        tx.run(Cypher.LOCK_TASKS, Params.of(scope, "ids", List.copyOf(touched))).forEachRemaining(row -> {
            Node task = row.get("t").asNode();
            String id = task.get("task_id").asString();
            if (batch.contains(id)) {
                Optional<TaskDefinition> defined = task.get("defined_at").isNull() ? Optional.empty()
                        : Optional.of(TaskRows.definition(task, graph.getOrDefault(id, List.of())));
                current.put(id, new DefinePlan.Current(defined, TaskRows.claim(task)));
            }
        });
        return current;
    }

    @Override
    public List<StoredTask> tasks(Scope scope, Duration offlineAfter) {
        return read(tx -> tx.run(Cypher.TASKS, Params.of(scope)).list(row -> TaskRows.stored(row, offlineAfter)));
    }

    @Override
    public List<StoredTask> claimableTasks(Scope scope, TaskFilter filter, int skip, int limit,
            Duration offlineAfter) {
        return read(tx -> tx.run(Cypher.CLAIMABLE_TASKS, Params.of(scope, "capabilities", capabilities(filter),
                "excluded", List.copyOf(filter.excludedTaskIds()), "skip", skip, "limit", limit))
                .list(row -> TaskRows.stored(row, offlineAfter)));
    }

    @Override
    public List<StoredTask> claimableTasksAssignedTo(Scope scope, String agentId, TaskFilter filter, int limit,
            Duration offlineAfter) {
        return read(tx -> tx.run(Cypher.CLAIMABLE_TASKS_ASSIGNED, Params.of(scope, "agentId", agentId,
                "capabilities", capabilities(filter), "excluded", List.copyOf(filter.excludedTaskIds()),
                "limit", limit))
                .list(row -> TaskRows.stored(row, offlineAfter)));
    }

    /** A filter's capabilities as the claimable-task seeks take them: null for any. */
    private static @Nullable List<String> capabilities(TaskFilter filter) {
        return filter.capabilities().map(List::copyOf).orElse(null);
    }

    /**
     * {@link #claim} with readiness checked after the task's lock is taken (see
     * {@link Cypher#LOCKED_TASK_READINESS} for why what it reads holds until commit).
     */
    @Override
    public Logged<Optional<ClaimResult>> claimIfReady(Scope scope, TaskAction action, TaskFilter filter,
            Duration offlineAfter) {
        return write(tx -> {
            LockedTask task = LockedTask.lock(tx, scope, action);
            Record row = tx.run(Cypher.LOCKED_TASK_READINESS, Params.of(scope, "taskId", action.taskId())).single();
            if (row.get("t").asNode().get("defined_at").isNull() || row.get("open").asLong() > 0) {
                return new Logged<>(Optional.<ClaimResult>empty(), Optional.<Event>empty());
            }
            StoredTask stored = TaskRows.stored(row, offlineAfter);
            if (!filter.accepts(stored.definition()) || TaskRules.assignedToAnother(stored.assignment(),
                    stored.assigneeOnline(), action.agentId())) {
                return new Logged<>(Optional.<ClaimResult>empty(), Optional.<Event>empty());
            }
            Logged<ClaimResult> claimed = decideClaim(tx, scope, action, task, offlineAfter);
            return new Logged<>(Optional.of(claimed.result()), claimed.event());
        });
    }

    @Override
    public Logged<TaskAssignment> assign(Scope scope, String taskId, String agentId, Optional<String> note,
            String userId, Duration offlineAfter) {
        return write(tx -> {
            List<Record> found = tx.run(Cypher.LOCK_TASK_FOR_ASSIGNMENT,
                    Params.of(scope, "taskId", taskId, "agentId", agentId)).list();
            if (found.isEmpty() || found.getFirst().get("t").asNode().get("defined_at").isNull()) {
                throw new TaskNotAssignableException(taskId, "is not defined");
            }
            Record row = found.getFirst();
            Node task = row.get("t").asNode();
            Optional<TaskClaim> claim = TaskRows.claim(task);
            if (claim.filter(c -> c.state() == TaskState.COMPLETED).isPresent()) {
                throw new TaskNotAssignableException(taskId, "is completed");
            }
            if (claim.isPresent() && TaskRows.online(row.get("holderHeartbeat"),
                    row.get("holderDeregistered").asBoolean(), GraphMapper.instant(row, "now"), offlineAfter)) {
                throw new TaskNotAssignableException(taskId, "is held by " + claim.get().agentId());
            }
            if (!row.get("assigneeKnown").asBoolean()) {
                throw new UnknownAgentException(agentId, scope);
            }
            if (row.get("assigneeDeregistered").asBoolean()) {
                throw new AgentDeregisteredException(agentId, scope);
            }
            Node assigned = tx.run(Cypher.SET_ASSIGNMENT, Params.of(scope, "taskId", taskId, "agentId", agentId,
                    "note", note.orElse(null))).single().get("t").asNode();
            EventDraft draft = EventDraft.of(TaskEvents.assigned(taskId, agentId, note), Optional.empty(), userId);
            Event event = EventBatch.of(scope, List.of(draft), List.of(UUID.randomUUID().toString())).appendIn(tx)
                    .getFirst();
            return new Logged<>(TaskRows.assignment(assigned).orElseThrow(), Optional.of(event));
        });
    }

    @Override
    public Logged<TaskAssignment> rejectAssignment(Scope scope, TaskAction action, String reason) {
        return write(tx -> {
            Optional<TaskAssignment> assignment = LockedTask.lock(tx, scope, action).assignment();
            if (assignment.filter(a -> a.agentId().equals(action.agentId())).isEmpty()) {
                throw new TaskNotAssignedException(action.taskId(), action.agentId(),
                        assignment.map(TaskAssignment::agentId));
            }
            tx.run(Cypher.CLEAR_ASSIGNMENT, Params.of(scope, "taskId", action.taskId())).consume();
            Event event = logTask(tx, scope, action, TaskEvents.assignmentRejected(action.taskId(), reason));
            return new Logged<>(assignment.get(), Optional.of(event));
        });
    }

    @Override
    public List<TaskClaim> claims(Scope scope) {
        return read(tx -> tx.run(Cypher.CLAIMS, Params.of(scope))
                .list(r -> GraphMapper.claim(r.get("t").asNode())));
    }

    @Override
    public Optional<TaskClaim> claimOf(Scope scope, String taskId) {
        return read(tx -> tx.run(Cypher.CLAIM, Params.of(scope, "taskId", taskId)).stream()
                .map(r -> GraphMapper.claim(r.get("t").asNode())).findFirst());
    }

    // ---- path reservations ----

    /**
     * One transaction under the scope's reservation lock (see {@link Cypher#LOCK_RESERVATIONS} for why of
     * concurrent conflicting requests exactly one is granted): the stored reservations read under the lock, the
     * decision by {@link ReservationPlan}, then the superseded reservations deleted, the new ones created and the
     * event appended, which takes the Project counter last. The ids are chosen before the transaction, so that a
     * retry after a commit whose acknowledgement was lost finds the grant instead of writing it twice.
     */
    @Override
    public Logged<ReservationResult> reserve(Scope scope, String agentId, String userId, ReservationRequest request,
            Duration offlineAfter) {
        List<String> ids = request.patterns().stream().map(p -> UUID.randomUUID().toString()).toList();
        return write(tx -> {
            Instant now = lockReservations(tx, scope, agentId);
            ReservationRows stored = storedReservations(tx, scope, Cypher.STORED_RESERVATIONS, offlineAfter);
            List<Reservation> already = stored.all().stream().filter(r -> ids.contains(r.id())).toList();
            if (!already.isEmpty()) {
                return new Logged<>(ReservationResult.granted(already), Optional.<Event>empty());
            }
            ReservationPlan plan = ReservationPlan.of(agentId, request, stored.all(), stored::active);
            if (!plan.granted()) {
                return new Logged<>(ReservationResult.refused(plan.conflicts()), Optional.<Event>empty());
            }
            String name = tx.run(Cypher.AGENT, Params.of(scope, "agentId", agentId)).single().get("a").asNode()
                    .get("name").asString();
            List<Reservation> granted = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                granted.add(new Reservation(ids.get(i), agentId, name, request.patterns().get(i),
                        request.exclusive(), request.reason(), now, now.plus(request.ttl())));
            }
            tx.run(Cypher.DELETE_RESERVATIONS, Params.of(scope, "ids",
                    plan.superseded().stream().map(Reservation::id).toList())).consume();
            tx.run(Cypher.CREATE_RESERVATIONS, Params.of(scope, "agentId", agentId, "reservations",
                    granted.stream().map(ReservationRows::parameters).toList())).consume();
            Event event = appendAs(tx, scope, agentId, userId, ReservationEvents.granted(granted, plan.superseded()));
            return new Logged<>(ReservationResult.granted(granted), Optional.of(event));
        });
    }

    @Override
    public Logged<List<Reservation>> renewReservations(Scope scope, String agentId, String userId,
            ReservationSelector selector, Duration extension) {
        return write(tx -> {
            Instant now = lockReservations(tx, scope, agentId);
            List<Reservation> renewed = ownReservations(tx, scope, agentId, selector).stream()
                    .map(r -> new Reservation(r.id(), r.agentId(), r.agentName(), r.pattern(), r.exclusive(),
                            r.reason(), r.grantedAt(),
                            (r.expiresAt().isAfter(now) ? r.expiresAt() : now).plus(extension)))
                    .toList();
            tx.run(Cypher.SET_RESERVATION_EXPIRIES, Params.of(scope, "reservations",
                    renewed.stream().map(ReservationRows::parameters).toList())).consume();
            return logged(tx, scope, agentId, userId, renewed, ReservationEvents::renewed);
        });
    }

    @Override
    public Logged<List<Reservation>> releaseReservations(Scope scope, String agentId, String userId,
            ReservationSelector selector) {
        return write(tx -> {
            lockReservations(tx, scope, agentId);
            List<Reservation> released = ownReservations(tx, scope, agentId, selector);
            tx.run(Cypher.DELETE_RESERVATIONS, Params.of(scope, "ids",
                    released.stream().map(Reservation::id).toList())).consume();
            return logged(tx, scope, agentId, userId, released, ReservationEvents::released);
        });
    }

    @Override
    public List<Reservation> reservations(Scope scope, Duration offlineAfter) {
        return read(tx -> storedReservations(tx, scope, Cypher.UNEXPIRED_RESERVATIONS, offlineAfter).activeOnly());
    }

    /**
     * Takes the scope's reservation lock for the acting agent, which counts as alive from now on; returns the
     * database's time.
     */
    private static Instant lockReservations(TransactionContext tx, Scope scope, String agentId) {
        Record record = tx.run(Cypher.LOCK_RESERVATIONS, Params.of(scope, "agentId", agentId)).single();
        if (!record.get("agentKnown").asBoolean()) {
            throw new UnknownAgentException(agentId, scope);
        }
        if (!record.get("active").asBoolean()) {
            throw new AgentDeregisteredException(agentId, scope);
        }
        return GraphMapper.instant(record, "now");
    }

    private static ReservationRows storedReservations(TransactionContext tx, Scope scope, String query,
            Duration offlineAfter) {
        return ReservationRows.of(tx.run(query, Params.of(scope)).list(), offlineAfter);
    }

    /** The agent's own stored reservations that the selector picks, read under the reservation lock. */
    private static List<Reservation> ownReservations(TransactionContext tx, Scope scope, String agentId,
            ReservationSelector selector) {
        return storedReservations(tx, scope, Cypher.STORED_RESERVATIONS, Duration.ZERO).all().stream()
                .filter(r -> r.agentId().equals(agentId) && selector.selects(r)).toList();
    }

    /**
     * A renewal's or release's result with its event, appended in the transaction when anything changed. A release
     * the driver runs again after a commit whose acknowledgement was lost finds its reservations gone and changes
     * nothing; a renewal run again so extends once more (from the expiry the first run wrote), which errs on the
     * side of the holder.
     */
    private static Logged<List<Reservation>> logged(TransactionContext tx, Scope scope, String agentId,
            String userId, List<Reservation> changed, Function<List<Reservation>, NewEvent> event) {
        if (changed.isEmpty()) {
            return new Logged<>(List.<Reservation>of(), Optional.<Event>empty());
        }
        return new Logged<>(changed, Optional.of(appendAs(tx, scope, agentId, userId, event.apply(changed))));
    }

    private static Event appendAs(TransactionContext tx, Scope scope, String agentId, String userId,
            NewEvent event) {
        EventDraft draft = EventDraft.of(event, Optional.of(agentId), userId);
        return EventBatch.of(scope, List.of(draft), List.of(UUID.randomUUID().toString())).appendIn(tx).getFirst();
    }

    // ---- cursors ----

    @Override
    public CursorPosition writeCursor(Scope scope, CursorDraft draft) {
        return write(tx -> GraphMapper.cursor(tx.run(Cypher.WRITE_CURSOR, Params.of(scope,
                "ownerId", draft.ownerId(),
                "currentTask", draft.currentTask().orElse(null),
                "lastSequence", draft.lastSequence(),
                "lastAction", draft.lastAction(),
                "handoffNote", draft.handoffNote().orElse(null))).single().get("c").asNode()));
    }

    @Override
    public Optional<CursorPosition> cursor(Scope scope, String ownerId) {
        return read(tx -> tx.run(Cypher.CURSOR, Params.of(scope, "ownerId", ownerId)).stream()
                .map(r -> GraphMapper.cursor(r.get("c").asNode())).findFirst());
    }

    @Override
    public List<CursorPosition> cursors(Scope scope) {
        return read(tx -> tx.run(Cypher.CURSORS, Params.of(scope))
                .list(r -> GraphMapper.cursor(r.get("c").asNode())));
    }

    // ---- messages ----

    /**
     * One write transaction: the sender checked, the recipients resolved against the scope's agents, the message
     * appended through {@link EventBatch} (the append path of every event: counter lock, sign of life, cursor) and
     * its deliveries created. A refusal throws before anything is written, or rolls back what was. Resolving from a
     * read without locks is sound: an agent registered or deregistered while the send runs is one the send either
     * committed before or after, and the recipients it resolved are recorded in the message. The id is chosen
     * before the transaction so that a retry after a lost acknowledgement finds the message instead of sending it
     * twice, as {@link #append} does.
     */
    @Override
    public Event send(Scope scope, MessageSend send) {
        String id = UUID.randomUUID().toString();
        AtomicBoolean retry = new AtomicBoolean();
        return write(tx -> {
            if (retry.getAndSet(true)) {
                List<Event> already = events(tx, Cypher.EVENTS_BY_IDS, Params.of(scope, "ids", List.of(id)));
                if (!already.isEmpty()) {
                    return already.getFirst();
                }
            }
            List<MessageEvents.Agent> agents = tx.run(Cypher.MESSAGE_AGENTS, Params.of(scope))
                    .list(r -> new MessageEvents.Agent(r.get("id").asString(), r.get("name").asString(),
                            r.get("deregistered").asBoolean()));
            MessageEvents.Agent sender = agents.stream().filter(a -> a.id().equals(send.senderId())).findFirst()
                    .orElseThrow(() -> new UnknownAgentException(send.senderId(), scope));
            if (sender.deregistered()) {
                throw new AgentDeregisteredException(send.senderId(), scope);
            }
            List<String> recipients = MessageEvents.recipients(scope, send, agents);
            EventDraft draft = MessageEvents.draft(send, recipients, id);
            Event event = EventBatch.of(scope, List.of(draft), List.of(id)).appendIn(tx).getFirst();
            tx.run(Cypher.DELIVER, Params.of(scope, "sequence", event.sequence(), "recipients", recipients))
                    .consume();
            return event;
        });
    }

    @Override
    public List<Message> inbox(Scope scope, String agentId, InboxQuery query) {
        boolean ascending = query.afterSequence().isPresent();
        Map<String, Object> params = Params.of(scope, "agentId", agentId,
                "after", query.afterSequence().orElse(0L),
                "before", query.beforeSequence().orElse(Long.MAX_VALUE),
                "unread", query.unreadOnly(),
                "unacknowledged", query.wantsUnacknowledged(),
                "overdueMillis", query.ackOverdue().map(Duration::toMillis).orElse(null),
                "importances", query.importances().stream().map(Importance::wireName).toList(),
                "threadId", query.threadId().orElse(null),
                "limit", query.limit());
        Comparator<Message> order = Comparator.comparingLong(Message::sequence);
        return read(tx -> tx.run(ascending ? Cypher.INBOX_ASCENDING : Cypher.INBOX_DESCENDING, params)
                .list(Neo4jStore::message).stream().sorted(ascending ? order : order.reversed()).toList());
    }

    private static Message message(Record row) {
        return new Message(GraphMapper.event(row.get("e").asNode()), optionalInstant(row, "readAt"),
                optionalInstant(row, "ackedAt"));
    }

    private static Optional<Instant> optionalInstant(Record row, String key) {
        return row.get(key).isNull() ? Optional.empty() : Optional.of(GraphMapper.instant(row, key));
    }

    @Override
    public Optional<Message> message(Scope scope, String messageId, Optional<String> viewerId) {
        return read(tx -> tx.run(Cypher.MESSAGE, Params.of(scope, "id", messageId, "viewer", viewerId.orElse(null)))
                .list(Neo4jStore::message).stream().findFirst());
    }

    @Override
    public List<Message> thread(Scope scope, String threadId, Optional<String> viewerId) {
        return read(tx -> tx.run(Cypher.THREAD, Params.of(scope, "threadId", threadId,
                        "viewer", viewerId.orElse(null), "limit", CoordinationClient.MAX_LIMIT))
                .list(Neo4jStore::message).stream().sorted(Comparator.comparingLong(Message::sequence)).toList());
    }

    /** The recipient's sign of life (its lock) first, then every id checked, then the marks; see {@link Cypher#MARK}. */
    @Override
    public List<Receipt> markRead(Scope scope, String agentId, List<String> messageIds, boolean acknowledge) {
        return write(tx -> {
            List<Record> agent = tx.run(Cypher.HEARTBEAT, Params.of(scope, "agentId", agentId)).list();
            if (agent.isEmpty()) {
                throw new UnknownAgentException(agentId, scope);
            }
            if (agent.getFirst().get("deregistered").asBoolean()) {
                throw new AgentDeregisteredException(agentId, scope);
            }
            List<Long> sequences = new ArrayList<>();
            for (Record row : tx.run(Cypher.MARK_CHECK, Params.of(scope, "ids", messageIds, "agentId", agentId))
                    .list()) {
                String id = messageIds.get(row.get("i").asInt());
                if (row.get("sequence").isNull()) {
                    throw new UnknownMessageException("messageIds", id, scope);
                }
                if (!row.get("recipient").asBoolean()) {
                    throw new NotARecipientException(id, agentId);
                }
                sequences.add(row.get("sequence").asLong());
            }
            Map<String, Receipt> receipts = new HashMap<>();
            tx.run(Cypher.MARK, Params.of(scope, "agentId", agentId, "acknowledge", acknowledge,
                    "sequences", sequences.stream().sorted().toList())).forEachRemaining(row -> {
                        String id = row.get("id").asString();
                        receipts.put(id, new Receipt(id, agentId, GraphMapper.instant(row, "readAt"),
                                optionalInstant(row, "ackedAt")));
                    });
            return messageIds.stream().map(receipts::get).toList();
        });
    }

    @Override
    public List<InboxCounts> inboxCounts(Scope scope, Duration ackOverdueAfter) {
        return read(tx -> tx.run(Cypher.INBOX_COUNTS, Params.of(scope, "overdueMillis", ackOverdueAfter.toMillis()))
                .list(row -> new InboxCounts(row.get("agentId").asString(), row.get("unread").asLong(),
                        row.get("overdue").asLong()))
                .stream().filter(c -> c.unread() > 0 || c.ackOverdue() > 0).toList());
    }

    @Override
    public long newsPosition(Scope scope, String agentId) {
        return read(tx -> tx.run(Cypher.NEWS_POSITION, Params.of(scope, "agentId", agentId)).stream()
                .map(r -> r.get("position").asLong()).findFirst()
                .orElseThrow(() -> new UnknownAgentException(agentId, scope)));
    }

    @Override
    public boolean advanceNewsPosition(Scope scope, String agentId, long expected, long next) {
        return write(tx -> tx.run(Cypher.ADVANCE_NEWS_POSITION,
                        Params.of(scope, "agentId", agentId, "expected", expected, "next", next)).stream()
                .map(r -> r.get("moved").asBoolean()).findFirst()
                .orElseThrow(() -> new UnknownAgentException(agentId, scope)));
    }

    /** The driver belongs to whoever created it; the client closes it when it created it. */
    @Override
    public void close() {
        // Sessions are per operation and already closed; nothing else is held.
    }
}
