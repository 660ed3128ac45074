package ai.ginko.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Scope;
import ai.ginko.neo4j.EmbeddedNeo4j;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.Driver;

@Timeout(60)
class ClientsByProjectTest {

    private static final Duration IDLE = Duration.ofMillis(200);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Driver driver = EmbeddedNeo4j.newDriver();
    private final String organization = TestServer.newOrganization();
    private ClientsByProject clients = new ClientsByProject(driver, Optional.empty(), TestServer.FAST_POLL, IDLE, 10);

    @AfterEach
    void close() {
        clients.close();
        driver.close();
    }

    @Test
    void requestsOfOneProjectShareItsClient() {
        try (ClientsByProject.Lease first = clients.lease(scope("checkout"));
                ClientsByProject.Lease second = clients.lease(scope("checkout"))) {
            assertThat(second.client()).isSameAs(first.client());
        }
        assertThat(clients.size()).isEqualTo(1);
    }

    @Test
    void aClientNobodyUsesForTheIdleTimeoutIsClosedAndForgotten() throws Exception {
        CoordinationClient used;
        try (ClientsByProject.Lease lease = clients.lease(scope("checkout"))) {
            used = lease.client();
        }

        awaitTrue("the idle client is forgotten", () -> clients.size() == 0);
        assertThatThrownBy(used::latestSequence).isInstanceOf(IllegalStateException.class);
        try (ClientsByProject.Lease again = clients.lease(scope("checkout"))) {
            assertThat(again.client()).isNotSameAs(used);
            assertThat(again.client().latestSequence()).isZero();
        }
    }

    @Test
    void aClientInUseIsNeverClosedHoweverLongTheUseLasts() throws Exception {
        try (ClientsByProject.Lease stream = clients.lease(scope("checkout"))) {
            Thread.sleep(IDLE.multipliedBy(5).toMillis());

            assertThat(clients.size()).isEqualTo(1);
            assertThat(stream.client().latestSequence()).isZero();
        }
        awaitTrue("the client, idle at last, is forgotten", () -> clients.size() == 0);
    }

    @Test
    void closingALeaseTwiceReleasesItOnce() throws Exception {
        ClientsByProject.Lease twice = clients.lease(scope("checkout"));
        try (ClientsByProject.Lease stillInUse = clients.lease(scope("checkout"))) {
            twice.close();
            twice.close();
            Thread.sleep(IDLE.multipliedBy(3).toMillis());

            assertThat(stillInUse.client().latestSequence()).isZero();
        }
    }

    @Test
    void atTheLimitANewProjectTakesThePlaceOfTheLongestIdleClient() {
        clients.close();
        clients = new ClientsByProject(driver, Optional.empty(), TestServer.FAST_POLL, Duration.ofHours(1), 2);
        CoordinationClient longestIdle;
        try (ClientsByProject.Lease first = clients.lease(scope("first"))) {
            longestIdle = first.client();
        }
        clients.lease(scope("second")).close();

        try (ClientsByProject.Lease third = clients.lease(scope("third"))) {
            assertThat(clients.size()).isEqualTo(2);
            assertThatThrownBy(longestIdle::latestSequence).isInstanceOf(IllegalStateException.class);
            assertThat(third.client().latestSequence()).isZero();
        }
    }

    @Test
    void atTheLimitWithEveryClientInUseANewProjectIsRefused() {
        clients.close();
        clients = new ClientsByProject(driver, Optional.empty(), TestServer.FAST_POLL, Duration.ofHours(1), 1);
        try (ClientsByProject.Lease inUse = clients.lease(scope("first"))) {
            assertThatThrownBy(() -> clients.lease(scope("second")))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(503))
                    .hasMessageContaining("at most 1 projects");
            assertThat(inUse.client().latestSequence()).isZero();
        }
    }

    @Test
    void afterCloseNoClientIsLeasedAndEveryClientIsClosed() {
        CoordinationClient client = clients.lease(scope("checkout")).client();

        clients.close();

        assertThatThrownBy(client::latestSequence).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> clients.lease(scope("checkout")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(503));
    }

    private Scope scope(String project) {
        return Scope.of(organization, project);
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Timed out after " + WAIT + " waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
