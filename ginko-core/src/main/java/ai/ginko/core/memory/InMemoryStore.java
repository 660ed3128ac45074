package ai.ginko.core.memory;

import ai.ginko.core.AgentDeregisteredException;
import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.BlockerAlreadyResolvedException;
import ai.ginko.core.ClaimOutcome;
import ai.ginko.core.ClaimResult;
import ai.ginko.core.CursorPosition;
import ai.ginko.core.DefinedTasks;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.InboxCounts;
import ai.ginko.core.InboxQuery;
import ai.ginko.core.Message;
import ai.ginko.core.MessageHeader;
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
import ai.ginko.core.TaskNotHeldException;
import ai.ginko.core.TaskState;
import ai.ginko.core.UnknownAgentException;
import ai.ginko.core.UnknownBlockerException;
import ai.ginko.core.UnknownMessageException;
import ai.ginko.core.internal.AgentStatusRule;
import ai.ginko.core.internal.DefinePlan;
import ai.ginko.core.internal.MessageEvents;
import ai.ginko.core.internal.ReservationEvents;
import ai.ginko.core.internal.ReservationPlan;
import ai.ginko.core.internal.TaskEvents;
import ai.ginko.core.internal.TaskIds;
import ai.ginko.core.internal.TaskRules;
import ai.ginko.core.paths.PathPattern;
import ai.ginko.core.spi.CoordinationStore;
import ai.ginko.core.spi.CursorDraft;
import ai.ginko.core.spi.EventDraft;
import ai.ginko.core.spi.Logged;
import ai.ginko.core.spi.MessageSend;
import ai.ginko.core.spi.StoredTask;
import ai.ginko.core.spi.TaskAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The in-memory {@link CoordinationStore}: one monitor per scope, so every operation on a scope is atomic and
 * sequences are gap-free in commit order trivially.
 */
final class InMemoryStore implements CoordinationStore {

    private final Clock clock;
    private final Map<Scope, ScopeData> scopes = new ConcurrentHashMap<>();

    InMemoryStore(Clock clock) {
        this.clock = clock;
    }

    private ScopeData data(Scope scope) {
        return scopes.computeIfAbsent(scope, s -> new ScopeData());
    }

    private static final class ScopeData {
        final List<Event> events = new ArrayList<>();
        final Map<String, Event> eventsById = new HashMap<>();
        final Map<String, AgentRecord> agents = new HashMap<>();
        final Map<String, TaskClaim> claims = new LinkedHashMap<>();
        final Map<String, CursorPosition> cursors = new HashMap<>();
        final Map<String, DefinedTask> definitions = new HashMap<>();
        final Map<String, TaskAssignment> assignments = new HashMap<>();
        final Map<String, Long> newsPositions = new HashMap<>();
        /** Per recipient, its deliveries by sequence: the inbox reads its own map, never the scope's events. */
        final Map<String, NavigableMap<Long, Delivery>> deliveries = new HashMap<>();
        /**
         * The claimable tasks (defined, open, every dependency completed) in ready order, with each one's key: kept
         * by {@link #define} and {@link #complete}, the only writers of what it depends on, under this scope's
         * monitor like everything else.
         */
        final TreeSet<ReadyKey> claimable = new TreeSet<>(ReadyKey.ORDER);
        final Map<String, ReadyKey> claimableKeys = new HashMap<>();
        /** Each task to the defined tasks that depend on it. */
        final Map<String, Set<String>> dependents = new HashMap<>();
        final Map<String, StoredReservation> reservations = new LinkedHashMap<>();
    }

    private record Delivery(Event message, Optional<Instant> readAt, Optional<Instant> acknowledgedAt) {

        Message viewed() {
            return new Message(message, readAt, acknowledgedAt);
        }
    }

    /** A reservation as kept; its holder's name is looked up when it is read, as the Neo4j store joins it. */
    private record StoredReservation(String id, String agentId, PathPattern pattern, boolean exclusive,
            Optional<String> reason, Instant grantedAt, Instant expiresAt) {

        StoredReservation expiringAt(Instant expiry) {
            return new StoredReservation(id, agentId, pattern, exclusive, reason, grantedAt, expiry);
        }
    }

    private record DefinedTask(TaskDefinition definition, Instant definedAt) {
    }

    /** A claimable task's place in ready order: priority, then definition time, then id. */
    private record ReadyKey(int priority, Instant definedAt, String taskId) {

        static final Comparator<ReadyKey> ORDER = Comparator.comparingInt(ReadyKey::priority)
                .thenComparing(ReadyKey::definedAt)
                .thenComparing(ReadyKey::taskId, TaskIds.ORDER);
    }

    private record AgentRecord(AgentRegistration registration, Instant registeredAt, Instant lastHeartbeat,
            boolean deregistered) {
    }

