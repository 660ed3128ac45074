package ai.ginko.neo4j.faults;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentStatus;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.neo4j.EmbeddedNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * An agent whose machine clock is ten minutes behind (its JVM runs under libfaketime) still counts as alive and its
 * events take their place in commit order: every time that matters comes from the database's clock.
 */
@Timeout(180)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClockSkewTest {

    private static final Path FAKETIME = Path.of("/usr/bin/faketime");
    private static final Duration OFFLINE_AFTER = Duration.ofSeconds(5);

    private final String org = "org-" + UUID.randomUUID();
    private final String agentId = "agent_skewed_" + UUID.randomUUID().toString().substring(0, 8);
    private Process child;
    private CoordinationClient observer;

    /** One child JVM for the whole class: starting a JVM under libfaketime is slow. */
    @BeforeAll
    void startSkewedAgent() throws Exception {
        assertThat(Files.isExecutable(FAKETIME))
                .as("%s is needed to skew the agent's clock (Debian package faketime; .ci/run installs it)", FAKETIME)
                .isTrue();
        child = ChildAgents.start(List.of(FAKETIME.toString(), "-f", "-10m"),
                EmbeddedNeo4j.boltUri().toString(), org, agentId, "TASK-1");
        observer = EmbeddedNeo4j.clientBuilder().scope(org, "p").userId("observer").offlineAfter(OFFLINE_AFTER)
                .heartbeatInterval(Duration.ofMillis(200)).build();
    }

    @AfterAll
    void stop() throws InterruptedException {
        observer.close();
        ChildAgents.kill(child);
    }

    @Test
    void theSkewIsReal() {
        Instant childClock = Instant.parse((String) skewedEvent().metadata().get(AgentProcess.LOCAL_CLOCK));

        assertThat(Duration.between(childClock, Instant.now())).isGreaterThan(Duration.ofMinutes(9));
    }

    @Test
    void theSkewedAgentStaysBusyLongPastTheOfflineThreshold() throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(OFFLINE_AFTER.plusSeconds(1).toMillis());

        assertThat(observer.agent(agentId).orElseThrow().status()).isEqualTo(AgentStatus.BUSY);
    }

    @Test
    void theSkewedAgentsEventsAreStampedByTheDatabaseClock() {
        assertThat(Duration.between(skewedEvent().timestamp(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void eventsLoggedAfterTheSkewedAgentsComeAfterItInSequenceAndTime() {
        Event skewed = skewedEvent();
        Event later = observer.logger().log(EventCategory.INSIGHT, "after the skewed agent");

        assertThat(later.sequence()).isGreaterThan(skewed.sequence());
        assertThat(later.timestamp()).isAfterOrEqualTo(skewed.timestamp());
    }

    private Event skewedEvent() {
        return observer.eventsByAgent(agentId, 0, 10).stream()
                .filter(e -> e.category() == EventCategory.INSIGHT).findFirst().orElseThrow();
    }
}
