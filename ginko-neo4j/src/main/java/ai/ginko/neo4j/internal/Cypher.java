package ai.ginko.neo4j.internal;

/**
 * Every query the adapter sends. All values are parameters; every match is bound to {@code $org} and
 * {@code $project}, so no query can reach outside the client's scope.
 */
final class Cypher {

    /**
     * The prefix of the statements on the hot paths (append, poll, heartbeat, claim, cursor): a plan once made is
     * kept when the database's statistics change. Neo4j otherwise plans a statement again once the counts it was
     * planned with have drifted (checked at most every 10 s by default), and planning {@link #APPEND_EVENTS} takes
     * 300–500 ms on a 2-core machine, during which every caller of the statement waits: a sequential writer logging
     * 200 events/s stalled that long once or twice in 15 s, and with {@code replan=skip} never for more than 70 ms
     * (three runs each). Keeping the plan is sound because every look-up in these statements is an equality on a
     * uniqueness constraint's properties (a range on the last one for {@link #EVENTS_AFTER}), which the planner
     * chooses whatever the counts, an empty database included ({@code PinnedPlansTest} checks exactly that).
     */
    static final String PINNED_PLAN = "CYPHER replan=skip\n";

    /**
     * Appends a batch of events ({@code $events}, in order) in one statement: signs of life for their agents, the
     * next sequences, the events, their resolutions and their authors' cursors. Returns one row per event, or no
     * row at all when an agent or a resolution is refused; the caller then rolls the transaction back (see
     * {@code Neo4jStore.append}).
     *
     * <p>Why the sequence is gap-free and in commit order: the increment reads the counter on the right-hand side
     * of SET, so Cypher write-locks the Project node before reading it, and the lock is held until the
     * transaction commits or rolls back. Hence (1) no two transactions get the same numbers; (2) a transaction
     * takes numbers after n only once the one holding n committed, so sequence order is commit order; (3) a
     * rollback undoes the increment with everything else, so no number is left without its event. A batch takes
     * its numbers in one increment and numbers its events from the value it read, in list order. Readers rely on
     * exactly this (see {@code ContiguousRun}).
     *
     * <p>Why a blocker is resolved once: the check that no event resolves it yet runs after the counter lock is
     * taken. Every resolution is an append and takes that lock first, so an earlier resolution has committed (and
     * is seen) before this check runs, and a later one waits until this one commits.
     *
     * <p>Lock order, the same in every write of this adapter so that writers never deadlock: the TaskGraph node
     * (definitions and completions only), agents (sorted ids), then a task, then the Project counter, then cursors.
     */
    static final String APPEND_EVENTS = PINNED_PLAN + """
            OPTIONAL MATCH (a:Agent {organization_id: $org, project_id: $project})
              WHERE a.agent_id IN $agentIds AND NOT coalesce(a.deregistered, false)
            WITH collect(a) AS actors
            WHERE size(actors) = size($agentIds)
            FOREACH (a IN actors | SET a.last_heartbeat = datetime())
            MERGE (p:Project {organization_id: $org, project_id: $project})
              ON CREATE SET p.event_seq = 0
            SET p.event_seq = p.event_seq + size($events)
            WITH p.event_seq - size($events) AS base
            WHERE all(blockerId IN $resolves WHERE EXISTS {
              MATCH (b:Event {organization_id: $org, project_id: $project, id: blockerId, category: 'blocker'})
              WHERE NOT EXISTS { MATCH (:Event)-[:RESOLVES]->(b) } })
            UNWIND range(0, size($events) - 1) AS i
            WITH base + i + 1 AS sequence, $events[i] AS ev
            CREATE (e:Event {
              id: ev.id, organization_id: $org, project_id: $project, sequence: sequence,
              agent_id: ev.agentId, user_id: ev.userId, category: ev.category, description: ev.description,
              impact: ev.impact, metadata: ev.metadata, timestamp: datetime(), task_id: ev.taskId,
              resolves_event_id: ev.resolves, blocked_by: ev.blockedBy, blocking_tasks: ev.blockingTasks,
              severity: ev.severity, recipients: ev.recipients, broadcast: ev.broadcast, thread_id: ev.threadId,
              importance: ev.importance, ack_required: ev.ackRequired, body: ev.body})
            WITH e, ev
            OPTIONAL MATCH (b:Event {organization_id: $org, project_id: $project, id: ev.resolves})
            FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END | CREATE (e)-[:RESOLVES]->(b))
            FOREACH (c IN CASE WHEN ev.cursor IS NULL THEN [] ELSE [ev.cursor] END |
              MERGE (cursor:Cursor {organization_id: $org, project_id: $project, owner_id: c.ownerId})
              SET cursor.current_task = c.currentTask,
                  cursor.last_sequence = reduce(highest = e.sequence,
                      s IN [c.lastSequence, coalesce(cursor.last_sequence, 0)]
                      | CASE WHEN s > highest THEN s ELSE highest END),
                  cursor.last_action = c.lastAction, cursor.handoff_note = null, cursor.updated_at = e.timestamp)
            RETURN e
            """;

