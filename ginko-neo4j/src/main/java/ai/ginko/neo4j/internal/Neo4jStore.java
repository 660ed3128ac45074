package ai.ginko.neo4j.internal;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.ClaimOutcome;
import ai.ginko.core.ClaimResult;
import ai.ginko.core.CursorPosition;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.NewEvent;
import ai.ginko.core.Scope;
import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskNotHeldException;
import ai.ginko.core.TaskState;
import ai.ginko.core.UnknownAgentException;
import ai.ginko.core.UnknownBlockerException;
import ai.ginko.core.internal.AgentStatusRule;
import ai.ginko.core.spi.CoordinationStore;
import ai.ginko.core.spi.CursorDraft;
import ai.ginko.core.spi.EventDraft;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
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

    public Neo4jStore(Driver driver, Optional<String> database) {
        this.driver = driver;
        this.database = database;
    }

    /** Checks connectivity and creates the constraints and indexes that are missing. */
    public void bootstrap() {
        errors.translate(() -> {
            driver.verifyConnectivity();
            try (Session session = session()) {
                SchemaStatements.createMissing(session, Schema.STATEMENTS);
                session.run("CALL db.awaitIndexes(60)").consume();
            }
            return null;
        });
    }

    private Session session() {
        SessionConfig.Builder config = SessionConfig.builder().withBookmarkManager(bookmarks);
        database.ifPresent(config::withDatabase);
        return driver.session(config.build());
    }

    private <T> T write(TransactionCallback<T> work) {
        return errors.translate(() -> {
            try (Session session = session()) {
                return session.executeWrite(work);
            }
        });
    }

    private <T> T read(TransactionCallback<T> work) {
        return errors.translate(() -> {
            try (Session session = session()) {
                return session.executeRead(work);
            }
        });
    }

    private static Map<String, Object> params(Scope scope, @Nullable Object... keyValues) {
        Map<String, Object> params = new HashMap<>();
        params.put("org", scope.organizationId());
        params.put("project", scope.projectId());
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put((String) keyValues[i], keyValues[i + 1]);
        }
        return params;
    }

    // ---- events ----

    @Override
    public Event append(Scope scope, EventDraft draft) {
        // The id is chosen here, once, so that a retry of a transaction whose commit succeeded but whose
        // acknowledgement was lost finds its event instead of writing it twice. The first attempt skips the
        // lookup: it cannot have committed anything yet.
        String id = UUID.randomUUID().toString();
        AtomicBoolean retry = new AtomicBoolean();
        return write(tx -> {
            Optional<Event> already = retry.getAndSet(true) ? eventById(tx, scope, id) : Optional.empty();
            if (already.isPresent()) {
                return already.get();
            }
            draft.event().resolvesEventId().ifPresent(resolves -> {
                if (tx.run(Cypher.FIND_BLOCKER, params(scope, "id", resolves)).single().get("found").asLong() == 0) {
                    throw new UnknownBlockerException(resolves, scope);
                }
            });
            return create(tx, scope, id, draft.event(), draft.agentId(), draft.userId());
        });
    }

    private static Event create(TransactionContext tx, Scope scope, String id, NewEvent event,
            Optional<String> agentId, String userId) {
        Map<String, Object> params = params(scope,
                "id", id,
                "agentId", agentId.orElse(null),
                "userId", userId,
                "category", event.category().wireName(),
                "description", event.description(),
                "impact", event.impact().orElse(null),
                "metadata", MetadataJson.write(event.metadata()),
                "taskId", event.taskId().orElse(null),
                "resolves", event.resolvesEventId().orElse(null),
                "blockedBy", event.blocker().map(b -> b.blockedBy()).orElse(null),
                "blockingTasks", event.blocker().map(b -> b.blockingTasks()).orElse(null),
                "severity", event.blocker().map(b -> b.severity().wireName()).orElse(null));
        return GraphMapper.event(tx.run(Cypher.APPEND_EVENT, params).single().get("e").asNode());
    }

    private static Optional<Event> eventById(TransactionContext tx, Scope scope, String id) {
        return tx.run(Cypher.EVENT_BY_ID, params(scope, "id", id)).stream()
                .map(r -> GraphMapper.event(r.get("e").asNode())).findFirst();
    }

    @Override
    public List<Event> eventsAfter(Scope scope, long afterSequence, int limit) {
        return read(tx -> events(tx, Cypher.EVENTS_AFTER, params(scope, "after", afterSequence, "limit", limit)));
    }

    @Override
    public List<Event> eventsByAgent(Scope scope, String agentId, long afterSequence, int limit) {
        return read(tx -> events(tx, Cypher.EVENTS_BY_AGENT,
                params(scope, "agentId", agentId, "after", afterSequence, "limit", limit)));
    }

    private static List<Event> events(TransactionContext tx, String query, Map<String, Object> params) {
        return tx.run(query, params).list(r -> GraphMapper.event(r.get("e").asNode()));
    }

    @Override
    public Optional<Event> event(Scope scope, String eventId) {
        return read(tx -> eventById(tx, scope, eventId));
    }

    @Override
    public long latestSequence(Scope scope) {
        return read(tx -> tx.run(Cypher.LATEST_SEQUENCE, params(scope)).single().get("sequence").asLong());
    }

    @Override
    public List<Event> activeBlockers(Scope scope) {
        return read(tx -> events(tx, Cypher.ACTIVE_BLOCKERS, params(scope)));
    }

    // ---- agents ----

    @Override
    public AgentInfo registerAgent(Scope scope, AgentRegistration registration, Duration offlineAfter) {
        return write(tx -> {
            tx.run(Cypher.REGISTER_AGENT, params(scope, "agentId", registration.agentId(),
                    "name", registration.name(), "capabilities", registration.capabilities())).consume();
            return agents(tx, scope, registration.agentId(), offlineAfter).getFirst();
        });
    }

    @Override
    public AgentInfo heartbeat(Scope scope, String agentId, Duration offlineAfter) {
        return write(tx -> {
            requireFound(tx.run(Cypher.HEARTBEAT, params(scope, "agentId", agentId)).single(), agentId, scope);
            return agents(tx, scope, agentId, offlineAfter).getFirst();
        });
    }

    @Override
    public void markOffline(Scope scope, String agentId) {
        write(tx -> {
            requireFound(tx.run(Cypher.MARK_OFFLINE, params(scope, "agentId", agentId)).single(), agentId, scope);
            return null;
        });
    }

    private static void requireFound(Record record, String agentId, Scope scope) {
        if (record.get("found").asLong() == 0) {
            throw new UnknownAgentException(agentId, scope);
        }
    }

    @Override
    public List<AgentInfo> agents(Scope scope, Duration offlineAfter) {
        return read(tx -> agents(tx, scope, null, offlineAfter));
    }

    @Override
    public Optional<AgentInfo> agent(Scope scope, String agentId, Duration offlineAfter) {
        return read(tx -> agents(tx, scope, agentId, offlineAfter).stream().findFirst());
    }

    private static List<AgentInfo> agents(TransactionContext tx, Scope scope, @Nullable String agentIdOrNull,
            Duration offlineAfter) {
        return tx.run(Cypher.AGENTS, params(scope, "agentId", agentIdOrNull)).list(r -> GraphMapper.agent(
                r.get("a").asNode(),
                r.get("currentTask").isNull() ? Optional.empty() : Optional.of(r.get("currentTask").asString()),
                r.get("now").asZonedDateTime().toInstant(),
                offlineAfter));
    }

    // ---- claims ----

    @Override
    public ClaimResult claim(Scope scope, String taskId, String agentId, String userId, Duration offlineAfter) {
        return write(tx -> {
            requireFound(tx.run(Cypher.AGENT_EXISTS, params(scope, "agentId", agentId)).single(), agentId, scope);
            Record locked = tx.run(Cypher.LOCK_TASK, params(scope, "taskId", taskId)).single();
            Node task = locked.get("t").asNode();
            Instant now = locked.get("now").asZonedDateTime().toInstant();
            String state = task.get("state").asString(null);
            if ("completed".equals(state)) {
                return new ClaimResult(ClaimOutcome.COMPLETED, GraphMapper.claim(task), Optional.empty());
            }
            Optional<String> previous = "claimed".equals(state)
                    ? Optional.of(task.get("agent_id").asString()) : Optional.empty();
            if (previous.filter(agentId::equals).isPresent()) {
                return new ClaimResult(ClaimOutcome.ALREADY_HELD, GraphMapper.claim(task), Optional.empty());
            }
            if (previous.isPresent() && !offline(tx, scope, previous.get(), now, offlineAfter)) {
                return new ClaimResult(ClaimOutcome.HELD_BY_OTHER, GraphMapper.claim(task), Optional.empty());
            }
            Node taken = tx.run(Cypher.TAKE_TASK, params(scope, "taskId", taskId, "agentId", agentId))
                    .single().get("t").asNode();
            String description = previous.map(p -> "took over " + taskId + " from " + p + " (offline)")
                    .orElse("claimed " + taskId);
            create(tx, scope, UUID.randomUUID().toString(),
                    taskEvent(taskId, description, previous.isPresent() ? "taken_over" : "claimed"),
                    Optional.of(agentId), userId);
            return new ClaimResult(previous.isPresent() ? ClaimOutcome.TAKEN_OVER : ClaimOutcome.CLAIMED,
                    GraphMapper.claim(taken), previous);
        });
    }

    private static boolean offline(TransactionContext tx, Scope scope, String agentId, Instant now,
            Duration offlineAfter) {
        List<Record> holder = tx.run(Cypher.AGENT_LIVENESS, params(scope, "agentId", agentId)).list();
        if (holder.isEmpty()) {
            return true;
        }
        Value lastHeartbeat = holder.getFirst().get("lastHeartbeat");
        return AgentStatusRule.statusOf(holder.getFirst().get("deregistered").asBoolean(false),
                lastHeartbeat.asZonedDateTime().toInstant(), now, offlineAfter, true) == AgentStatus.OFFLINE;
    }

    private static NewEvent taskEvent(String taskId, String description, String action) {
        return NewEvent.builder(EventCategory.TASK, description).taskId(taskId).metadata("action", action).build();
    }

    @Override
    public TaskClaim complete(Scope scope, String taskId, String agentId, String userId) {
        return write(tx -> finish(tx, scope, taskId, agentId, userId, TaskState.COMPLETED, "completed"));
    }

    @Override
    public void release(Scope scope, String taskId, String agentId, String userId) {
        write(tx -> finish(tx, scope, taskId, agentId, userId, null, "released"));
    }

    /** Moves a task its holder has claimed to {@code newState} (null: released) and logs it. */
    private static TaskClaim finish(TransactionContext tx, Scope scope, String taskId, String agentId,
            String userId, @Nullable TaskState newState, String action) {
        Node task = tx.run(Cypher.LOCK_TASK, params(scope, "taskId", taskId)).single().get("t").asNode();
        Optional<TaskClaim> current = "claimed".equals(task.get("state").asString(null))
                || "completed".equals(task.get("state").asString(null))
                ? Optional.of(GraphMapper.claim(task)) : Optional.empty();
        if (current.filter(c -> c.state() == TaskState.CLAIMED && c.agentId().equals(agentId)).isEmpty()) {
            throw new TaskNotHeldException(taskId, agentId, current);
        }
        String state = newState == null ? "released" : newState.name().toLowerCase(Locale.ROOT);
        Node updated = tx.run(Cypher.SET_TASK_STATE, params(scope, "taskId", taskId, "state", state))
                .single().get("t").asNode();
        create(tx, scope, UUID.randomUUID().toString(), taskEvent(taskId, action + " " + taskId, action),
                Optional.of(agentId), userId);
        return newState == null ? current.get() : GraphMapper.claim(updated);
    }

    @Override
    public List<TaskClaim> claims(Scope scope) {
        return read(tx -> tx.run(Cypher.CLAIMS, params(scope, "taskId", null))
                .list(r -> GraphMapper.claim(r.get("t").asNode())));
    }

    @Override
    public Optional<TaskClaim> claimOf(Scope scope, String taskId) {
        return read(tx -> tx.run(Cypher.CLAIMS, params(scope, "taskId", taskId)).stream()
                .map(r -> GraphMapper.claim(r.get("t").asNode())).findFirst());
    }

    // ---- cursors ----

    @Override
    public CursorPosition writeCursor(Scope scope, CursorDraft draft) {
        return write(tx -> GraphMapper.cursor(tx.run(Cypher.WRITE_CURSOR, params(scope,
                "ownerId", draft.ownerId(),
                "currentTask", draft.currentTask().orElse(null),
                "lastSequence", draft.lastSequence(),
                "lastAction", draft.lastAction(),
                "handoffNote", draft.handoffNote().orElse(null))).single().get("c").asNode()));
    }

    @Override
    public Optional<CursorPosition> cursor(Scope scope, String ownerId) {
        return read(tx -> tx.run(Cypher.CURSORS, params(scope, "ownerId", ownerId)).stream()
                .map(r -> GraphMapper.cursor(r.get("c").asNode())).findFirst());
    }

    @Override
    public List<CursorPosition> cursors(Scope scope) {
        return read(tx -> tx.run(Cypher.CURSORS, params(scope, "ownerId", null))
                .list(r -> GraphMapper.cursor(r.get("c").asNode())));
    }

    /** The driver belongs to whoever created it; the client closes it when it created it. */
    @Override
    public void close() {
        // Sessions are per operation and already closed; nothing else is held.
    }
}