    @Override
    public List<Event> append(Scope scope, List<EventDraft> drafts) {
        ScopeData data = data(scope);
        synchronized (data) {
            Instant now = clock.instant();
            // Every check before the first write: a refused draft leaves nothing behind.
            Set<String> resolvedHere = new HashSet<>();
            for (EventDraft draft : drafts) {
                draft.agentId().ifPresent(agentId -> active(scope, data, agentId));
                draft.event().resolvesEventId().ifPresent(id -> resolvable(scope, data, id, resolvedHere));
            }
            List<Event> stored = new ArrayList<>();
            for (EventDraft draft : drafts) {
                draft.agentId().ifPresent(agentId -> touch(data, agentId, now));
                Event event = add(scope, data, draft.event(), draft.agentId(), draft.userId(), now);
                draft.cursor().ifPresent(cursor -> writeCursor(data, cursor, event));
                stored.add(event);
            }
            return List.copyOf(stored);
        }
    }

    private static void resolvable(Scope scope, ScopeData data, String blockerId, Set<String> resolvedHere) {
        Event blocker = data.eventsById.get(blockerId);
        if (blocker == null || blocker.category() != EventCategory.BLOCKER) {
            throw new UnknownBlockerException(blockerId, scope);
        }
        if (!resolvedHere.add(blockerId)
                || data.events.stream().anyMatch(e -> e.resolvesEventId().filter(blockerId::equals).isPresent())) {
            throw new BlockerAlreadyResolvedException(blockerId, scope);
        }
    }

    private static Event add(Scope scope, ScopeData data, NewEvent e, Optional<String> agentId, String userId,
            Instant now) {
        return add(scope, data, UUID.randomUUID().toString(), e, agentId, userId, now, Optional.empty());
    }

    private static Event add(Scope scope, ScopeData data, String id, NewEvent e, Optional<String> agentId,
            String userId, Instant now, Optional<MessageHeader> message) {
        Event event = new Event(id, data.events.size() + 1L, scope, agentId, userId,
                e.category(), e.description(), e.impact(), e.metadata(), now, e.blocker(), e.taskId(),
                e.resolvesEventId(), message);
        data.events.add(event);
        data.eventsById.put(event.id(), event);
        return event;
    }

    @Override
    public List<Event> eventsAfter(Scope scope, long afterSequence, int limit) {
        ScopeData data = data(scope);
        synchronized (data) {
            int from = (int) Math.min(afterSequence, data.events.size());
            int to = (int) Math.min((long) from + limit, data.events.size());
            return List.copyOf(data.events.subList(from, to));
        }
    }

    @Override
    public List<Event> eventsByAgent(Scope scope, String agentId, long afterSequence, int limit) {
        ScopeData data = data(scope);
        synchronized (data) {
            return data.events.stream()
                    .filter(e -> e.sequence() > afterSequence && e.agentId().filter(agentId::equals).isPresent())
                    .limit(limit).toList();
        }
    }

    @Override
    public Optional<Event> event(Scope scope, String eventId) {
        ScopeData data = data(scope);
        synchronized (data) {
            return Optional.ofNullable(data.eventsById.get(eventId));
        }
    }

    @Override
    public long latestSequence(Scope scope) {
        ScopeData data = data(scope);
        synchronized (data) {
            return data.events.size();
        }
    }

    @Override
    public List<Event> activeBlockers(Scope scope) {
        ScopeData data = data(scope);
        synchronized (data) {
            List<String> resolved = data.events.stream().flatMap(e -> e.resolvesEventId().stream()).toList();
            return data.events.stream()
                    .filter(e -> e.category() == EventCategory.BLOCKER && !resolved.contains(e.id())).toList();
        }
    }

    @Override
    public AgentInfo registerAgent(Scope scope, AgentRegistration registration, Duration offlineAfter) {
        ScopeData data = data(scope);
        synchronized (data) {
            Instant now = clock.instant();
            AgentRecord previous = data.agents.get(registration.agentId());
            Instant registeredAt = previous == null ? now : previous.registeredAt();
            data.agents.put(registration.agentId(), new AgentRecord(registration, registeredAt, now, false));
            data.newsPositions.putIfAbsent(registration.agentId(), (long) data.events.size());
            return info(data, registration.agentId(), now, offlineAfter);
        }
    }

    @Override
    public AgentInfo heartbeat(Scope scope, String agentId, Duration offlineAfter) {
        ScopeData data = data(scope);
        synchronized (data) {
            active(scope, data, agentId);
            Instant now = clock.instant();
            touch(data, agentId, now);
            return info(data, agentId, now, offlineAfter);
        }
    }

