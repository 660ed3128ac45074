package ai.ginko.neo4j.faults;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentStatus;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.neo4j.EmbeddedNeo4j;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * An agent whose clock is ten minutes behind still counts as alive and its events take their place in commit
 * order: every time that matters comes from the database's clock. Each subclass skews the agent's JVM its own way:
 * {@link FaketimeClockSkewTest} under libfaketime (the whole process, Debian's {@code faketime}),
 * {@link ShiftedClockSkewTest} through a Java agent that shifts {@code java.time}'s clock (the JDK only).
 * {@link WallClockReadsTest} proves the other half: the library's code reads the local clock nowhere else.
 */
@Timeout(180)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClockSkewTest {

    static final Duration SKEW = Duration.ofMinutes(-10);
    private static final Duration OFFLINE_AFTER = Duration.ofSeconds(5);

    private final String org = "org-" + UUID.randomUUID();
    private final String agentId = "agent_skewed_" + UUID.randomUUID().toString().substring(0, 8);
    private Process child;
    private CoordinationClient observer;

    /**
     * Starts {@link AgentProcess} in a JVM whose clock runs {@link #SKEW} behind this one's.
     *
     * @param agentArgs the arguments of {@link AgentProcess#main}
     */
    abstract Process startSkewedAgent(String... agentArgs) throws Exception;

    /** One child JVM for the whole class: starting a JVM is slow. */
    @BeforeAll
    void startAgentAndObserver() throws Exception {
        child = startSkewedAgent(EmbeddedNeo4j.boltUri().toString(), org, agentId, "TASK-1");
        observer = EmbeddedNeo4j.clientBuilder().scope(org, "p").userId("observer").offlineAfter(OFFLINE_AFTER)
                .heartbeatInterval(Duration.ofMillis(200)).build();
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (observer != null) {
            observer.close();
        }
        if (child != null) {
            ChildAgents.kill(child);
        }
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
