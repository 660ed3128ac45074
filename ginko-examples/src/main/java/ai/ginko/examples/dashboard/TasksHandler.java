package ai.ginko.examples.dashboard;

import ai.ginko.tools.views.JsonViews;
import java.util.Map;

/**
 * {@code GET /api/v1/tasks?project=P}: the project's task graph, every defined task in id order with its status,
 * holder, assignee and the dependencies it still waits on.
 *
 * <p>Thread-safe; blocks on one read.
 */
final class TasksHandler implements JsonEndpoint {

    private final ClientsByProject clients;

    TasksHandler(ClientsByProject clients) {
        this.clients = clients;
    }

    @Override
    public Object respond(ApiRequest request) {
        try (ClientsByProject.Lease lease = clients.lease(request.projectScope())) {
            return Map.of("tasks", lease.client().tasks().all().stream().map(JsonViews::task).toList());
        }
    }
}