    @Override
    public Logged<List<Reservation>> markOffline(Scope scope, String agentId, String userId) {
        ScopeData data = data(scope);
        synchronized (data) {
            known(scope, data, agentId);
            Instant now = clock.instant();
            List<Reservation> released = data.reservations.values().stream()
                    .filter(r -> r.agentId().equals(agentId)).map(r -> view(data, r)).toList();
            released.forEach(r -> data.reservations.remove(r.id()));
            // Logged while the agent is still registered: the event is the agent's own last action.
            Logged<List<Reservation>> logged = logged(scope, data, agentId, userId, released,
                    ReservationEvents::released, now);
            AgentRecord agent = known(scope, data, agentId);
            data.agents.put(agentId,
                    new AgentRecord(agent.registration(), agent.registeredAt(), agent.lastHeartbeat(), true));
            return logged;
        }
    }

    /** A sign of life of a known agent: its last heartbeat becomes {@code now}. */
    private static void touch(ScopeData data, String agentId, Instant now) {
        AgentRecord agent = Objects.requireNonNull(data.agents.get(agentId), "touch only agents checked to exist");
        data.agents.put(agentId, new AgentRecord(agent.registration(), agent.registeredAt(), now, false));
    }

    @Override
    public List<AgentInfo> agents(Scope scope, Duration offlineAfter) {
        ScopeData data = data(scope);
        synchronized (data) {
            Instant now = clock.instant();
            return data.agents.keySet().stream().map(id -> info(data, id, now, offlineAfter)).toList();
        }
    }

    @Override
    public Optional<AgentInfo> agent(Scope scope, String agentId, Duration offlineAfter) {
        ScopeData data = data(scope);
        synchronized (data) {
            return data.agents.containsKey(agentId)
                    ? Optional.of(info(data, agentId, clock.instant(), offlineAfter))
                    : Optional.empty();
        }
    }

    private static AgentRecord known(Scope scope, ScopeData data, String agentId) {
        AgentRecord agent = data.agents.get(agentId);
        if (agent == null) {
            throw new UnknownAgentException(agentId, scope);
        }
        return agent;
    }

    /** The agent, which must be registered and not deregistered to act. */
    private static AgentRecord active(Scope scope, ScopeData data, String agentId) {
        AgentRecord agent = known(scope, data, agentId);
        if (agent.deregistered()) {
            throw new AgentDeregisteredException(agentId, scope);
        }
        return agent;
    }

    private static AgentInfo info(ScopeData data, String agentId, Instant now, Duration offlineAfter) {
        AgentRecord agent = Objects.requireNonNull(data.agents.get(agentId), "callers pass a registered agent");
        Optional<String> currentTask = data.claims.values().stream()
                .filter(c -> c.agentId().equals(agentId) && c.state() == TaskState.CLAIMED)
                .max(Comparator.comparing(TaskClaim::claimedAt)).map(TaskClaim::taskId);
        return new AgentInfo(agentId, agent.registration().name(), agent.registration().capabilities(),
                AgentStatusRule.statusOf(agent.deregistered(), agent.lastHeartbeat(), now, offlineAfter,
                        currentTask.isPresent()),
                currentTask, agent.registeredAt(), agent.lastHeartbeat(), now);
    }

    @Override
    public Logged<ClaimResult> claim(Scope scope, TaskAction action, Duration offlineAfter) {
        ScopeData data = data(scope);
        synchronized (data) {
            active(scope, data, action.agentId());
            Instant now = clock.instant();
            // The claimer is alive from now on, whatever the outcome: the next claimer sees it online.
            touch(data, action.agentId(), now);
            return decideClaim(scope, data, action, offlineAfter, now);
        }
    }

    /** A claim once the claimer is known to be active and alive; clears the task's assignment when it is taken. */
    private Logged<ClaimResult> decideClaim(Scope scope, ScopeData data, TaskAction action, Duration offlineAfter,
            Instant now) {
        String taskId = action.taskId();
        String agentId = action.agentId();
        TaskClaim current = data.claims.get(taskId);
        if (current != null && current.state() == TaskState.COMPLETED) {
            return new Logged<>(new ClaimResult(ClaimOutcome.COMPLETED, current, Optional.empty()),
                    Optional.empty());
        }
        if (current != null && current.agentId().equals(agentId)) {
            return new Logged<>(new ClaimResult(ClaimOutcome.ALREADY_HELD, current, Optional.empty()),
                    Optional.empty());
        }
        if (current != null && online(data, current.agentId(), now, offlineAfter)) {
            return new Logged<>(new ClaimResult(ClaimOutcome.HELD_BY_OTHER, current, Optional.empty()),
                    Optional.empty());
        }
        TaskClaim claim = new TaskClaim(taskId, agentId, TaskState.CLAIMED, now, now);
        data.claims.put(taskId, claim);
        data.assignments.remove(taskId);
        Optional<String> previous = Optional.ofNullable(current).map(TaskClaim::agentId);
        Event event = logTask(scope, data, action, TaskEvents.claimed(taskId, previous), now);
        return new Logged<>(new ClaimResult(previous.isPresent() ? ClaimOutcome.TAKEN_OVER : ClaimOutcome.CLAIMED,
                claim, previous), Optional.of(event));
    }

