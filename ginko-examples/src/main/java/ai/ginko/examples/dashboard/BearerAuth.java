package ai.ginko.examples.dashboard;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Lets through only requests with {@code Authorization: Bearer <token>} for a known token, and records the
 * token's organization on the exchange ({@link #ORGANIZATION_ATTRIBUTE}). That attribute is the only source of
 * the organization for every handler behind this filter, so no parameter can reach another organization's data.
 * Anything else gets a 401 with {@code WWW-Authenticate: Bearer realm="ginko"} and a JSON error.
 *
 * <p>Look-ups are not cached: a revoked token is refused from the next request on. Each request costs one indexed
 * lookup of the token's hash, and one write a minute per token to note its last use (see
 * {@link TokenService#authenticate}). Thread-safe.
 */
final class BearerAuth extends Filter {

    /** The exchange attribute holding the authenticated organization id. */
    static final String ORGANIZATION_ATTRIBUTE = "ai.ginko.dashboard.organization";

    private static final String SCHEME = "bearer ";
    private static final String CHALLENGE = "Bearer realm=\"ginko\"";

    private final TokenLookups tokens;

    BearerAuth(TokenService tokens) {
        this.tokens = new TokenLookups(tokens::authenticate, System::nanoTime);
    }

    @Override
    public String description() {
        return "Bearer token authentication scoped to an organization";
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        Optional<String> token = bearerToken(exchange.getRequestHeaders().getFirst("Authorization"));
        if (token.isEmpty()) {
            reject(exchange, CHALLENGE, "missing bearer token: send the header Authorization: Bearer <token>");
            return;
        }
        Optional<String> organization;
        try {
            organization = tokens.organizationOf(token.get());
        } catch (RuntimeException e) {
            try (exchange) {
                JsonResponses.sendFailure(exchange, e);
            }
            return;
        }
        if (organization.isEmpty()) {
            reject(exchange, CHALLENGE + ", error=\"invalid_token\"", "unknown token");
            return;
        }
        exchange.setAttribute(ORGANIZATION_ATTRIBUTE, organization.get());
        chain.doFilter(exchange);
    }

    private static Optional<String> bearerToken(String header) {
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            return Optional.empty();
        }
        String token = header.substring(SCHEME.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static void reject(HttpExchange exchange, String challenge, String message) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("WWW-Authenticate", challenge);
            JsonResponses.sendError(exchange, 401, message);
        }
    }
}
