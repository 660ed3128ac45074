package ai.ginko.examples.dashboard;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Scope;
import ai.ginko.tools.views.JsonViews;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/v1/agents?project=P[&status=idle|busy|offline]}: the project's agents, and
 * {@code GET /api/v1/agents/{id}?project=P}: one agent with its latest events.
 *
 * <p>Thread-safe; each request blocks on a few reads.
 */
final class AgentsHandler {

    static final String DETAILS_PREFIX = "/api/v1/agents/";
    static final int RECENT_EVENTS = 20;

    private final ClientsByProject clients;

    AgentsHandler(ClientsByProject clients) {
        this.clients = clients;
    }

    Object list(ApiRequest request) {
        Scope scope = request.projectScope();
        Optional<AgentStatus> status = request.params().optionalId("status").map(AgentsHandler::status);
        try (ClientsByProject.Lease lease = clients.lease(scope)) {
            List<Map<String, Object>> agents = lease.client().agents().stream()
                    .filter(agent -> status.isEmpty() || agent.status() == status.get())
                    .map(JsonViews::agent).toList();
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
            Map<String, Object> json = JsonViews.agent(agent);
            json.put("recent_events", RecentEvents.of(client, agentId, RECENT_EVENTS).stream()
                    .map(JsonViews::event).toList());
            return json;
        }
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