    /** Why {@link #APPEND_EVENTS} returned nothing: each draft's agent and the blocker it resolves. */
    static final String APPEND_REFUSAL = """
            UNWIND $events AS ev
            OPTIONAL MATCH (a:Agent {organization_id: $org, project_id: $project, agent_id: ev.agentId})
            OPTIONAL MATCH (b:Event {organization_id: $org, project_id: $project, id: ev.resolves})
            RETURN a IS NOT NULL AS agentKnown, coalesce(a.deregistered, false) AS agentDeregistered,
                   coalesce(b.category = 'blocker', false) AS blocker,
                   b IS NOT NULL AND EXISTS { MATCH (:Event)-[:RESOLVES]->(b) } AS resolved
            """;

    static final String EVENTS_BY_IDS = """
            MATCH (e:Event)
            WHERE e.id IN $ids AND e.organization_id = $org AND e.project_id = $project
            RETURN e ORDER BY e.sequence
            """;

    /**
     * Ordered by all three properties of the (organization_id, project_id, sequence) index, not by sequence alone,
     * so that the planner reads the index in order and stops at the limit instead of sorting every later event.
     * {@code PROFILE} (Neo4j 5.26, slotted runtime): {@code NodeUniqueIndexSeek} (a range on sequence) then
     * {@code Limit}, no {@code Sort}; 1 db hit when nothing is new, 17 for two events (an index entry and the
     * properties of each).
     */
    static final String EVENTS_AFTER = PINNED_PLAN + """
            MATCH (e:Event)
            WHERE e.organization_id = $org AND e.project_id = $project AND e.sequence > $after
            RETURN e ORDER BY e.organization_id, e.project_id, e.sequence LIMIT $limit
            """;

    static final String EVENTS_BY_AGENT = """
            MATCH (e:Event)
            WHERE e.organization_id = $org AND e.project_id = $project AND e.agent_id = $agentId
              AND e.sequence > $after
            RETURN e ORDER BY e.organization_id, e.project_id, e.agent_id, e.sequence LIMIT $limit
            """;

    static final String EVENT_BY_ID = """
            MATCH (e:Event {id: $id})
            WHERE e.organization_id = $org AND e.project_id = $project
            RETURN e
            """;

    /** {@code PROFILE}: a unique index seek on the Project node and one property read, 3 db hits. */
    static final String LATEST_SEQUENCE = PINNED_PLAN + """
            OPTIONAL MATCH (p:Project {organization_id: $org, project_id: $project})
            RETURN coalesce(p.event_seq, 0) AS sequence
            """;

    static final String ACTIVE_BLOCKERS = """
            MATCH (b:Event {organization_id: $org, project_id: $project, category: 'blocker'})
            WHERE NOT EXISTS { MATCH (:Event)-[:RESOLVES]->(b) }
            RETURN b AS e
            """;

    /**
     * Registers (or registers again) an agent. A new agent's news position starts at the scope's newest sequence:
     * it is shown what happens from its registration on. The counter is read without its lock, which is sound
     * because a committed value n means that every event up to n has committed (sequence order is commit order).
     */
    static final String REGISTER_AGENT = """
            MERGE (a:Agent {organization_id: $org, project_id: $project, agent_id: $agentId})
              ON CREATE SET a.registered_at = datetime()
            SET a.name = $name, a.capabilities = $capabilities, a.last_heartbeat = datetime(),
                a.deregistered = false
            WITH a
            OPTIONAL MATCH (p:Project {organization_id: $org, project_id: $project})
            SET a.news_sequence = coalesce(a.news_sequence, p.event_seq, 0)
            """;

    /** A heartbeat; a deregistered agent stays deregistered (only registering again brings it back). */
    static final String HEARTBEAT = PINNED_PLAN + """
            MATCH (a:Agent {organization_id: $org, project_id: $project, agent_id: $agentId})
            FOREACH (_ IN CASE WHEN coalesce(a.deregistered, false) THEN [] ELSE [1] END |
              SET a.last_heartbeat = datetime())
            RETURN coalesce(a.deregistered, false) AS deregistered
            """;

    static final String MARK_OFFLINE = """
            MATCH (a:Agent {organization_id: $org, project_id: $project, agent_id: $agentId})
            SET a.deregistered = true
            RETURN count(a) AS found
            """;

    /*
     * The lists below (agents, claims, cursors of a scope) match the scope with "IS NOT NULL" on the last property of
     * the uniqueness constraint's index, and the single look-ups give all three properties: both are index seeks
     * within the scope. PROFILE showed that the earlier "$id IS NULL OR x.id = $id" form of one query for both made
     * the planner scan the label across every organization (NodeByLabelScan), on every heartbeat and claim look-up.
     */

    /** The scope's agents with the task each most recently claimed and still holds, and the database's time. */
    static final String AGENTS = """
            MATCH (a:Agent)
            WHERE a.organization_id = $org AND a.project_id = $project AND a.agent_id IS NOT NULL
            OPTIONAL MATCH (t:Task {organization_id: $org, project_id: $project, agent_id: a.agent_id,
                                    state: 'claimed'})
            WITH a, t ORDER BY t.claimed_at DESC
            WITH a, collect(t.task_id)[0] AS currentTask
            RETURN a, currentTask, datetime() AS now
            """;