    private static boolean online(ScopeData data, String agentId, Instant now, Duration offlineAfter) {
        return data.agents.containsKey(agentId)
                && info(data, agentId, now, offlineAfter).status() != AgentStatus.OFFLINE;
    }

    private Event logTask(Scope scope, ScopeData data, TaskAction action, NewEvent taskEvent, Instant now) {
        Event event = add(scope, data, taskEvent, Optional.of(action.agentId()), action.userId(), now);
        action.cursor().ifPresent(cursor -> writeCursor(data, cursor, event));
        return event;
    }

    private static void writeCursor(ScopeData data, CursorDraft cursor, Event event) {
        data.cursors.put(cursor.ownerId(),
                cursor.withEvent(event, Optional.ofNullable(data.cursors.get(cursor.ownerId()))));
    }

    @Override
    public Logged<TaskClaim> complete(Scope scope, TaskAction action) {
        ScopeData data = data(scope);
        synchronized (data) {
            TaskClaim held = held(scope, data, action);
            Instant now = clock.instant();
            touch(data, action.agentId(), now);
            TaskClaim completed = new TaskClaim(held.taskId(), held.agentId(), TaskState.COMPLETED, held.claimedAt(),
                    now);
            data.claims.put(held.taskId(), completed);
            judgeClaimable(data, held.taskId());
            data.dependents.getOrDefault(held.taskId(), Set.of()).forEach(dependent -> judgeClaimable(data, dependent));
            Event event = logTask(scope, data, action, TaskEvents.completed(held.taskId()), now);
            return new Logged<>(completed, Optional.of(event));
        }
    }

    @Override
    public Logged<TaskClaim> release(Scope scope, TaskAction action) {
        ScopeData data = data(scope);
        synchronized (data) {
            TaskClaim held = held(scope, data, action);
            Instant now = clock.instant();
            touch(data, action.agentId(), now);
            data.claims.remove(held.taskId());
            Event event = logTask(scope, data, action, TaskEvents.released(held.taskId()), now);
            return new Logged<>(held, Optional.of(event));
        }
    }

    private static TaskClaim held(Scope scope, ScopeData data, TaskAction action) {
        active(scope, data, action.agentId());
        TaskClaim current = data.claims.get(action.taskId());
        if (current == null || !current.agentId().equals(action.agentId())
                || current.state() != TaskState.CLAIMED) {
            throw new TaskNotHeldException(action.taskId(), action.agentId(), Optional.ofNullable(current));
        }
        return current;
    }

    // ---- the task graph ----

    @Override
    public Logged<DefinedTasks> define(Scope scope, List<TaskDefinition> definitions, String userId) {
        ScopeData data = data(scope);
        synchronized (data) {
            Map<String, List<String>> graph = new HashMap<>();
            data.definitions.forEach((id, task) -> graph.put(id, task.definition().dependsOn()));
            Map<String, DefinePlan.Current> current = new HashMap<>();
            for (TaskDefinition task : definitions) {
                DefinedTask defined = data.definitions.get(task.id());
                TaskClaim claim = data.claims.get(task.id());
                if (defined != null || claim != null) {
                    current.put(task.id(), new DefinePlan.Current(
                            Optional.ofNullable(defined).map(DefinedTask::definition), Optional.ofNullable(claim)));
                }
            }
            DefinePlan plan = DefinePlan.of(definitions, graph, current);
            List<String> created = plan.created().stream().map(TaskDefinition::id).toList();
            List<String> updated = plan.updated().stream().map(TaskDefinition::id).toList();
            if (plan.changed().isEmpty()) {
                return new Logged<>(new DefinedTasks(created, updated, plan.unchanged(), Optional.empty()),
                        Optional.empty());
            }
            Instant now = clock.instant();
            plan.created().forEach(task -> data.definitions.put(task.id(), new DefinedTask(task, now)));
            plan.updated().forEach(task -> data.definitions.put(task.id(), new DefinedTask(task,
                    Objects.requireNonNull(data.definitions.get(task.id()), "an updated task was defined").definedAt())));
            for (TaskDefinition task : plan.changed()) {
                graph.getOrDefault(task.id(), List.of()).forEach(dependency ->
                        data.dependents.getOrDefault(dependency, new HashSet<>()).remove(task.id()));
                task.dependsOn().forEach(dependency ->
                        data.dependents.computeIfAbsent(dependency, d -> new HashSet<>()).add(task.id()));
                judgeClaimable(data, task.id());
            }
            Event event = add(scope, data, TaskEvents.defined(created, updated), Optional.empty(), userId, now);
            return new Logged<>(new DefinedTasks(created, updated, plan.unchanged(), Optional.of(event)),
                    Optional.of(event));
        }
    }

