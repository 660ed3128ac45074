package ai.ginko.neo4j.internal;

import ai.ginko.core.AgentDeregisteredException;
import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentRegistration;
import ai.ginko.core.ClaimOutcome;
import ai.ginko.core.ClaimResult;
import ai.ginko.core.CursorPosition;
import ai.ginko.core.Event;
import ai.ginko.core.NewEvent;
import ai.ginko.core.Scope;
import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskState;
import ai.ginko.core.UnknownAgentException;
import ai.ginko.core.internal.TaskEvents;
import ai.ginko.core.spi.CoordinationStore;
import ai.ginko.core.spi.CursorDraft;
import ai.ginko.core.spi.EventDraft;
import ai.ginko.core.spi.Logged;
import ai.ginko.core.spi.TaskAction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
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
                }
            }
            return null;
        });
    }

    private Session session() {
        return driver.session(sessionConfig().build());
    }

    private SessionConfig.Builder sessionConfig() {
        SessionConfig.Builder config = SessionConfig.builder().withBookmarkManager(bookmarks);
        database.ifPresent(config::withDatabase);
        return config;
    }

    private <T> T write(TransactionCallback<T> work) {
        return errors.translate(() -> {
            try (Session session = session()) {
                return session.executeWrite(tx -> {
                    writeTransactions.increment();
                    return work.execute(tx);
                });
            }
        });
    }

    private <T> T read(TransactionCallback<T> work) {
        return errors.translate(() -> {
            try (Session session = session()) {
                return session.executeRead(tx -> {
                    readTransactions.increment();
                    return work.execute(tx);
                });
            }
        });
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
    public void markOffline(Scope scope, String agentId) {
        write(tx -> {
            if (tx.run(Cypher.MARK_OFFLINE, Params.of(scope, "agentId", agentId)).single().get("found").asLong() == 0) {
                throw new UnknownAgentException(agentId, scope);
            }
            return null;
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
        return write(tx -> {
            LockedTask task = LockedTask.lock(tx, scope, action);
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
        });
    }

    private static Logged<ClaimResult> unlogged(ClaimResult result) {
        return new Logged<>(result, Optional.empty());
    }

    @Override
    public Logged<TaskClaim> complete(Scope scope, TaskAction action) {
        return write(tx -> {
            LockedTask.lock(tx, scope, action).requireHeldBy(action.agentId());
            Node completed = tx.run(Cypher.SET_TASK_STATE, Params.of(scope, "taskId", action.taskId(),
                    "state", "completed")).single().get("t").asNode();
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

    /** The driver belongs to whoever created it; the client closes it when it created it. */
    @Override
    public void close() {
        // Sessions are per operation and already closed; nothing else is held.
    }
}