    /** One agent as in {@link #AGENTS}. */
    static final String AGENT = """
            MATCH (a:Agent {organization_id: $org, project_id: $project, agent_id: $agentId})
            OPTIONAL MATCH (t:Task {organization_id: $org, project_id: $project, agent_id: a.agent_id,
                                    state: 'claimed'})
            WITH a, t ORDER BY t.claimed_at DESC
            WITH a, collect(t.task_id)[0] AS currentTask
            RETURN a, currentTask, datetime() AS now
            """;

    /**
     * The first statement of a claim, completion or release: a sign of life for the acting agent (unless it was
     * deregistered), then the task write-locked (created if new) before anything about it is read, with its
     * holder's liveness and the database's time.
     *
     * <p>Why claims are exactly-once: the SET reads the task's own property, so the write lock comes before the
     * read and concurrent claimers of one task run one after the other; the uniqueness constraint makes the MERGE
     * itself safe. A claimer that wins commits its claim and its own fresh heartbeat together, so the next
     * claimer, which reads the holder's liveness only once it holds the lock, finds the holder online (a
     * heartbeat later than its own statement's time counts as online too) and loses. Only a holder offline by
     * the database's clock is taken over.
     */
    static final String LOCK_TASK = PINNED_PLAN + """
            OPTIONAL MATCH (a:Agent {organization_id: $org, project_id: $project, agent_id: $agentId})
            WITH a, a IS NOT NULL AND NOT coalesce(a.deregistered, false) AS active
            FOREACH (_ IN CASE WHEN active THEN [1] ELSE [] END | SET a.last_heartbeat = datetime())
            MERGE (t:Task {organization_id: $org, project_id: $project, task_id: $taskId})
            SET t.version = coalesce(t.version, 0) + 1
            WITH a, active, t
            OPTIONAL MATCH (h:Agent {organization_id: $org, project_id: $project, agent_id: t.agent_id})
            RETURN a IS NOT NULL AS agentKnown, active, t, h.last_heartbeat AS holderHeartbeat,
                   coalesce(h.deregistered, true) AS holderDeregistered, datetime() AS now
            """;

    /** A claim that changes the holder; it ends the task's assignment, whoever claims. */
    static final String TAKE_TASK = PINNED_PLAN + """
            MATCH (t:Task {organization_id: $org, project_id: $project, task_id: $taskId})
            SET t.state = 'claimed', t.agent_id = $agentId, t.claimed_at = datetime(), t.updated_at = datetime()
            REMOVE t.assignee, t.assignment_note, t.assigned_at
            RETURN t
            """;

    static final String SET_TASK_STATE = PINNED_PLAN + """
            MATCH (t:Task {organization_id: $org, project_id: $project, task_id: $taskId})
            SET t.state = $state, t.updated_at = datetime()
            RETURN t
            """;

    static final String CLAIMS = """
            MATCH (t:Task)
            WHERE t.organization_id = $org AND t.project_id = $project AND t.task_id IS NOT NULL
              AND t.state IN ['claimed', 'completed']
            RETURN t
            """;

    static final String CLAIM = """
            MATCH (t:Task {organization_id: $org, project_id: $project, task_id: $taskId})
            WHERE t.state IN ['claimed', 'completed']
            RETURN t
            """;

    static final String WRITE_CURSOR = PINNED_PLAN + """
            MERGE (c:Cursor {organization_id: $org, project_id: $project, owner_id: $ownerId})
            SET c.current_task = $currentTask, c.last_sequence = $lastSequence, c.last_action = $lastAction,
                c.handoff_note = $handoffNote, c.updated_at = datetime()
            RETURN c
            """;

    static final String CURSORS = """
            MATCH (c:Cursor)
            WHERE c.organization_id = $org AND c.project_id = $project AND c.owner_id IS NOT NULL
            RETURN c
            """;

    static final String CURSOR = """
            MATCH (c:Cursor {organization_id: $org, project_id: $project, owner_id: $ownerId})
            RETURN c
            """;

    // ---- the news of an agent ----

    static final String NEWS_POSITION = PINNED_PLAN + """
            MATCH (a:Agent {organization_id: $org, project_id: $project, agent_id: $agentId})
            RETURN coalesce(a.news_sequence, 0) AS position
            """;

    /**
     * Compare-and-set of an agent's news position: returns one row, {@code moved}, or none for an unknown agent.
     *
     * <p>Why it is atomic: the first SET reads the node's own property on its right-hand side, so Cypher
     * write-locks the agent before reading it, and the lock is held until commit. The comparison therefore reads
     * the position as the last committed setter left it, and no other setter can commit between the comparison
     * and the write: of two concurrent callers expecting the same position, the second one to get the lock finds
     * it moved and changes nothing. This takes the agent's lock alone, first in the lock order of every write.
     */
    static final String ADVANCE_NEWS_POSITION = PINNED_PLAN + """
            MATCH (a:Agent {organization_id: $org, project_id: $project, agent_id: $agentId})
            SET a.news_sequence = coalesce(a.news_sequence, 0)
            WITH a, a.news_sequence = $expected AS moved
            FOREACH (_ IN CASE WHEN moved THEN [1] ELSE [] END | SET a.news_sequence = $next)
            RETURN moved
            """;