    @Override
    public List<StoredTask> tasks(Scope scope, Duration offlineAfter) {
        ScopeData data = data(scope);
        synchronized (data) {
            Instant now = clock.instant();
            return data.definitions.values().stream().map(task -> stored(data, task, now, offlineAfter)).toList();
        }
    }

    /** Walks the claimable set in ready order from its start: the seek of a store that keeps it sorted. */
    @Override
    public List<StoredTask> claimableTasks(Scope scope, TaskFilter filter, int skip, int limit,
            Duration offlineAfter) {
        ScopeData data = data(scope);
        synchronized (data) {
            Instant now = clock.instant();
            return data.claimable.stream()
                    .map(key -> definedTask(data, key.taskId()))
                    .filter(task -> filter.accepts(task.definition()))
                    .skip(skip).limit(limit)
                    .map(task -> stored(data, task, now, offlineAfter)).toList();
        }
    }

    @Override
    public List<StoredTask> claimableTasksAssignedTo(Scope scope, String agentId, TaskFilter filter, int limit,
            Duration offlineAfter) {
        ScopeData data = data(scope);
        synchronized (data) {
            Instant now = clock.instant();
            return data.assignments.entrySet().stream()
                    .filter(entry -> entry.getValue().agentId().equals(agentId))
                    .map(entry -> data.claimableKeys.get(entry.getKey()))
                    .filter(Objects::nonNull)
                    .sorted(ReadyKey.ORDER)
                    .map(key -> definedTask(data, key.taskId()))
                    .filter(task -> filter.accepts(task.definition()))
                    .limit(limit)
                    .map(task -> stored(data, task, now, offlineAfter)).toList();
        }
    }

    private static DefinedTask definedTask(ScopeData data, String taskId) {
        return Objects.requireNonNull(data.definitions.get(taskId), "a claimable task is defined");
    }

    /** Puts a task into the claimable set or takes it out, as its state and its dependencies' stand now. */
    private static void judgeClaimable(ScopeData data, String taskId) {
        ReadyKey previous = data.claimableKeys.remove(taskId);
        if (previous != null) {
            data.claimable.remove(previous);
        }
        DefinedTask task = data.definitions.get(taskId);
        if (task != null && !completed(data, taskId) && dependenciesCompleted(data, task)) {
            ReadyKey key = new ReadyKey(task.definition().priority(), task.definedAt(), taskId);
            data.claimable.add(key);
            data.claimableKeys.put(taskId, key);
        }
    }

    @Override
    public Logged<Optional<ClaimResult>> claimIfReady(Scope scope, TaskAction action, TaskFilter filter,
            Duration offlineAfter) {
        ScopeData data = data(scope);
        synchronized (data) {
            active(scope, data, action.agentId());
            Instant now = clock.instant();
            touch(data, action.agentId(), now);
            DefinedTask task = data.definitions.get(action.taskId());
            if (task == null || !filter.accepts(task.definition()) || !dependenciesCompleted(data, task)
                    || assignedToAnother(data, action, now, offlineAfter)) {
                return new Logged<>(Optional.empty(), Optional.empty());
            }
            Logged<ClaimResult> claimed = decideClaim(scope, data, action, offlineAfter, now);
            return new Logged<>(Optional.of(claimed.result()), claimed.event());
        }
    }

    private static boolean assignedToAnother(ScopeData data, TaskAction action, Instant now, Duration offlineAfter) {
        TaskAssignment assignment = data.assignments.get(action.taskId());
        return assignment != null && TaskRules.assignedToAnother(Optional.of(assignment),
                online(data, assignment.agentId(), now, offlineAfter), action.agentId());
    }

    @Override
    public Logged<TaskAssignment> assign(Scope scope, String taskId, String agentId, Optional<String> note,
            String userId, Duration offlineAfter) {
        ScopeData data = data(scope);
        synchronized (data) {
            Instant now = clock.instant();
            if (!data.definitions.containsKey(taskId)) {
                throw new TaskNotAssignableException(taskId, "is not defined");
            }
            TaskClaim claim = data.claims.get(taskId);
            if (claim != null && claim.state() == TaskState.COMPLETED) {
                throw new TaskNotAssignableException(taskId, "is completed");
            }
            if (claim != null && online(data, claim.agentId(), now, offlineAfter)) {
                throw new TaskNotAssignableException(taskId, "is held by " + claim.agentId());
            }
            active(scope, data, agentId);
            TaskAssignment assignment = new TaskAssignment(agentId, note, now);
            data.assignments.put(taskId, assignment);
            Event event = add(scope, data, TaskEvents.assigned(taskId, agentId, note), Optional.empty(), userId, now);
            return new Logged<>(assignment, Optional.of(event));
        }
    }

