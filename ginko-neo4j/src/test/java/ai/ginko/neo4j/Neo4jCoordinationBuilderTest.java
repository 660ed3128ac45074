package ai.ginko.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.ClientMetrics;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.CoordinationUnavailableException;
import ai.ginko.core.EventCategory;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

class Neo4jCoordinationBuilderTest {

    private static String freshOrg() {
        return "org-" + UUID.randomUUID();
    }

    @Test
    void buildWithoutUriOrDriverIsRefusedNamingUri() {
        assertThatThrownBy(() -> Neo4jCoordination.builder().scope("o", "p").userId("u").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uri");
    }

    @Test
    void buildWithoutScopeIsRefusedNamingScope() {
        assertThatThrownBy(() -> EmbeddedNeo4j.clientBuilder().userId("u").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scope");
    }

    @Test
    void uriWithoutSchemeIsRefused() {
        assertThatThrownBy(() -> Neo4jCoordination.builder().uri("localhost"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("uri");
    }

    @Test
    void malformedUriIsRefused() {
        assertThatThrownBy(() -> Neo4jCoordination.builder().uri("neo4j://bad host:7687"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("uri");
    }

    @Test
    void unreachableServerIsReportedAsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> Neo4jCoordination.builder().uri("bolt://127.0.0.1:" + closedPort)
                .scope(freshOrg(), "p").userId("u").build())
                .isInstanceOf(CoordinationUnavailableException.class)
                .hasMessageContaining("unavailable");
    }

    @Test
    void aDriverThatWasHandedInIsNotClosedWithTheClient() {
        try (Driver driver = EmbeddedNeo4j.newDriver()) {
            Neo4jCoordination.builder().driver(driver).scope(freshOrg(), "p").userId("u").build().close();

            driver.verifyConnectivity();
            assertThat(driver.isEncrypted()).isFalse();
        }
    }

    @Test
    void theSettersReachTheClientsSettings() {
        ClientMetrics metrics = new ClientMetrics() { };
        try (CoordinationClient client = EmbeddedNeo4j.clientBuilder().scope(freshOrg(), "p").userId("u")
                .pollInterval(Duration.ofMillis(40)).burstPollInterval(Duration.ofMillis(10)).metrics(metrics)
                .build()) {
            assertThat(client.settings().pollInterval()).isEqualTo(Duration.ofMillis(40));
            assertThat(client.settings().burstPollInterval()).isEqualTo(Duration.ofMillis(10));
            assertThat(client.settings().metrics()).isSameAs(metrics);
        }
    }

    @Test
    void aBurstPollIntervalNotShorterThanThePollIntervalIsRefused() {
        assertThatThrownBy(() -> EmbeddedNeo4j.clientBuilder().scope(freshOrg(), "p").userId("u")
                .pollInterval(Duration.ofMillis(40)).burstPollInterval(Duration.ofMillis(40)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("burstPollInterval");
    }

    @Test
    void environmentSuppliesTheUri() {
        Map<String, String> env = Map.of(Neo4jCoordination.URI_ENV, EmbeddedNeo4j.boltUri().toString());
        try (CoordinationClient client = Neo4jCoordination.builder().fromEnvironment(env)
                .scope(freshOrg(), "p").userId("u").build()) {
            assertThat(client.logger().log(EventCategory.GIT, "pushed").sequence()).isEqualTo(1);
        }
    }

    @Test
    void manyClientsCanStartAtOnceOnTheSameDatabase() throws Exception {
        String org = freshOrg();
        var clients = java.util.stream.IntStream.range(0, 8).parallel()
                .mapToObj(i -> EmbeddedNeo4j.clientBuilder().scope(org, "p").userId("u" + i).build())
                .toList();
        try {
            assertThat(clients).hasSize(8).allSatisfy(c -> assertThat(c.latestSequence()).isZero());
        } finally {
            clients.forEach(CoordinationClient::close);
        }
    }
}
