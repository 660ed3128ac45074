package ai.ginko.examples.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dispatches {@code /api/**} requests by exact path, or by path prefix for paths that carry an id. Only GET is
 * served; anything else is a 405, and an unknown path a JSON 404.
 *
 * <p>Configured before the server starts, then read-only: thread-safe.
 */
final class ApiRoutes implements HttpHandler {

    private final Map<String, HttpHandler> exact = new LinkedHashMap<>();
    private final Map<String, HttpHandler> prefixes = new LinkedHashMap<>();

    ApiRoutes exact(String path, HttpHandler handler) {
        exact.put(path, handler);
        return this;
    }

    /** Routes {@code prefix + something} (with a non-empty rest) to the handler. */
    ApiRoutes prefix(String prefix, HttpHandler handler) {
        prefixes.put(prefix, handler);
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            reject(exchange, ApiException.methodNotAllowed(exchange.getRequestMethod()));
            return;
        }
        String path = exchange.getRequestURI().getPath();
        HttpHandler handler = exact.get(path);
        if (handler == null) {
            handler = prefixes.entrySet().stream()
                    .filter(route -> path.startsWith(route.getKey()) && path.length() > route.getKey().length())
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (handler == null) {
            reject(exchange, ApiException.notFound("no API endpoint at " + path));
            return;
        }
        handler.handle(exchange);
    }

    private static void reject(HttpExchange exchange, ApiException e) throws IOException {
        try (exchange) {
            JsonResponses.sendFailure(exchange, e);
        }
    }
}