    @Override
    public Logged<TaskAssignment> rejectAssignment(Scope scope, TaskAction action, String reason) {
        ScopeData data = data(scope);
        synchronized (data) {
            active(scope, data, action.agentId());
            TaskAssignment assignment = data.assignments.get(action.taskId());
            if (assignment == null || !assignment.agentId().equals(action.agentId())) {
                throw new TaskNotAssignedException(action.taskId(), action.agentId(),
                        Optional.ofNullable(assignment).map(TaskAssignment::agentId));
            }
            Instant now = clock.instant();
            touch(data, action.agentId(), now);
            data.assignments.remove(action.taskId());
            Event event = logTask(scope, data, action,
                    TaskEvents.assignmentRejected(action.taskId(), reason), now);
            return new Logged<>(assignment, Optional.of(event));
        }
    }

    private static StoredTask stored(ScopeData data, DefinedTask task, Instant now, Duration offlineAfter) {
        String id = task.definition().id();
        Optional<TaskClaim> claim = Optional.ofNullable(data.claims.get(id));
        Optional<TaskAssignment> assignment = Optional.ofNullable(data.assignments.get(id));
        return new StoredTask(task.definition(), task.definedAt(), claim,
                claim.filter(c -> online(data, c.agentId(), now, offlineAfter)).isPresent(), assignment,
                assignment.filter(a -> online(data, a.agentId(), now, offlineAfter)).isPresent());
    }

    private static boolean completed(ScopeData data, String taskId) {
        TaskClaim claim = data.claims.get(taskId);
        return claim != null && claim.state() == TaskState.COMPLETED;
    }

    private static boolean dependenciesCompleted(ScopeData data, DefinedTask task) {
        return task.definition().dependsOn().stream().allMatch(dependency -> completed(data, dependency));
    }

    @Override
    public List<TaskClaim> claims(Scope scope) {
        ScopeData data = data(scope);
        synchronized (data) {
            return List.copyOf(data.claims.values());
        }
    }

    @Override
    public Optional<TaskClaim> claimOf(Scope scope, String taskId) {
        ScopeData data = data(scope);
        synchronized (data) {
            return Optional.ofNullable(data.claims.get(taskId));
        }
    }

    // ---- path reservations ----

    @Override
    public Logged<ReservationResult> reserve(Scope scope, String agentId, String userId, ReservationRequest request,
            Duration offlineAfter) {
        ScopeData data = data(scope);
        synchronized (data) {
            active(scope, data, agentId);
            Instant now = clock.instant();
            touch(data, agentId, now);
            List<Reservation> stored = data.reservations.values().stream().map(r -> view(data, r)).toList();
            ReservationPlan plan = ReservationPlan.of(agentId, request, stored,
                    r -> activeReservation(data, r, now, offlineAfter));
            if (!plan.granted()) {
                return new Logged<>(ReservationResult.refused(plan.conflicts()), Optional.empty());
            }
            plan.superseded().forEach(r -> data.reservations.remove(r.id()));
            List<Reservation> granted = new ArrayList<>();
            for (PathPattern pattern : request.patterns()) {
                StoredReservation reservation = new StoredReservation(UUID.randomUUID().toString(), agentId, pattern,
                        request.exclusive(), request.reason(), now, now.plus(request.ttl()));
                data.reservations.put(reservation.id(), reservation);
                granted.add(view(data, reservation));
            }
            Event event = add(scope, data, ReservationEvents.granted(granted, plan.superseded()),
                    Optional.of(agentId), userId, now);
            return new Logged<>(ReservationResult.granted(granted), Optional.of(event));
        }
    }

    @Override
    public Logged<List<Reservation>> renewReservations(Scope scope, String agentId, String userId,
            ReservationSelector selector, Duration extension) {
        ScopeData data = data(scope);
        synchronized (data) {
            Instant now = clock.instant();
            List<StoredReservation> selected = selectOwn(scope, data, agentId, selector, now);
            List<Reservation> renewed = new ArrayList<>();
            for (StoredReservation reservation : selected) {
                Instant from = reservation.expiresAt().isAfter(now) ? reservation.expiresAt() : now;
                StoredReservation extended = reservation.expiringAt(from.plus(extension));
                data.reservations.put(extended.id(), extended);
                renewed.add(view(data, extended));
            }
            return logged(scope, data, agentId, userId, renewed, ReservationEvents::renewed, now);
        }
    }

