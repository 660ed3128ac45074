package ai.ginko.neo4j.internal;

import java.util.List;

/**
 * The graph's constraints and indexes. Every statement is idempotent ({@code IF NOT EXISTS}), so any number of
 * clients may run them at start, concurrently.
 */
final class Schema {

    static final List<String> STATEMENTS = List.of(
            "CREATE CONSTRAINT ginko_project_key IF NOT EXISTS FOR (p:Project) "
                    + "REQUIRE (p.organization_id, p.project_id) IS UNIQUE",
            "CREATE CONSTRAINT ginko_event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE",
            // Also the index every "events after n" read runs on.
            "CREATE CONSTRAINT ginko_event_sequence IF NOT EXISTS FOR (e:Event) "
                    + "REQUIRE (e.organization_id, e.project_id, e.sequence) IS UNIQUE",
            "CREATE INDEX ginko_event_agent IF NOT EXISTS FOR (e:Event) "
                    + "ON (e.organization_id, e.project_id, e.agent_id, e.sequence)",
            "CREATE INDEX ginko_event_category IF NOT EXISTS FOR (e:Event) "
                    + "ON (e.organization_id, e.project_id, e.category)",
            "CREATE CONSTRAINT ginko_agent_key IF NOT EXISTS FOR (a:Agent) "
                    + "REQUIRE (a.organization_id, a.project_id, a.agent_id) IS UNIQUE",
            "CREATE CONSTRAINT ginko_task_key IF NOT EXISTS FOR (t:Task) "
                    + "REQUIRE (t.organization_id, t.project_id, t.task_id) IS UNIQUE",
            "CREATE INDEX ginko_task_holder IF NOT EXISTS FOR (t:Task) "
                    + "ON (t.organization_id, t.project_id, t.agent_id)",
            // The claimable tasks of a scope in ready order (see Cypher.CLAIMABLE_TASKS): only ReadyTask nodes.
            "CREATE INDEX ginko_ready_order IF NOT EXISTS FOR (t:ReadyTask) "
                    + "ON (t.organization_id, t.project_id, t.priority, t.defined_at, t.order_key)",
            "CREATE INDEX ginko_task_assignee IF NOT EXISTS FOR (t:Task) "
                    + "ON (t.organization_id, t.project_id, t.assignee)",
            "CREATE CONSTRAINT ginko_cursor_key IF NOT EXISTS FOR (c:Cursor) "
                    + "REQUIRE (c.organization_id, c.project_id, c.owner_id) IS UNIQUE",
            // The lock that serializes the task definitions of a scope.
            "CREATE CONSTRAINT ginko_task_graph_key IF NOT EXISTS FOR (g:TaskGraph) "
                    + "REQUIRE (g.organization_id, g.project_id) IS UNIQUE",
            // One delivery of a message per recipient; also the index every inbox read seeks on, so that an
            // inbox costs its own deliveries, never the project's other traffic.
            "CREATE CONSTRAINT ginko_delivery_key IF NOT EXISTS FOR (d:Delivery) "
                    + "REQUIRE (d.organization_id, d.project_id, d.recipient_id, d.sequence) IS UNIQUE",
            "CREATE INDEX ginko_event_thread IF NOT EXISTS FOR (e:Event) "
                    + "ON (e.organization_id, e.project_id, e.thread_id)",
            "CREATE CONSTRAINT ginko_reservation_key IF NOT EXISTS FOR (r:Reservation) "
                    + "REQUIRE (r.organization_id, r.project_id, r.reservation_id) IS UNIQUE",
            // The lock that serializes the reservation writes of a scope.
            "CREATE CONSTRAINT ginko_reservation_lock_key IF NOT EXISTS FOR (l:ReservationLock) "
                    + "REQUIRE (l.organization_id, l.project_id) IS UNIQUE");

    private Schema() {
    }
}
