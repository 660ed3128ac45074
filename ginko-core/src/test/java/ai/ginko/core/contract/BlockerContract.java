package ai.ginko.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.Blocker;
import ai.ginko.core.BlockerAlreadyResolvedException;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventLogger;
import ai.ginko.core.Severity;
import ai.ginko.core.UnknownBlockerException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Blocker events, their resolution, and the active blockers by severity and age. */
public abstract class BlockerContract extends ContractTestSupport {

    @Test
    void logBlockerStoresWhatBlocksWhichTasksAndHowBadly() {
        CoordinationClient client = client();

        Event logged = client.logger().logBlocker("Payments API returns 503",
                Blocker.of("payments-api", Severity.HIGH, List.of("TASK-6", "TASK-7")));

        Event read = client().event(logged.id()).orElseThrow();
        assertThat(read.category()).isEqualTo(EventCategory.BLOCKER);
        assertThat(read.blocker()).get().satisfies(blocker -> {
            assertThat(blocker.blockedBy()).isEqualTo("payments-api");
            assertThat(blocker.blockingTasks()).containsExactly("TASK-6", "TASK-7");
            assertThat(blocker.severity()).isEqualTo(Severity.HIGH);
        });
        assertThat(read).isEqualTo(logged);
    }

    @Test
    void aBlockerMayHoldUpNoTaskInParticular() {
        Event logged = client().logger().logBlocker("CI is down", Blocker.of("ci", Severity.MEDIUM, List.of()));

        assertThat(client().event(logged.id()).orElseThrow().blocker().orElseThrow().blockingTasks()).isEmpty();
    }

    @Test
    void activeBlockersAreOrderedMostSevereFirstThenOldestFirst() {
        CoordinationClient client = client();
        EventLogger logger = client.logger();
        Event low = logger.logBlocker("low", Blocker.of("a", Severity.LOW, List.of()));
        Event firstCritical = logger.logBlocker("critical 1", Blocker.of("b", Severity.CRITICAL, List.of()));
        Event high = logger.logBlocker("high", Blocker.of("c", Severity.HIGH, List.of()));
        Event secondCritical = logger.logBlocker("critical 2", Blocker.of("d", Severity.CRITICAL, List.of()));
        Event medium = logger.logBlocker("medium", Blocker.of("e", Severity.MEDIUM, List.of()));
        logger.log(EventCategory.FEATURE, "not a blocker");

        assertThat(client().activeBlockers()).containsExactly(firstCritical, secondCritical, high, medium, low);
    }

    @Test
    void aResolvedBlockerIsNoLongerActive() {
        CoordinationClient client = client();
        Event resolved = client.logger().logBlocker("flaky test", Blocker.of("test", Severity.LOW, List.of()));
        Event open = client.logger().logBlocker("no VPN", Blocker.of("vpn", Severity.LOW, List.of()));

        client().logger().resolveBlocker(resolved.id(), "quarantined the test");

        assertThat(client.activeBlockers()).containsExactly(open);
    }

    @Test
    void aResolutionIsLoggedNamingTheBlocker() {
        CoordinationClient client = client();
        Event blocker = client.logger().logBlocker("flaky test", Blocker.of("test", Severity.LOW, List.of()));

        Event resolution = client.logger().resolveBlocker(blocker.id(), "quarantined the test");

        assertThat(resolution.category()).isEqualTo(EventCategory.BLOCKER_RESOLVED);
        assertThat(resolution.resolvesEventId()).contains(blocker.id());
        assertThat(resolution.description()).isEqualTo("quarantined the test");
        assertThat(client().event(resolution.id())).contains(resolution);
    }

    @Test
    void resolvingAnUnknownBlockerFailsAndWritesNothing() {
        CoordinationClient client = client();
        client.logger().logBlocker("real", Blocker.of("x", Severity.LOW, List.of()));
        long sequence = client.latestSequence();

        assertThatThrownBy(() -> client.logger().resolveBlocker("no-such-blocker", "fixed"))
                .isInstanceOf(UnknownBlockerException.class)
                .hasMessageContaining("no-such-blocker");
        assertThat(client.latestSequence()).isEqualTo(sequence);
        assertThat(client.activeBlockers()).hasSize(1);
    }

