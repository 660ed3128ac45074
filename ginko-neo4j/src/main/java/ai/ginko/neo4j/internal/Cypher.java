package ai.ginko.neo4j.internal;

/**
 * Every query the adapter sends. All values are parameters; every match is bound to {@code $org} and
 * {@code $project}, so no query can reach outside the client's scope.
 */
final class Cypher {

    /**
     * Takes the next sequence of the scope and creates the event with it, in one statement so that the lock is
     * held for as short a time as possible.
     *
     * <p>Why the sequence is gap-free and in commit order: the increment reads the counter on the right-hand side
     * of SET, so Cypher write-locks the Project node before reading it, and the lock is held until the
     * transaction commits or rolls back. Hence (1) no two transactions get the same number; (2) a transaction
     * takes number n+1 only after the one holding n committed, so sequence order is commit order; (3) a rollback
     * undoes the increment with everything else, so no number is left without its event. Readers rely on exactly
     * this (see {@code ContiguousRun}).
     */
    static final String APPEND_EVENT = """
            MERGE (p:Project {organization_id: $org, project_id: $project})
              ON CREATE SET p.event_seq = 0
            SET p.event_seq = p.event_seq + 1
            CREATE (e:Event {
              id: $id, organization_id: $org, project_id: $project, sequence: p.event_seq,
              agent_id: $agentId, user_id: $userId, category: $category, description: $description,
              impact: $impact, metadata: $metadata, timestamp: datetime(), task_id: $taskId,
              resolves_event_id: $resolves, blocked_by: $blockedBy, blocking_tasks: $blockingTasks,
              severity: $severity})
            WITH e
            OPTIONAL MATCH (b:Event {organization_id: $org, project_id: $project, id: $resolves})
            FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END | CREATE (e)-[:RESOLVES]->(b))
            RETURN e
            """;

    static final String FIND_BLOCKER = """
            MATCH (b:Event {organization_id: $org, project_id: $project, id: $id, category: 'blocker'})
            RETURN count(b) AS found
            """;

    /**
     * Ordered by all three properties of the (organization_id, project_id, sequence) index, not by sequence alone,
     * so that the planner reads the index in order and stops at the limit instead of sorting every later event.
     * {@code PROFILE} (Neo4j 5.26, slotted runtime): {@code NodeUniqueIndexSeek} (a range on sequence) then
     * {@code Limit}, no {@code Sort}; 1 db hit when nothing is new, 17 for two events (an index entry and the
     * properties of each).
     */
    static final String EVENTS_AFTER = """
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
    static final String LATEST_SEQUENCE = """
            OPTIONAL MATCH (p:Project {organization_id: $org, project_id: $project})
            RETURN coalesce(p.event_seq, 0) AS sequence
            """;

    static final String ACTIVE_BLOCKERS = """
            MATCH (b:Event {organization_id: $org, project_id: $project, category: 'blocker'})
            WHERE NOT EXISTS { MATCH (:Event)-[:RESOLVES]->(b) }
            RETURN b AS e
            """;

    static final String REGISTER_AGENT = """
            MERGE (a:Agent {organization_id: $org, project_id: $project, agent_id: $agentId})
              ON CREATE SET a.registered_at = datetime()
            SET a.name = $name, a.capabilities = $capabilities, a.last_heartbeat = datetime(),
                a.deregistered = false
            """;

    static final String HEARTBEAT = """
            MATCH (a:Agent {organization_id: $org, project_id: $project, agent_id: $agentId})
            SET a.last_heartbeat = datetime(), a.deregistered = false
            RETURN count(a) AS found
            """;

    static final String MARK_OFFLINE = """
            MATCH (a:Agent {organization_id: $org, project_id: $project, agent_id: $agentId})
            SET a.deregistered = true
            RETURN count(a) AS found
            """;

    /** Agents with the task each most recently claimed and still holds, and the database's time. */
    static final String AGENTS = """
            MATCH (a:Agent {organization_id: $org, project_id: $project})
            WHERE $agentId IS NULL OR a.agent_id = $agentId
            OPTIONAL MATCH (t:Task {organization_id: $org, project_id: $project, agent_id: a.agent_id,
                                    state: 'claimed'})
            WITH a, t ORDER BY t.claimed_at DESC
            WITH a, collect(t.task_id)[0] AS currentTask
            RETURN a, currentTask, datetime() AS now
            """;

    /**
     * Write-locks the task (creating it if new) before anything about it is read: the SET reads the node's own
     * property, so the lock comes first and concurrent claimers of one task run one after the other. The
     * uniqueness constraint makes the MERGE itself safe under concurrency.
     */
    static final String LOCK_TASK = """
            MERGE (t:Task {organization_id: $org, project_id: $project, task_id: $taskId})
            SET t.version = coalesce(t.version, 0) + 1
            RETURN t, datetime() AS now
            """;

    static final String AGENT_LIVENESS = """
            MATCH (a:Agent {organization_id: $org, project_id: $project, agent_id: $agentId})
            RETURN a.last_heartbeat AS lastHeartbeat, a.deregistered AS deregistered
            """;

    static final String AGENT_EXISTS = """
            MATCH (a:Agent {organization_id: $org, project_id: $project, agent_id: $agentId})
            RETURN count(a) AS found
            """;

    static final String TAKE_TASK = """
            MATCH (t:Task {organization_id: $org, project_id: $project, task_id: $taskId})
            SET t.state = 'claimed', t.agent_id = $agentId, t.claimed_at = datetime(), t.updated_at = datetime()
            RETURN t
            """;

    static final String SET_TASK_STATE = """
            MATCH (t:Task {organization_id: $org, project_id: $project, task_id: $taskId})
            SET t.state = $state, t.updated_at = datetime()
            RETURN t
            """;

    static final String CLAIMS = """
            MATCH (t:Task {organization_id: $org, project_id: $project})
            WHERE t.state IN ['claimed', 'completed'] AND ($taskId IS NULL OR t.task_id = $taskId)
            RETURN t
            """;

    static final String WRITE_CURSOR = """
            MERGE (c:Cursor {organization_id: $org, project_id: $project, owner_id: $ownerId})
            SET c.current_task = $currentTask, c.last_sequence = $lastSequence, c.last_action = $lastAction,
                c.handoff_note = $handoffNote, c.updated_at = datetime()
            RETURN c
            """;

    static final String CURSORS = """
            MATCH (c:Cursor {organization_id: $org, project_id: $project})
            WHERE $ownerId IS NULL OR c.owner_id = $ownerId
            RETURN c
            """;

    private Cypher() {
    }
}
