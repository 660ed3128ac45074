package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.examples.dashboard.TokenService;
import ai.ginko.neo4j.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

class TokenCommandTest {

    private final GinkoShell shell = GinkoShell.fresh().with("GINKO_ORG", "org-token-" + System.nanoTime());

    @Test
    void createPrintsATokenThatMapsToTheOrganization() {
        GinkoShell.Result result = shell.run("token", "create", "--org=acme-tokens", "--label=ci");

        assertThat(result.exitCode()).as(result.err()).isZero();
        String token = result.out().strip();
        assertThat(token).startsWith(TokenService.TOKEN_PREFIX);
        try (Driver driver = EmbeddedNeo4j.newDriver()) {
            assertThat(new TokenService(driver).organizationOf(token)).contains("acme-tokens");
        }
    }

    @Test
    void createWithoutAnOrganizationIsAUsageError() {
        GinkoShell.Result result = GinkoShell.fresh().with("GINKO_ORG", "").run("token", "create");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("GINKO_ORG");
    }
}