    // ---- the task graph ----
    //
    // Lock order: the scope's TaskGraph node (definitions only), then agents (sorted ids), then task(s), then the
    // Project counter, then cursors. A definition takes the TaskGraph lock first, then the tasks it touches (sorted
    // ids), and the Project counter last (its event); a completion takes its agent, its task, then the tasks that
    // depend on it (sorted ids), then the counter; a claim, release or rejection takes its agent, then one task,
    // then the counter; an assignment takes one task, then the counter. Only definitions and completions hold more
    // than one task. A definition (tasks in id order) and a completion (its task, then its dependents in id order)
    // can wait for each other when the definition touches a task and one of its dependents: the database detects
    // that deadlock and fails one of them with a transient error, which the driver's managed transaction runs
    // again; no state is half-written, and the retry takes the locks afresh.

    /**
     * The first statement of a definition: the scope's TaskGraph node write-locked (the SET reads the node's own
     * property), so that definitions of a scope run one after the other. The graph a definition reads next is
     * therefore exactly the graph of the definitions before it: two concurrent definitions cannot each pass the
     * cycle check and close a cycle together.
     */
    static final String LOCK_TASK_GRAPH = """
            MERGE (g:TaskGraph {organization_id: $org, project_id: $project})
            SET g.version = coalesce(g.version, 0) + 1
            """;

    /** Every defined task of the scope with its dependencies (stable while the TaskGraph lock is held). */
    static final String DEFINED_GRAPH = """
            MATCH (t:Task)
            WHERE t.organization_id = $org AND t.project_id = $project AND t.task_id IS NOT NULL
              AND t.defined_at IS NOT NULL
            RETURN t.task_id AS id, [(t)-[:DEPENDS_ON]->(d:Task) | d.task_id] AS dependsOn
            """;

    /**
     * Write-locks the existing tasks among {@code $ids} (sorted), as a claim's {@link #LOCK_TASK} does, and returns
     * them as they stand under the lock. A claim of one of them therefore either commits before (and the definition
     * sees it claimed) or waits until the definition commits (and sees its new dependencies).
     */
    static final String LOCK_TASKS = """
            UNWIND $ids AS id
            MATCH (t:Task {organization_id: $org, project_id: $project, task_id: id})
            SET t.version = coalesce(t.version, 0) + 1
            RETURN t
            """;

    /**
     * Creates or updates the definitions of {@code $tasks}; the definition time is set once. {@code order_key} is
     * the id's key in ready order ({@code TaskIds.sortKey}), for the index of {@link #CLAIMABLE_TASKS}.
     */
    static final String UPSERT_TASKS = """
            UNWIND $tasks AS task
            MERGE (t:Task {organization_id: $org, project_id: $project, task_id: task.id})
            SET t.defined_at = coalesce(t.defined_at, datetime()), t.title = task.title, t.priority = task.priority,
                t.capabilities = task.capabilities, t.estimate = task.estimate, t.description = task.description,
                t.order_key = task.orderKey, t.version = coalesce(t.version, 0) + 1
            """;

    /*
     * ---- the claimable set: the ReadyTask label ----
     *
     * A task carries the ReadyTask label exactly while it is claimable: defined, not completed, every dependency
     * completed. The label is state, written by the only two kinds of transaction that change what it depends on,
     * and read by a seek of the (organization_id, project_id, priority, defined_at, order_key) index on the label,
     * in ready order, so that claimNext and ready cost the same whatever the number of open tasks.
     *
     * Why the label is always right. Claimability depends on the task's own definition and state and on the state
     * of its dependencies, and only two writers change those: a definition (a task's edges, its definition) and a
     * completion (a task's state; completion is terminal, so a completed task never becomes open again, and claims
     * and releases do not change claimability: they change who holds a task, which the seek judges as it reads).
     * Each judges a task only while it holds the task's write lock, and a write lock is only granted once the
     * previous holder committed, so each judgement reads what the writers before it left:
     * (1) A definition locks every task it creates or changes and every dependency, old and new, of those (sorted,
     * see LOCK_TASKS), then writes the edges and judges each of its tasks (DEFINE_READINESS): all it reads is locked.
     * (2) A completion locks its task D (as every task operation does), marks it completed, locks the tasks that
     * depend on D (LOCK_DEPENDENTS), and judges each (COMPLETE_READINESS), reading their other dependencies.
     * The races this closes: two completions of the last two open dependencies D1, D2 of a task T both lock T before
     * judging it, so the second to get the lock reads the first's completion committed and labels T (without the
     * lock each could read the other's dependency still open, and T would never become claimable). A definition
     * adding the edge T -> D while D completes: both lock D; if the completion commits first, the definition reads D
     * completed; if the definition does, the completion, once it holds D, reads the new edge and judges T (locked,
     * as a dependent) with it. A definition changing T's edges while a dependency of T completes: both lock T, and
     * the later one judges T from the edges and states the earlier one committed.
     */

    /** Judges the tasks {@code $ids} of a definition, after its edges are written (see above). */
    static final String DEFINE_READINESS = """
            UNWIND $ids AS id
            MATCH (t:Task {organization_id: $org, project_id: $project, task_id: id})
            WITH t, coalesce(t.state, '') <> 'completed'
                 AND NOT EXISTS { MATCH (t)-[:DEPENDS_ON]->(d:Task) WHERE coalesce(d.state, '') <> 'completed' }
                 AS claimable
            FOREACH (_ IN CASE WHEN claimable THEN [1] ELSE [] END | SET t:ReadyTask)
            FOREACH (_ IN CASE WHEN claimable THEN [] ELSE [1] END | REMOVE t:ReadyTask)
            """;

