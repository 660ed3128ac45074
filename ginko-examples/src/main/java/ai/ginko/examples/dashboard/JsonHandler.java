package ai.ginko.examples.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;

/** Adapts a {@link JsonEndpoint} to the JDK server: 200 with its JSON, or the error its exception stands for. */
final class JsonHandler implements HttpHandler {

    private final JsonEndpoint endpoint;

    JsonHandler(JsonEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Object body;
            try {
                body = endpoint.respond(ApiRequest.of(exchange));
            } catch (Exception e) {
                JsonResponses.sendFailure(exchange, e);
                return;
            }
            JsonResponses.send(exchange, 200, body);
        }
    }
}