    @Test
    void resolvingAnEventThatIsNoBlockerFailsAndWritesNothing() {
        CoordinationClient client = client();
        Event feature = client.logger().log(EventCategory.FEATURE, "not a blocker");

        assertThatThrownBy(() -> client.logger().resolveBlocker(feature.id(), "fixed"))
                .isInstanceOf(UnknownBlockerException.class);
        assertThat(client.latestSequence()).isEqualTo(feature.sequence());
    }

    @Test
    void aResolvedBlockerCannotBeResolvedAgain() {
        CoordinationClient client = client();
        Event blocker = client.logger().logBlocker("flaky test", Blocker.of("test", Severity.LOW, List.of()));
        client.logger().resolveBlocker(blocker.id(), "fixed the test");
        long sequence = client.latestSequence();

        assertThatThrownBy(() -> client().logger().resolveBlocker(blocker.id(), "fixed it too"))
                .isInstanceOfSatisfying(BlockerAlreadyResolvedException.class, e -> {
                    assertThat(e.blockerEventId()).isEqualTo(blocker.id());
                    assertThat(e).hasMessage("resolvesEventId: blocker event '" + blocker.id() + "' in " + scope()
                            + " is already resolved");
                });
        assertThat(client.latestSequence()).as("nothing written").isEqualTo(sequence);
    }

    @Test
    void ofConcurrentResolutionsOfOneBlockerExactlyOneIsLogged() throws Exception {
        Event blocker = client().logger().logBlocker("one blocker", Blocker.of("x", Severity.HIGH, List.of()));
        List<CoordinationClient> resolvers = List.of(client(), client(), client(), client());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(resolvers.size())) {
            for (CoordinationClient resolver : resolvers) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    try {
                        resolver.logger().resolveBlocker(blocker.id(), "resolved");
                        return true;
                    } catch (BlockerAlreadyResolvedException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> attempt : attempts) {
                outcomes.add(attempt.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsOnlyOnce(true);
        }
        assertThat(client().eventsSince(blocker.sequence(), 100)).singleElement()
                .satisfies(e -> assertThat(e.resolvesEventId()).contains(blocker.id()));
    }

    @Test
    void blockersAffectingReturnsTheActiveBlockersOfThoseTasksInActiveOrder() {
        CoordinationClient client = client();
        EventLogger logger = client.logger();
        Event low = logger.logBlocker("low", Blocker.of("a", Severity.LOW, List.of("TASK-6")));
        logger.logBlocker("other task", Blocker.of("b", Severity.CRITICAL, List.of("TASK-5")));
        Event critical = logger.logBlocker("critical", Blocker.of("c", Severity.CRITICAL, List.of("TASK-7", "TASK-6")));
        Event resolved = logger.logBlocker("resolved", Blocker.of("d", Severity.HIGH, List.of("TASK-6")));
        logger.resolveBlocker(resolved.id(), "done");

        assertThat(client().blockersAffecting(List.of("TASK-6"))).containsExactly(critical, low);
    }

    @Test
    void blockersAffectingAnyOfSeveralTasks() {
        CoordinationClient client = client();
        Event six = client.logger().logBlocker("six", Blocker.of("a", Severity.LOW, List.of("TASK-6")));
        Event eight = client.logger().logBlocker("eight", Blocker.of("b", Severity.LOW, List.of("TASK-8")));
        client.logger().logBlocker("nine", Blocker.of("c", Severity.LOW, List.of("TASK-9")));

        assertThat(client.blockersAffecting(List.of("TASK-6", "TASK-8"))).containsExactly(six, eight);
    }

    @Test
    void blockersAffectingAnUnblockedTaskIsEmpty() {
        CoordinationClient client = client();
        client.logger().logBlocker("six", Blocker.of("a", Severity.LOW, List.of("TASK-6")));

        assertThat(client.blockersAffecting(List.of("TASK-1"))).isEmpty();
    }
}
