package ai.ginko.examples.dashboard;

import ai.ginko.core.InboxQuery;
import ai.ginko.core.Scope;
import ai.ginko.core.UnknownAgentException;
import ai.ginko.tools.views.JsonViews;
import java.util.Map;

/**
 * {@code GET /api/v1/messages?project=P&agent=ID[&unread=true][&since=N][&limit=100]}: the messages addressed to an
 * agent of the project, newest first (oldest first after {@code since}), with that agent's read and acknowledgement
 * times. Reading marks nothing read.
 *
 * <p>Thread-safe; blocks on one read.
 */
final class MessagesHandler implements JsonEndpoint {

    private final ClientsByProject clients;

    MessagesHandler(ClientsByProject clients) {
        this.clients = clients;
    }

    @Override
    public Object respond(ApiRequest request) {
        Scope scope = request.projectScope();
        String agentId = request.params().requiredId("agent");
        InboxQuery.Builder query = InboxQuery.builder()
                .limit(request.params().intBetween("limit", 100, 1, 1000));
        if (unread(request)) {
            query.unreadOnly();
        }
        request.params().optionalSequence("since").ifPresent(query::afterSequence);
        try (ClientsByProject.Lease lease = clients.lease(scope)) {
            return Map.of("agent_id", agentId, "messages", lease.client().inbox(agentId, query.build()).stream()
                    .map(JsonViews::message).toList());
        } catch (UnknownAgentException e) {
            throw ApiException.notFound("no agent '" + agentId + "' in project '" + scope.projectId() + "'");
        }
    }

    private static boolean unread(ApiRequest request) {
        String value = request.params().raw("unread").orElse("false");
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badParameter("unread", "unread must be true or false, was '" + value + "'");
        };
    }
}
