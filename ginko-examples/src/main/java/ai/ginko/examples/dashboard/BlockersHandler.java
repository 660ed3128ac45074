package ai.ginko.examples.dashboard;

import ai.ginko.tools.views.JsonViews;
import java.util.Map;

/**
 * {@code GET /api/v1/blockers?project=P}: the project's unresolved blockers, most severe first, then oldest.
 *
 * <p>Thread-safe; blocks on one read.
 */
final class BlockersHandler implements JsonEndpoint {

    private final ClientsByProject clients;

    BlockersHandler(ClientsByProject clients) {
        this.clients = clients;
    }

    @Override
    public Object respond(ApiRequest request) {
        try (ClientsByProject.Lease lease = clients.lease(request.projectScope())) {
            return Map.of("blockers", lease.client().activeBlockers().stream()
                    .map(JsonViews::activeBlocker).toList());
        }
    }
}
