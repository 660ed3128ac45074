package ai.ginko.examples.dashboard;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Serves the agent-status page: {@code /agent-status} and its two assets, read once from the class path
 * ({@code /dashboard/}). Only these fixed paths exist, so no request can name another resource. Responses carry
 * a strict Content-Security-Policy: the page runs only its own script and talks only to this server.
 *
 * <p>Immutable after construction: thread-safe.
 */
final class StaticPageHandler implements HttpHandler {

    static final String PAGE_PATH = "/agent-status";

    private static final String SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final Asset page = Asset.load("agent-status.html", "text/html; charset=utf-8");
    private final Map<String, Asset> assets = Map.of(
            PAGE_PATH, page,
            PAGE_PATH + "/", page,
            PAGE_PATH + "/app.js", Asset.load("agent-status.js", "text/javascript; charset=utf-8"),
            PAGE_PATH + "/app.css", Asset.load("agent-status.css", "text/css; charset=utf-8"));

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Asset asset = assets.get(path);
            if ("/".equals(path)) {
                exchange.getResponseHeaders().set("Location", PAGE_PATH);
                exchange.sendResponseHeaders(302, -1);
            } else if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                exchange.sendResponseHeaders(405, -1);
            } else if (asset == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                send(exchange, asset);
            }
        }
    }

    private static void send(HttpExchange exchange, Asset asset) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", asset.contentType());
        headers.set("Cache-Control", "no-cache");
        headers.set("Content-Security-Policy", SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        exchange.sendResponseHeaders(200, asset.bytes().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(asset.bytes());
        }
    }

    @SuppressWarnings("ArrayRecordComponent") // never compared or hashed: only served
    private record Asset(byte[] bytes, String contentType) {

        static Asset load(String name, String contentType) {
            try (InputStream in = StaticPageHandler.class.getResourceAsStream("/dashboard/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing class path resource /dashboard/" + name);
                }
                return new Asset(in.readAllBytes(), contentType);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
