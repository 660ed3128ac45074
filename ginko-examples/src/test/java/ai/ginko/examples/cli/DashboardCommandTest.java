package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DashboardCommandTest {

    private static final Pattern PAGE = Pattern.compile("Dashboard at (http://\\S+/agent-status)");

    @Test
    void servesThePageAndRefusesTheApiWithoutAToken() throws Exception {
        Running dashboard = GinkoShell.fresh().start("dashboard", "--port=0");
        Matcher page = PAGE.matcher(dashboard.awaitOutput(out -> PAGE.matcher(out).find()));
        assertThat(page.find()).isTrue();
        URI pageUri = URI.create(page.group(1));

        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> html = http.send(HttpRequest.newBuilder(pageUri).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> api = http.send(HttpRequest.newBuilder(pageUri.resolve("/api/v1/agents")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(html.statusCode()).isEqualTo(200);
            assertThat(html.body()).contains("<table");
            assertThat(api.statusCode()).isEqualTo(401);
        } finally {
            assertThat(dashboard.interrupt().exitCode()).isZero();
        }
    }

    @Test
    void anUnreachableDatabaseIsOneLineAndExitCodeOne() {
        GinkoShell.Result result = GinkoShell.fresh().with("GINKO_NEO4J_URI", "bolt://127.0.0.1:1")
                .run("dashboard", "--port=0");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString().startsWith("ginko: cannot reach Neo4j at");
    }
}