    /**
     * Write-locks, in id order, the tasks of the scope that depend on {@code $taskId}, before a completion judges
     * them (see above). The SET reads and writes the node's own property, which takes its write lock.
     */
    static final String LOCK_DEPENDENTS = PINNED_PLAN + """
            MATCH (t:Task)-[:DEPENDS_ON]->(:Task {organization_id: $org, project_id: $project, task_id: $taskId})
            WHERE t.organization_id = $org AND t.project_id = $project
            WITH t ORDER BY t.task_id
            SET t.version = coalesce(t.version, 0) + 1
            """;

    /**
     * A completion's part (see above), once the task is marked completed and its dependents are locked: the task
     * leaves the claimable set, and each open, defined task that depends on it joins it when that was its last open
     * dependency.
     */
    static final String COMPLETE_READINESS = PINNED_PLAN + """
            MATCH (d:Task {organization_id: $org, project_id: $project, task_id: $taskId})
            REMOVE d:ReadyTask
            WITH d
            OPTIONAL MATCH (t:Task)-[:DEPENDS_ON]->(d)
            WHERE t.organization_id = $org AND t.project_id = $project AND t.defined_at IS NOT NULL
              AND coalesce(t.state, '') <> 'completed'
              AND NOT EXISTS { MATCH (t)-[:DEPENDS_ON]->(o:Task) WHERE coalesce(o.state, '') <> 'completed' }
            FOREACH (ready IN CASE WHEN t IS NULL THEN [] ELSE [t] END | SET ready:ReadyTask)
            """;

    static final String DELETE_DEPENDENCIES = """
            UNWIND $ids AS id
            MATCH (:Task {organization_id: $org, project_id: $project, task_id: id})-[r:DEPENDS_ON]->()
            DELETE r
            """;

    static final String CREATE_DEPENDENCIES = """
            UNWIND $edges AS edge
            MATCH (t:Task {organization_id: $org, project_id: $project, task_id: edge.task})
            MATCH (d:Task {organization_id: $org, project_id: $project, task_id: edge.dependsOn})
            CREATE (t)-[:DEPENDS_ON]->(d)
            """;

    /**
     * Every defined task with its dependencies, its holder's and assignee's liveness, and the database's time (one
     * value for the whole statement).
     */
    static final String TASKS = """
            MATCH (t:Task)
            WHERE t.organization_id = $org AND t.project_id = $project AND t.task_id IS NOT NULL
              AND t.defined_at IS NOT NULL
            OPTIONAL MATCH (h:Agent {organization_id: $org, project_id: $project, agent_id: t.agent_id})
            OPTIONAL MATCH (a:Agent {organization_id: $org, project_id: $project, agent_id: t.assignee})
            RETURN t, [(t)-[:DEPENDS_ON]->(d:Task) | d.task_id] AS dependsOn,
                   h.last_heartbeat AS holderHeartbeat, coalesce(h.deregistered, true) AS holderDeregistered,
                   a.last_heartbeat AS assigneeHeartbeat, coalesce(a.deregistered, true) AS assigneeDeregistered,
                   datetime() AS now
            """;

    /**
     * A page of the claimable tasks in ready order, as {@link #TASKS} gives them: a seek of the ReadyTask index (see
     * above), in the index's own order, which is ready order (priority, definition time, then {@code order_key},
     * the id's key in {@code TaskIds.ORDER}). The filter's capabilities ({@code $capabilities}, null for any) and
     * exclusions are applied as the index is read, so the seek reads the rows it returns plus the ones the filter
     * or {@code $skip} passes over, whatever the number of open tasks.
     */
    static final String CLAIMABLE_TASKS = PINNED_PLAN + """
            MATCH (t:ReadyTask)
            WHERE t.organization_id = $org AND t.project_id = $project AND t.priority IS NOT NULL
              AND t.defined_at IS NOT NULL AND t.order_key IS NOT NULL
              AND NOT t.task_id IN $excluded
              AND ($capabilities IS NULL OR all(c IN t.capabilities WHERE c IN $capabilities))
            WITH t ORDER BY t.organization_id, t.project_id, t.priority, t.defined_at, t.order_key
            SKIP $skip LIMIT $limit
            OPTIONAL MATCH (h:Agent {organization_id: $org, project_id: $project, agent_id: t.agent_id})
            OPTIONAL MATCH (a:Agent {organization_id: $org, project_id: $project, agent_id: t.assignee})
            RETURN t, [(t)-[:DEPENDS_ON]->(d:Task) | d.task_id] AS dependsOn,
                   h.last_heartbeat AS holderHeartbeat, coalesce(h.deregistered, true) AS holderDeregistered,
                   a.last_heartbeat AS assigneeHeartbeat, coalesce(a.deregistered, true) AS assigneeDeregistered,
                   datetime() AS now
            """;

    /**
     * Tasks defined before the claimable set existed (before issue 22): no {@code order_key} yet. Read once when a
     * client finds the schema incomplete (see {@code Neo4jStore.bootstrap}), across scopes, as schema work is;
     * {@link #KEY_TASKS} then writes each row back into its own scope.
     */
    static final String UNKEYED_TASKS = """
            MATCH (t:Task)
            WHERE t.defined_at IS NOT NULL AND t.order_key IS NULL
            RETURN t.organization_id AS org, t.project_id AS project, t.task_id AS id
            """;

