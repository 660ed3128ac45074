package ai.ginko.examples.dashboard;

import ai.ginko.tools.views.JsonViews;
import java.util.Map;

/**
 * {@code GET /api/v1/reservations?project=P}: the project's active path reservations, by pattern then holder.
 *
 * <p>Thread-safe; blocks on one read.
 */
final class ReservationsHandler implements JsonEndpoint {

    private final ClientsByProject clients;

    ReservationsHandler(ClientsByProject clients) {
        this.clients = clients;
    }

    @Override
    public Object respond(ApiRequest request) {
        try (ClientsByProject.Lease lease = clients.lease(request.projectScope())) {
            return Map.of("reservations",
                    lease.client().reservations().stream().map(JsonViews::reservation).toList());
        }
    }
}
