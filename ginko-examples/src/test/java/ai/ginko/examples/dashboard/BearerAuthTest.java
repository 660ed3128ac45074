package ai.ginko.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BearerAuthTest {

    private static final String AGENTS = "/api/v1/agents?project=checkout";

    private static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/projects", AGENTS, "/api/v1/agents/a1?project=checkout",
        "/api/v1/blockers?project=checkout", "/api/v1/tasks?project=checkout",
        "/api/v1/reservations?project=checkout",
        "/api/v1/events/stream?project=checkout&timeout=1",
        "/api/v1/events/sse?project=checkout", "/api/v1/no-such-endpoint"})
    void refusesRequestsWithoutAToken(String path) {
        HttpResponse<String> response = server.get(path, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"ginko\"");
        assertThat(TestServer.json(response.body()).get("error").asText()).contains("Authorization: Bearer");
    }

    @Test
    void refusesAnUnknownToken() {
        HttpResponse<String> response = server.get(AGENTS, TokenService.TOKEN_PREFIX + "not-a-real-token");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer realm=\"ginko\"").contains("error=\"invalid_token\"");
        assertThat(TestServer.json(response.body()).get("error").asText()).isEqualTo("unknown token");
    }

    @Test
    void refusesARevokedTokenWithinFiveSeconds() throws Exception {
        String organization = TestServer.newOrganization();
        String token = server.tokenFor(organization);
        assertThat(server.get("/api/v1/projects", token).statusCode()).isEqualTo(200);
        TokenService tokens = new TokenService(server.driver());

        tokens.revoke(organization, tokens.list(organization).getFirst().id());

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        HttpResponse<String> response = server.get("/api/v1/projects", token);
        while (response.statusCode() == 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            response = server.get("/api/v1/projects", token);
        }
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(TestServer.json(response.body()).get("error").asText()).isEqualTo("unknown token");
    }

    @Test
    void refusesAnotherAuthenticationScheme() {
        String token = server.tokenFor(TestServer.newOrganization());
        HttpRequest request = HttpRequest.newBuilder(server.uri(AGENTS))
                .header("Authorization", "Basic " + token).build();

        assertThat(server.send(request).statusCode()).isEqualTo(401);
    }

    @Test
    void acceptsAKnownTokenWhateverTheSchemeCase() {
        String token = server.tokenFor(TestServer.newOrganization());
        HttpRequest request = HttpRequest.newBuilder(server.uri("/api/v1/projects"))
                .header("Authorization", "bearer " + token).build();

        assertThat(server.send(request).statusCode()).isEqualTo(200);
    }

    @Test
    void servesThePageWithoutAToken() {
        HttpResponse<String> response = server.get("/agent-status", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'");
        assertThat(response.body()).contains("<title>Agent status");
    }
}