    /** Gives the tasks of {@link #UNKEYED_TASKS} their key and, when claimable, the ReadyTask label. */
    static final String KEY_TASKS = """
            UNWIND $rows AS row
            MATCH (t:Task {organization_id: row.org, project_id: row.project, task_id: row.id})
            SET t.order_key = row.key
            WITH t
            WHERE coalesce(t.state, '') <> 'completed'
              AND NOT EXISTS { MATCH (t)-[:DEPENDS_ON]->(d:Task) WHERE coalesce(d.state, '') <> 'completed' }
            SET t:ReadyTask
            """;

    /** The claimable tasks assigned to {@code $agentId}, as {@link #CLAIMABLE_TASKS}: a seek of the assignee index. */
    static final String CLAIMABLE_TASKS_ASSIGNED = """
            MATCH (t:Task)
            WHERE t.organization_id = $org AND t.project_id = $project AND t.assignee = $agentId AND t:ReadyTask
              AND NOT t.task_id IN $excluded
              AND ($capabilities IS NULL OR all(c IN t.capabilities WHERE c IN $capabilities))
            WITH t ORDER BY t.priority, t.defined_at, t.order_key LIMIT $limit
            OPTIONAL MATCH (h:Agent {organization_id: $org, project_id: $project, agent_id: t.agent_id})
            OPTIONAL MATCH (a:Agent {organization_id: $org, project_id: $project, agent_id: t.assignee})
            RETURN t, [(t)-[:DEPENDS_ON]->(d:Task) | d.task_id] AS dependsOn,
                   h.last_heartbeat AS holderHeartbeat, coalesce(h.deregistered, true) AS holderDeregistered,
                   a.last_heartbeat AS assigneeHeartbeat, coalesce(a.deregistered, true) AS assigneeDeregistered,
                   datetime() AS now
            """;

    /**
     * A task locked by {@link #LOCK_TASK}, as {@link #TASKS} gives it, with how many of its dependencies are not
     * completed. Read under the lock: its dependencies cannot change (a definition that changes them locks the
     * task), and a dependency found completed stays completed (completion is terminal); one still completing is
     * counted as open.
     */
    static final String LOCKED_TASK_READINESS = """
            MATCH (t:Task {organization_id: $org, project_id: $project, task_id: $taskId})
            OPTIONAL MATCH (h:Agent {organization_id: $org, project_id: $project, agent_id: t.agent_id})
            OPTIONAL MATCH (a:Agent {organization_id: $org, project_id: $project, agent_id: t.assignee})
            RETURN t, [(t)-[:DEPENDS_ON]->(d:Task) | d.task_id] AS dependsOn,
                   size([(t)-[:DEPENDS_ON]->(d:Task) WHERE coalesce(d.state, '') <> 'completed' | d]) AS open,
                   h.last_heartbeat AS holderHeartbeat, coalesce(h.deregistered, true) AS holderDeregistered,
                   a.last_heartbeat AS assigneeHeartbeat, coalesce(a.deregistered, true) AS assigneeDeregistered,
                   datetime() AS now
            """;

    /**
     * The first statement of an assignment: the task write-locked (no row when there is no such task), with its
     * holder's liveness and whether the assignee can be given work.
     */
    static final String LOCK_TASK_FOR_ASSIGNMENT = """
            MATCH (t:Task {organization_id: $org, project_id: $project, task_id: $taskId})
            SET t.version = coalesce(t.version, 0) + 1
            WITH t
            OPTIONAL MATCH (h:Agent {organization_id: $org, project_id: $project, agent_id: t.agent_id})
            OPTIONAL MATCH (a:Agent {organization_id: $org, project_id: $project, agent_id: $agentId})
            RETURN t, h.last_heartbeat AS holderHeartbeat, coalesce(h.deregistered, true) AS holderDeregistered,
                   a IS NOT NULL AS assigneeKnown, coalesce(a.deregistered, false) AS assigneeDeregistered,
                   datetime() AS now
            """;

    static final String SET_ASSIGNMENT = """
            MATCH (t:Task {organization_id: $org, project_id: $project, task_id: $taskId})
            SET t.assignee = $agentId, t.assignment_note = $note, t.assigned_at = datetime()
            RETURN t
            """;

    static final String CLEAR_ASSIGNMENT = """
            MATCH (t:Task {organization_id: $org, project_id: $project, task_id: $taskId})
            REMOVE t.assignee, t.assignment_note, t.assigned_at
            """;

    // ---- messages ----
    //
    // A message is an event appended by APPEND_EVENTS (so its sequence is gap-free and in commit order, and the
    // sender's sign of life and cursor come with it), plus one (:Delivery) node per recipient, created in the same
    // transaction. Deliveries lock no agent: creating a node locks nothing that another writer holds. Marking a
    // delivery read or acknowledged takes the recipient's agent lock first (its sign of life, HEARTBEAT), then the
    // deliveries in sequence order; sends take agents, then the Project counter, then cursors. No cycle.

