package ai.ginko.tools.views;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.Blocker;
import ai.ginko.core.Event;
import ai.ginko.core.InboxCounts;
import ai.ginko.core.Message;
import ai.ginko.core.MessageHeader;
import ai.ginko.core.Receipt;
import ai.ginko.core.TaskAssignment;
import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskState;
import ai.ginko.core.TaskView;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shapes shared by the HTTP API, the command line's {@code --json} and the agent tools' structured
 * results, as ordered maps (for Jackson, or any JSON writer). Field names are snake_case, as in the graph and in the
 * original tool's HTTP API; absent optional values are {@code null}, never missing keys.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonViews {

    private JsonViews() {
    }

    public static Map<String, Object> event(Event event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", event.id());
        json.put("sequence", event.sequence());
        json.put("project_id", event.scope().projectId());
        json.put("agent_id", event.agentId().orElse(null));
        json.put("user_id", event.userId());
        json.put("category", event.category().wireName());
        json.put("description", event.description());
        json.put("impact", event.impact().orElse(null));
        json.put("metadata", event.metadata());
        json.put("timestamp", event.timestamp().toString());
        json.put("task_id", event.taskId().orElse(null));
        json.put("blocker", event.blocker().map(JsonViews::blocker).orElse(null));
        json.put("resolves_event_id", event.resolvesEventId().orElse(null));
        json.put("message", event.message().map(JsonViews::messageHeader).orElse(null));
        return json;
    }

    /** A message event's header, as {@code message} of the event (its subject is the description). */
    public static Map<String, Object> messageHeader(MessageHeader header) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("recipients", header.recipients());
        json.put("broadcast", header.broadcast());
        json.put("thread_id", header.threadId());
        json.put("importance", header.importance().wireName());
        json.put("ack_required", header.ackRequired());
        json.put("body", header.body().orElse(null));
        return json;
    }

    /**
     * A message as its viewer sees it, flattened for an inbox: who sent it to whom, what about, and the viewer's
     * read and acknowledgement times (null when not marked, or when the viewer is not a recipient).
     */
    public static Map<String, Object> message(Message message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", message.id());
        json.put("sequence", message.sequence());
        json.put("project_id", message.event().scope().projectId());
        json.put("from", message.from());
        json.put("to", message.to());
        json.put("broadcast", message.header().broadcast());
        json.put("subject", message.subject());
        json.put("body", message.body().orElse(null));
        json.put("importance", message.importance().wireName());
        json.put("ack_required", message.ackRequired());
        json.put("thread_id", message.threadId());
        json.put("task_id", message.taskId().orElse(null));
        json.put("sent_at", message.sentAt().toString());
        json.put("read_at", message.readAt().map(Object::toString).orElse(null));
        json.put("acknowledged_at", message.acknowledgedAt().map(Object::toString).orElse(null));
        return json;
    }

    /** A recipient's receipt of a message after marking it read or acknowledging it. */
    public static Map<String, Object> receipt(Receipt receipt) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("message_id", receipt.messageId());
        json.put("recipient_id", receipt.recipientId());
        json.put("read_at", receipt.readAt().toString());
        json.put("acknowledged_at", receipt.acknowledgedAt().map(Object::toString).orElse(null));
        return json;
    }

    /** An agent's pending messages: unread, and ack-required ones overdue. */
    public static Map<String, Object> inboxCounts(InboxCounts counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("agent_id", counts.agentId());
        json.put("unread", counts.unread());
        json.put("ack_overdue", counts.ackOverdue());
        return json;
    }

    public static Map<String, Object> blocker(Blocker blocker) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("blocked_by", blocker.blockedBy());
        json.put("blocking_tasks", blocker.blockingTasks());
        json.put("severity", blocker.severity().wireName());
        return json;
    }

    /** An active blocker: the blocker event's own fields, flattened for a table. */
    public static Map<String, Object> activeBlocker(Event event) {
        Blocker blocker = event.blocker().orElseThrow();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event_id", event.id());
        json.put("sequence", event.sequence());
        json.put("severity", blocker.severity().wireName());
        json.put("blocked_by", blocker.blockedBy());
        json.put("blocking_tasks", blocker.blockingTasks());
        json.put("description", event.description());
        json.put("agent_id", event.agentId().orElse(null));
        json.put("task_id", event.taskId().orElse(null));
        json.put("timestamp", event.timestamp().toString());
        return json;
    }

    public static Map<String, Object> agent(AgentInfo agent) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("agent_id", agent.id());
        json.put("name", agent.name());
        json.put("status", agent.status().wireName());
        json.put("current_task", agent.currentTask().orElse(null));
        json.put("capabilities", agent.capabilities());
        json.put("last_heartbeat", agent.lastHeartbeat().toString());
        json.put("seconds_since_heartbeat", agent.sinceLastHeartbeat().toSeconds());
        json.put("registered_at", agent.registeredAt().toString());
        return json;
    }

    /** What {@code ginko agent status --json} prints, as an ordered map; the agent_status tool returns it too. */
    public static Map<String, Object> status(StatusSnapshot snapshot, boolean all) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("agents", snapshot.shown(all).stream().map(agent -> statusAgent(agent, snapshot)).toList());
        json.put("blockers", snapshot.blockers().stream().map(JsonViews::statusBlocker).toList());
        return json;
    }

    /** An agent as the status shows it: with its pending messages (unread, and ack-required ones overdue). */
    private static Map<String, Object> statusAgent(AgentInfo agent, StatusSnapshot snapshot) {
        Map<String, Object> json = agent(agent);
        json.put("unread_messages", snapshot.inbox(agent.id()).map(InboxCounts::unread).orElse(0L));
        json.put("ack_overdue_messages", snapshot.inbox(agent.id()).map(InboxCounts::ackOverdue).orElse(0L));
        return json;
    }

    /** A blocker as the status shows it: with the task it holds up. */
    private static Map<String, Object> statusBlocker(BlockerView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", view.event().id());
        json.put("sequence", view.event().sequence());
        json.put("task", view.subject());
        json.putAll(blocker(view.blocker()));
        json.put("description", view.event().description());
        json.put("agent_id", view.event().agentId().orElse(null));
        json.put("user_id", view.event().userId());
        json.put("timestamp", view.event().timestamp().toString());
        return json;
    }

    /**
     * A task of the graph: its definition, its status ({@code waiting}, {@code ready}, {@code assigned},
     * {@code in_progress}, {@code completed}), its holder (also one that went offline), who completed it, its
     * assignee, and the dependencies it still waits on.
     */
    public static Map<String, Object> task(TaskView task) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("task_id", task.id());
        json.put("title", task.definition().title());
        json.put("priority", task.definition().priority());
        json.put("status", task.status().wireName());
        json.put("holder", task.holder().orElse(null));
        json.put("completed_by", task.claim().filter(c -> c.state() == TaskState.COMPLETED)
                .map(TaskClaim::agentId).orElse(null));
        json.put("assignee", task.assignment().map(TaskAssignment::agentId).orElse(null));
        json.put("waiting_on", task.waitingOn());
        json.put("depends_on", task.definition().dependsOn());
        json.put("capabilities", task.definition().capabilities());
        json.put("estimate", task.definition().estimate().orElse(null));
        json.put("description", task.definition().description().orElse(null));
        json.put("defined_at", task.definedAt().toString());
        return json;
    }
}
