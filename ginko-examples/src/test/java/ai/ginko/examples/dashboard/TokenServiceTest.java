package ai.ginko.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.neo4j.EmbeddedNeo4j;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;

class TokenServiceTest {

    private static Driver driver;
    private static TokenService tokens;

    @BeforeAll
    static void connect() {
        driver = EmbeddedNeo4j.newDriver();
        tokens = new TokenService(driver);
    }

    @AfterAll
    static void disconnect() {
        driver.close();
    }

    @Test
    void createsARandomPrefixedToken() {
        String organization = TestServer.newOrganization();

        String first = tokens.create(organization, "ci");
        String second = tokens.create(organization, "ci");

        assertThat(first).startsWith("gk_").hasSize(3 + 43).isNotEqualTo(second);
        assertThat(first.substring(3)).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void resolvesATokenToItsOrganization() {
        String organization = TestServer.newOrganization();
        String token = tokens.create(organization, null);

        assertThat(tokens.organizationOf(token)).hasValue(organization);
    }

    @Test
    void resolvesNoOrganizationForAnUnknownToken() {
        assertThat(tokens.organizationOf("gk_unknown")).isEmpty();
        assertThat(tokens.organizationOf(" ")).isEmpty();
    }

    @Test
    void storesOnlyTheTokensHash() {
        String organization = TestServer.newOrganization();
        String token = tokens.create(organization, "dashboard");

        Record stored = driver.executableQuery("MATCH (t:ApiToken {organization_id: $org}) RETURN t")
                .withParameters(Map.of("org", organization)).execute().records().getFirst();

        Map<String, Object> properties = stored.get("t").asMap();
        assertThat(properties).containsOnlyKeys("token_id", "token_hash", "organization_id", "created_at", "label");
        assertThat(properties.get("token_hash")).isEqualTo(TokenService.hash(token));
        assertThat(properties.values()).noneMatch(value -> value.toString().contains(token.substring(3)));
        assertThat(properties.get("label")).isEqualTo("dashboard");
    }

    @Test
    void keepsTokenHashesUnique() {
        String hash = TokenService.hash(tokens.create(TestServer.newOrganization(), null));

        assertThatThrownBy(() -> driver.executableQuery(
                "CREATE (:ApiToken {token_hash: $hash, organization_id: 'intruder'})")
                .withParameters(Map.of("hash", hash)).execute())
                .isInstanceOf(ClientException.class).hasMessageContaining("token_hash");
    }

    @Test
    void listsAnOrganizationsTokensOldestFirstWithoutTheTokens() {
        String organization = TestServer.newOrganization();
        String first = tokens.create(organization, "ci");
        String second = tokens.create(organization, null);
        tokens.create(TestServer.newOrganization(), "another organization's");

        List<ApiToken> listed = tokens.list(organization);

        assertThat(listed).hasSize(2);
        assertThat(listed).extracting(ApiToken::label).containsExactly(Optional.of("ci"), Optional.empty());
        assertThat(listed).allSatisfy(token -> {
            assertThat(token.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(token.lastUsedAt()).isEmpty();
        });
        assertThat(listed.toString()).doesNotContain(first.substring(3), second.substring(3),
                TokenService.hash(first), TokenService.hash(second));
    }

    @Test
    void authenticatingWritesTheLastUseAtMostOncePerMinute() {
        String organization = TestServer.newOrganization();
        String token = tokens.create(organization, null);

        assertThat(tokens.authenticate(token)).hasValue(organization);
        Instant firstUse = tokens.list(organization).getFirst().lastUsedAt().orElseThrow();
        assertThat(tokens.authenticate(token)).hasValue(organization);
        assertThat(tokens.authenticate(token)).hasValue(organization);

        assertThat(tokens.list(organization).getFirst().lastUsedAt()).hasValue(firstUse);
    }

    @Test
    void authenticatingWritesTheLastUseAgainOnceItIsAMinuteOld() {
        String organization = TestServer.newOrganization();
        String token = tokens.create(organization, null);
        driver.executableQuery("MATCH (t:ApiToken {organization_id: $org}) "
                + "SET t.last_used_at = datetime() - duration('PT61S')")
                .withParameters(Map.of("org", organization)).execute();
        Instant old = tokens.list(organization).getFirst().lastUsedAt().orElseThrow();

        tokens.authenticate(token);

        assertThat(tokens.list(organization).getFirst().lastUsedAt().orElseThrow()).isAfter(old);
    }

    @Test
    void aTokenCreatedBeforeTokensHadIdsGetsOneAndKeepsWorking() {
        String organization = TestServer.newOrganization();
        String token = tokens.create(organization, "old");
        driver.executableQuery("MATCH (t:ApiToken {organization_id: $org}) REMOVE t.token_id")
                .withParameters(Map.of("org", organization)).execute();

        TokenService restarted = new TokenService(driver);

        assertThat(restarted.list(organization)).singleElement()
                .satisfies(listed -> assertThat(listed.id()).hasSize(36));
        assertThat(restarted.authenticate(token)).hasValue(organization);
    }

    @Test
    void revokingByAUniqueStartOfTheIdRefusesTheTokenFromThenOn() {
        String organization = TestServer.newOrganization();
        String token = tokens.create(organization, "to revoke");
        String kept = tokens.create(organization, "to keep");
        ApiToken listed = tokens.list(organization).getFirst();

        ApiToken revoked = tokens.revoke(organization, listed.id().substring(0, 8));

        assertThat(revoked).isEqualTo(listed);
        assertThat(tokens.authenticate(token)).isEmpty();
        assertThat(tokens.authenticate(kept)).hasValue(organization);
        assertThat(tokens.list(organization)).extracting(ApiToken::label).containsExactly(Optional.of("to keep"));
    }

    @Test
    void revokingByAStartThatSeveralIdsShareIsRefusedNamingThem() {
        String organization = TestServer.newOrganization();
        // Seventeen ids over sixteen hexadecimal digits: at least two start alike.
        for (int i = 0; i < 17; i++) {
            tokens.create(organization, "token " + i);
        }
        Map<Character, Long> byFirstDigit = tokens.list(organization).stream()
                .collect(Collectors.groupingBy(t -> t.id().charAt(0), Collectors.counting()));
        char shared = byFirstDigit.entrySet().stream().filter(e -> e.getValue() > 1).findFirst().orElseThrow()
                .getKey();

        assertThatThrownBy(() -> tokens.revoke(organization, String.valueOf(shared)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("tokenId: '" + shared + "' starts the ids of " + byFirstDigit.get(shared));
        assertThat(tokens.list(organization)).hasSize(17);
    }

    @Test
    void revokingIsBoundToTheOrganization() {
        String organization = TestServer.newOrganization();
        String other = TestServer.newOrganization();
        String token = tokens.create(other, null);
        String id = tokens.list(other).getFirst().id();

        assertThatThrownBy(() -> tokens.revoke(organization, id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("tokenId: no token of organization '" + organization + "'");
        assertThat(tokens.authenticate(token)).hasValue(other);
    }

    @Test
    void refusesABlankOrganization() {
        assertThatThrownBy(() -> tokens.create(" ", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organizationId");
    }
}
