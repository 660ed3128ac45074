package ai.ginko.examples.dashboard;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.InboxCounts;
import ai.ginko.core.InboxQuery;
import ai.ginko.core.Scope;
import ai.ginko.tools.views.JsonViews;
import ai.ginko.tools.views.StatusSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code GET /api/v1/agents?project=P[&status=idle|busy|offline]}: the project's agents, and
 * {@code GET /api/v1/agents/{id}?project=P}: one agent with its latest events and messages. Each agent carries its
 * {@code unread_messages} and {@code ack_overdue_messages}, for the page's badges.
 *
 * <p>Thread-safe; each request blocks on a few reads.
 */
final class AgentsHandler {

    static final String DETAILS_PREFIX = "/api/v1/agents/";
    static final int RECENT_EVENTS = 20;
    static final int RECENT_MESSAGES = 20;
    /** As in {@code ginko agent status}: an acknowledgement waited for longer than this is overdue. */
    static final Duration ACK_OVERDUE = StatusSnapshot.DEFAULT_ACK_OVERDUE;

    private final ClientsByProject clients;

    AgentsHandler(ClientsByProject clients) {
        this.clients = clients;
    }

    Object list(ApiRequest request) {
        Scope scope = request.projectScope();
        Optional<AgentStatus> status = request.params().optionalId("status").map(AgentsHandler::status);
        try (ClientsByProject.Lease lease = clients.lease(scope)) {
            CoordinationClient client = lease.client();
            Map<String, InboxCounts> inboxes = client.inboxCounts(ACK_OVERDUE).stream()
                    .collect(Collectors.toMap(InboxCounts::agentId, Function.identity()));
            List<Map<String, Object>> agents = client.agents().stream()
                    .filter(agent -> status.isEmpty() || agent.status() == status.get())
                    .map(agent -> withInbox(JsonViews.agent(agent), Optional.ofNullable(inboxes.get(agent.id()))))
                    .toList();
            return Map.of("agents", agents);
        }
    }

    Object details(ApiRequest request) {
        String agentId = QueryParams.checkedId("id", request.path().substring(DETAILS_PREFIX.length()));
        Scope scope = request.projectScope();
        try (ClientsByProject.Lease lease = clients.lease(scope)) {
            CoordinationClient client = lease.client();
            AgentInfo agent = client.agent(agentId).orElseThrow(() -> ApiException.notFound(
                    "no agent '" + agentId + "' in project '" + scope.projectId() + "'"));
            Map<String, Object> json = withInbox(JsonViews.agent(agent), client.inboxCounts(ACK_OVERDUE).stream()
                    .filter(counts -> counts.agentId().equals(agentId)).findFirst());
            json.put("recent_events", RecentEvents.of(client, agentId, RECENT_EVENTS).stream()
                    .map(JsonViews::event).toList());
            json.put("recent_messages", client.inbox(agentId, InboxQuery.builder().limit(RECENT_MESSAGES).build())
                    .stream().map(JsonViews::message).toList());
            return json;
        }
    }

    /** An agent's badges: its unread messages and its ack-required ones unacknowledged after {@link #ACK_OVERDUE}. */
    private static Map<String, Object> withInbox(Map<String, Object> agent, Optional<InboxCounts> inbox) {
        agent.put("unread_messages", inbox.map(InboxCounts::unread).orElse(0L));
        agent.put("ack_overdue_messages", inbox.map(InboxCounts::ackOverdue).orElse(0L));
        return agent;
    }

    private static AgentStatus status(String value) {
        try {
            return AgentStatus.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("status", "status must be one of idle, busy, offline, was '"
                    + value + "'");
        }
    }
}