    @Override
    public Logged<List<Reservation>> releaseReservations(Scope scope, String agentId, String userId,
            ReservationSelector selector) {
        ScopeData data = data(scope);
        synchronized (data) {
            Instant now = clock.instant();
            List<Reservation> released = selectOwn(scope, data, agentId, selector, now).stream()
                    .map(r -> view(data, r)).toList();
            released.forEach(r -> data.reservations.remove(r.id()));
            return logged(scope, data, agentId, userId, released, ReservationEvents::released, now);
        }
    }

    /** The agent's reservations that the selector picks, once the agent is checked active and made alive. */
    private static List<StoredReservation> selectOwn(Scope scope, ScopeData data, String agentId,
            ReservationSelector selector, Instant now) {
        active(scope, data, agentId);
        touch(data, agentId, now);
        return data.reservations.values().stream()
                .filter(r -> r.agentId().equals(agentId) && selector.selects(view(data, r))).toList();
    }

    private static Logged<List<Reservation>> logged(Scope scope, ScopeData data, String agentId, String userId,
            List<Reservation> changed, Function<List<Reservation>, NewEvent> event, Instant now) {
        if (changed.isEmpty()) {
            return new Logged<>(List.of(), Optional.empty());
        }
        return new Logged<>(changed,
                Optional.of(add(scope, data, event.apply(changed), Optional.of(agentId), userId, now)));
    }

    @Override
    public List<Reservation> reservations(Scope scope, Duration offlineAfter) {
        ScopeData data = data(scope);
        synchronized (data) {
            Instant now = clock.instant();
            return data.reservations.values().stream().map(r -> view(data, r))
                    .filter(r -> activeReservation(data, r, now, offlineAfter)).toList();
        }
    }

    private static Reservation view(ScopeData data, StoredReservation r) {
        String name = Objects.requireNonNull(data.agents.get(r.agentId()), "a reservation's holder is registered")
                .registration().name();
        return new Reservation(r.id(), r.agentId(), name, r.pattern(), r.exclusive(), r.reason(), r.grantedAt(),
                r.expiresAt());
    }

    private static boolean activeReservation(ScopeData data, Reservation reservation, Instant now,
            Duration offlineAfter) {
        return reservation.expiresAt().isAfter(now) && online(data, reservation.agentId(), now, offlineAfter);
    }

    @Override
    public CursorPosition writeCursor(Scope scope, CursorDraft draft) {
        ScopeData data = data(scope);
        synchronized (data) {
            CursorPosition position = new CursorPosition(draft.ownerId(), draft.currentTask(), draft.lastSequence(),
                    draft.lastAction(), clock.instant(), draft.handoffNote());
            data.cursors.put(draft.ownerId(), position);
            return position;
        }
    }

    @Override
    public Optional<CursorPosition> cursor(Scope scope, String ownerId) {
        ScopeData data = data(scope);
        synchronized (data) {
            return Optional.ofNullable(data.cursors.get(ownerId));
        }
    }

    @Override
    public List<CursorPosition> cursors(Scope scope) {
        ScopeData data = data(scope);
        synchronized (data) {
            return List.copyOf(data.cursors.values());
        }
    }

    @Override
    public long newsPosition(Scope scope, String agentId) {
        ScopeData data = data(scope);
        synchronized (data) {
            known(scope, data, agentId);
            return data.newsPositions.getOrDefault(agentId, 0L);
        }
    }

    @Override
    public boolean advanceNewsPosition(Scope scope, String agentId, long expected, long next) {
        ScopeData data = data(scope);
        synchronized (data) {
            known(scope, data, agentId);
            if (data.newsPositions.getOrDefault(agentId, 0L) != expected) {
                return false;
            }
            data.newsPositions.put(agentId, next);
            return true;
        }
    }

    @Override
    public void close() {
        // Nothing to release: the data lives as long as the InMemoryCoordination that owns it.
    }

    // ---- messages ----

    @Override
    public Event send(Scope scope, MessageSend send) {
        ScopeData data = data(scope);
        synchronized (data) {
            active(scope, data, send.senderId());
            List<String> recipients = MessageEvents.recipients(scope, send, data.agents.values().stream()
                    .map(a -> new MessageEvents.Agent(a.registration().agentId(), a.registration().name(),
                            a.deregistered()))
                    .toList());
            String id = UUID.randomUUID().toString();
            EventDraft draft = MessageEvents.draft(send, recipients, id);
            Instant now = clock.instant();
            touch(data, send.senderId(), now);
            Event event = add(scope, data, id, draft.event(), draft.agentId(), draft.userId(), now, draft.message());
            draft.cursor().ifPresent(cursor -> writeCursor(data, cursor, event));
            for (String recipient : recipients) {
                data.deliveries.computeIfAbsent(recipient, r -> new TreeMap<>())
                        .put(event.sequence(), new Delivery(event, Optional.empty(), Optional.empty()));
            }
            return event;
        }
    }