    /** The scope's agents, to resolve a message's recipients by id or name (an index seek on the scope). */
    static final String MESSAGE_AGENTS = """
            MATCH (a:Agent)
            WHERE a.organization_id = $org AND a.project_id = $project AND a.agent_id IS NOT NULL
            RETURN a.agent_id AS id, a.name AS name, coalesce(a.deregistered, false) AS deregistered
            """;

    /**
     * The deliveries of a message just appended, one per recipient, unread. The copies of the thread, importance,
     * flag and time let an inbox filter on the delivery alone, before it reads any event.
     */
    static final String DELIVER = PINNED_PLAN + """
            MATCH (e:Event {organization_id: $org, project_id: $project, sequence: $sequence})
            UNWIND $recipients AS recipient
            CREATE (:Delivery {organization_id: $org, project_id: $project, recipient_id: recipient,
                               sequence: e.sequence, event_id: e.id, thread_id: e.thread_id,
                               importance: e.importance, ack_required: e.ack_required, sent_at: e.timestamp})
            """;

    /**
     * The filters of an inbox read, on the recipient's deliveries only: the seek on the delivery key's index reads
     * the recipient's own range of sequences (in index order, so the LIMIT stops it), never another agent's or the
     * project's other events; then each selected delivery's event by its unique (scope, sequence) key.
     */
    static final String INBOX_MATCH = """
            MATCH (d:Delivery)
            WHERE d.organization_id = $org AND d.project_id = $project AND d.recipient_id = $agentId
              AND d.sequence > $after AND d.sequence < $before
              AND (NOT $unread OR d.read_at IS NULL)
              AND (NOT $unacknowledged OR (d.ack_required AND d.acked_at IS NULL))
              AND ($overdueMillis IS NULL OR d.sent_at <= datetime() - duration({milliseconds: $overdueMillis}))
              AND (size($importances) = 0 OR d.importance IN $importances)
              AND ($threadId IS NULL OR d.thread_id = $threadId)
            """;

    static final String INBOX_EVENTS = """
            MATCH (e:Event {organization_id: $org, project_id: $project, sequence: d.sequence})
            RETURN e, d.read_at AS readAt, d.acked_at AS ackedAt
            """;

    /** An inbox oldest first, after {@code $after}. */
    static final String INBOX_ASCENDING = PINNED_PLAN + INBOX_MATCH + """
            WITH d ORDER BY d.organization_id, d.project_id, d.recipient_id, d.sequence LIMIT $limit
            """ + INBOX_EVENTS;

    /** An inbox newest first, before {@code $before}. */
    static final String INBOX_DESCENDING = PINNED_PLAN + INBOX_MATCH + """
            WITH d ORDER BY d.organization_id DESC, d.project_id DESC, d.recipient_id DESC, d.sequence DESC
            LIMIT $limit
            """ + INBOX_EVENTS;

    /** A message by id, with the viewer's delivery when it is a recipient ({@code $viewer} null: nobody's). */
    static final String MESSAGE = """
            MATCH (e:Event {id: $id})
            WHERE e.organization_id = $org AND e.project_id = $project AND e.category = 'message'
            OPTIONAL MATCH (d:Delivery {organization_id: $org, project_id: $project, recipient_id: $viewer,
                                        sequence: e.sequence})
            RETURN e, d.read_at AS readAt, d.acked_at AS ackedAt
            """;

    /** The first {@code $limit} messages of a thread, on the (scope, thread) index, with the viewer's deliveries. */
    static final String THREAD = """
            MATCH (e:Event)
            WHERE e.organization_id = $org AND e.project_id = $project AND e.thread_id = $threadId
            WITH e ORDER BY e.sequence LIMIT $limit
            OPTIONAL MATCH (d:Delivery {organization_id: $org, project_id: $project, recipient_id: $viewer,
                                        sequence: e.sequence})
            RETURN e, d.read_at AS readAt, d.acked_at AS ackedAt
            """;

    /** Per id, in order: its message's sequence (null when no message of the scope has it) and the delivery. */
    static final String MARK_CHECK = """
            UNWIND range(0, size($ids) - 1) AS i
            OPTIONAL MATCH (e:Event {id: $ids[i]})
              WHERE e.organization_id = $org AND e.project_id = $project AND e.category = 'message'
            OPTIONAL MATCH (d:Delivery {organization_id: $org, project_id: $project, recipient_id: $agentId,
                                        sequence: e.sequence})
            RETURN i, e.sequence AS sequence, d IS NOT NULL AS recipient
            ORDER BY i
            """;

    /**
     * Marks the recipient's deliveries read, and acknowledged with {@code $acknowledge}, keeping a time already
     * set. Why one time, however many concurrent callers: the transaction first took the recipient's agent lock
     * ({@link #HEARTBEAT}, its sign of life), and every mark of this recipient's deliveries does the same, so they
     * run one after the other; besides, each SET reads the property it writes, which makes Cypher write-lock the
     * delivery before reading it (as for the event counter). A later caller therefore reads the committed time
     * and keeps it. {@code datetime()} is the statement's clock: an unread message acknowledged at once gets the
     * same read and acknowledgement time. {@code $sequences} are sorted, so two marks lock deliveries in one order.
     */
    static final String MARK = PINNED_PLAN + """
            UNWIND $sequences AS sequence
            MATCH (d:Delivery {organization_id: $org, project_id: $project, recipient_id: $agentId,
                               sequence: sequence})
            SET d.read_at = coalesce(d.read_at, datetime())
            SET d.acked_at = CASE WHEN $acknowledge THEN coalesce(d.acked_at, datetime()) ELSE d.acked_at END
            RETURN d.event_id AS id, d.read_at AS readAt, d.acked_at AS ackedAt
            """;

