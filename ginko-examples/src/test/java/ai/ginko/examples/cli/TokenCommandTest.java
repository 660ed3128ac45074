package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.examples.dashboard.TokenService;
import ai.ginko.neo4j.EmbeddedNeo4j;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
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
    void listShowsEachTokensIdStartCreationLastUseAndLabelButNeverTheToken() throws Exception {
        String token = createdToken("ci");
        createdToken("laptop");
        try (Driver driver = EmbeddedNeo4j.newDriver()) {
            new TokenService(driver).authenticate(token);
        }

        GinkoShell.Result result = shell.run("token", "list");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.outLines();
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).matches("ID +CREATED +LAST USED +LABEL");
        assertThat(lines.get(1)).matches("[0-9a-f]{8} +\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ +"
                + "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ +ci");
        assertThat(lines.get(2)).matches("[0-9a-f]{8} +\\S+ +never +laptop");
        assertThat(result.out()).doesNotContain(token.substring(3), sha256(token));
    }

    @Test
    void listOfAnOrganizationWithoutTokensSaysSo() {
        GinkoShell.Result result = shell.run("token", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("has no tokens");
    }

    @Test
    void revokeByTheIdThatListShowsRefusesTheTokenFromThenOn() {
        String token = createdToken("ci");
        String kept = createdToken("laptop");
        String shownId = shell.run("token", "list").outLines().get(1).split(" +", -1)[0];

        GinkoShell.Result result = shell.run("token", "revoke", shownId);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Revoked token " + shownId).contains("label 'ci'");
        try (Driver driver = EmbeddedNeo4j.newDriver()) {
            TokenService tokens = new TokenService(driver);
            assertThat(tokens.authenticate(token)).isEmpty();
            assertThat(tokens.authenticate(kept)).isPresent();
        }
        assertThat(shell.run("token", "list").outLines()).hasSize(2);
    }

    @Test
    void revokeOfAnUnknownIdIsAUsageErrorNamingIt() {
        GinkoShell.Result result = shell.run("token", "revoke", "not-an-id");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("ginko: tokenId: no token of organization").contains("'not-an-id'");
    }

    @Test
    void revokeWithoutAnIdIsAUsageError() {
        GinkoShell.Result result = shell.run("token", "revoke");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("ID");
    }

    @Test
    void theShownIdGrowsPastEightCharactersWhereTwoIdsShareThem() {
        List<String> ids = List.of("0123456789ab", "01234567cdef", "fedcba9876");

        assertThat(TokenCommand.shortId("0123456789ab", ids)).isEqualTo("012345678");
        assertThat(TokenCommand.shortId("01234567cdef", ids)).isEqualTo("01234567c");
        assertThat(TokenCommand.shortId("fedcba9876", ids)).isEqualTo("fedcba98");
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private String createdToken(String label) {
        GinkoShell.Result result = shell.run("token", "create", "--label=" + label);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result.out().strip();
    }

    @Test
    void createWithoutAnOrganizationIsAUsageError() {
        GinkoShell.Result result = GinkoShell.fresh().with("GINKO_ORG", "").run("token", "create");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("GINKO_ORG");
    }
}