    @Override
    public List<Message> inbox(Scope scope, String agentId, InboxQuery query) {
        ScopeData data = data(scope);
        synchronized (data) {
            NavigableMap<Long, Delivery> inbox = data.deliveries.getOrDefault(agentId, new TreeMap<>());
            NavigableMap<Long, Delivery> range = query.afterSequence()
                    .map(after -> inbox.tailMap(after, false))
                    .orElseGet(() -> query.beforeSequence().map(before -> inbox.headMap(before, false)).orElse(inbox)
                            .descendingMap());
            Instant now = clock.instant();
            return range.values().stream().filter(d -> selected(d, query, now)).limit(query.limit())
                    .map(Delivery::viewed).toList();
        }
    }

    private static boolean selected(Delivery delivery, InboxQuery query, Instant now) {
        Message message = delivery.viewed();
        return (!query.unreadOnly() || delivery.readAt().isEmpty())
                && (!query.wantsUnacknowledged() || unacknowledged(delivery))
                && query.ackOverdue().map(age -> overdue(message, age, now)).orElse(true)
                && (query.importances().isEmpty() || query.importances().contains(message.importance()))
                && query.threadId().map(message.threadId()::equals).orElse(true);
    }

    private static boolean unacknowledged(Delivery delivery) {
        return delivery.message().message().orElseThrow().ackRequired() && delivery.acknowledgedAt().isEmpty();
    }

    /** Sent at least {@code age} before {@code now}; the Neo4j store compares the same way. */
    private static boolean overdue(Message message, Duration age, Instant now) {
        return !message.sentAt().plus(age).isAfter(now);
    }

    @Override
    public Optional<Message> message(Scope scope, String messageId, Optional<String> viewerId) {
        ScopeData data = data(scope);
        synchronized (data) {
            return Optional.ofNullable(data.eventsById.get(messageId)).filter(e -> e.message().isPresent())
                    .map(e -> viewed(data, e, viewerId));
        }
    }

    private static Message viewed(ScopeData data, Event event, Optional<String> viewerId) {
        return viewerId.map(data.deliveries::get).map(inbox -> inbox.get(event.sequence()))
                .map(Delivery::viewed).orElseGet(() -> new Message(event, Optional.empty(), Optional.empty()));
    }

    @Override
    public List<Message> thread(Scope scope, String threadId, Optional<String> viewerId) {
        ScopeData data = data(scope);
        synchronized (data) {
            return data.events.stream()
                    .filter(e -> e.message().filter(m -> m.threadId().equals(threadId)).isPresent())
                    .map(e -> viewed(data, e, viewerId)).toList();
        }
    }

    @Override
    public List<Receipt> markRead(Scope scope, String agentId, List<String> messageIds, boolean acknowledge) {
        ScopeData data = data(scope);
        synchronized (data) {
            active(scope, data, agentId);
            NavigableMap<Long, Delivery> inbox = data.deliveries.getOrDefault(agentId, new TreeMap<>());
            List<Long> sequences = new ArrayList<>();
            // Every check before the first write: a refused id leaves nothing marked.
            for (String id : messageIds) {
                Event event = data.eventsById.get(id);
                if (event == null || event.message().isEmpty()) {
                    throw new UnknownMessageException("messageIds", id, scope);
                }
                if (!inbox.containsKey(event.sequence())) {
                    throw new NotARecipientException(id, agentId);
                }
                sequences.add(event.sequence());
            }
            Instant now = clock.instant();
            touch(data, agentId, now);
            List<Receipt> receipts = new ArrayList<>();
            for (long sequence : sequences) {
                Delivery before = Objects.requireNonNull(inbox.get(sequence), "checked above");
                Delivery after = new Delivery(before.message(), Optional.of(before.readAt().orElse(now)),
                        acknowledge ? Optional.of(before.acknowledgedAt().orElse(now)) : before.acknowledgedAt());
                inbox.put(sequence, after);
                receipts.add(new Receipt(after.message().id(), agentId, after.readAt().orElseThrow(),
                        after.acknowledgedAt()));
            }
            return List.copyOf(receipts);
        }
    }

    @Override
    public List<InboxCounts> inboxCounts(Scope scope, Duration ackOverdueAfter) {
        ScopeData data = data(scope);
        synchronized (data) {
            Instant now = clock.instant();
            return data.deliveries.entrySet().stream().map(inbox -> new InboxCounts(inbox.getKey(),
                    inbox.getValue().values().stream().filter(d -> d.readAt().isEmpty()).count(),
                    inbox.getValue().values().stream()
                            .filter(d -> unacknowledged(d) && overdue(d.viewed(), ackOverdueAfter, now)).count()))
                    .toList();
        }
    }
}