    /**
     * Per recipient, its unread deliveries and its ack-required ones unacknowledged since before the cut-off: a
     * seek on the delivery key's index within the scope, reading the pending deliveries.
     */
    static final String INBOX_COUNTS = """
            MATCH (d:Delivery)
            WHERE d.organization_id = $org AND d.project_id = $project AND d.recipient_id IS NOT NULL
              AND (d.read_at IS NULL OR (d.ack_required AND d.acked_at IS NULL))
            WITH d, datetime() - duration({milliseconds: $overdueMillis}) AS cutoff
            RETURN d.recipient_id AS agentId, count(CASE WHEN d.read_at IS NULL THEN 1 END) AS unread,
                   count(CASE WHEN d.ack_required AND d.acked_at IS NULL AND d.sent_at <= cutoff THEN 1 END)
                     AS overdue
            """;

    // ---- path reservations ----
    //
    // Lock order, as above: agents, then the scope's ReservationLock node, then the Project counter (the event),
    // then cursors. No transaction holds the ReservationLock together with the TaskGraph node or a task, so its
    // place relative to those cannot close a circle.

    /**
     * The first statement of every reservation write (grant, renewal, release): a sign of life for the acting agent
     * (unless it was deregistered), then the scope's ReservationLock node write-locked (the SET reads the node's own
     * property; the MERGE is safe under its uniqueness constraint), with the database's time.
     *
     * <p>Why a grant is exactly-once among concurrent conflicting requests: every reservation write takes this lock
     * before it reads any reservation, and holds it until commit, so the writes of a scope run one after the other.
     * A request reads the stored reservations only under the lock ({@link #STORED_RESERVATIONS}, the next
     * statement): every grant that committed before is seen, and none can commit until this one has. Of two
     * conflicting requests, the second therefore finds the first's reservation active (its holder is alive: the
     * grant wrote the holder's heartbeat in the same transaction) and is refused. Deregistration takes the lock too, as
     * a release by the agent, before it deletes the agent's reservations.
     */
    static final String LOCK_RESERVATIONS = """
            OPTIONAL MATCH (a:Agent {organization_id: $org, project_id: $project, agent_id: $agentId})
            WITH a, a IS NOT NULL AND NOT coalesce(a.deregistered, false) AS active
            FOREACH (_ IN CASE WHEN active THEN [1] ELSE [] END | SET a.last_heartbeat = datetime())
            MERGE (l:ReservationLock {organization_id: $org, project_id: $project})
            SET l.version = coalesce(l.version, 0) + 1
            RETURN a IS NOT NULL AS agentKnown, active, datetime() AS now
            """;

    /**
     * Every stored reservation of the scope, active or not, with its holder's name and liveness and the database's
     * time: the holder's heartbeat decides whether the reservation still blocks others.
     */
    static final String STORED_RESERVATIONS = """
            MATCH (r:Reservation)
            WHERE r.organization_id = $org AND r.project_id = $project AND r.reservation_id IS NOT NULL
            OPTIONAL MATCH (h:Agent {organization_id: $org, project_id: $project, agent_id: r.agent_id})
            RETURN r, coalesce(h.name, r.agent_id) AS holderName, h.last_heartbeat AS holderHeartbeat,
                   coalesce(h.deregistered, true) AS holderDeregistered, datetime() AS now
            """;

    /** {@link #STORED_RESERVATIONS} without the expired ones: the read behind the active list and path checks. */
    static final String UNEXPIRED_RESERVATIONS = """
            MATCH (r:Reservation)
            WHERE r.organization_id = $org AND r.project_id = $project AND r.reservation_id IS NOT NULL
              AND r.expires_at > datetime()
            OPTIONAL MATCH (h:Agent {organization_id: $org, project_id: $project, agent_id: r.agent_id})
            RETURN r, coalesce(h.name, r.agent_id) AS holderName, h.last_heartbeat AS holderHeartbeat,
                   coalesce(h.deregistered, true) AS holderDeregistered, datetime() AS now
            """;

    static final String CREATE_RESERVATIONS = """
            UNWIND $reservations AS res
            CREATE (:Reservation {organization_id: $org, project_id: $project, reservation_id: res.id,
                                  agent_id: $agentId, pattern: res.pattern, exclusive: res.exclusive,
                                  reason: res.reason, granted_at: res.grantedAt, expires_at: res.expiresAt})
            """;

    static final String SET_RESERVATION_EXPIRIES = """
            UNWIND $reservations AS res
            MATCH (r:Reservation {organization_id: $org, project_id: $project, reservation_id: res.id})
            SET r.expires_at = res.expiresAt
            """;

    static final String DELETE_RESERVATIONS = """
            MATCH (r:Reservation)
            WHERE r.organization_id = $org AND r.project_id = $project AND r.reservation_id IN $ids
            DELETE r
            """;

    private Cypher() {
    }
}
