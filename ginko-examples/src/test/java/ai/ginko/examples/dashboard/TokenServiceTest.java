package ai.ginko.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.neo4j.EmbeddedNeo4j;
import java.util.Map;
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
        assertThat(properties).containsOnlyKeys("token_hash", "organization_id", "created_at", "label");
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
    void refusesABlankOrganization() {
        assertThatThrownBy(() -> tokens.create(" ", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organizationId");
    }
}
