package ai.ginko.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ai.ginko.core.AgentDeregisteredException;
import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.PathHold;
import ai.ginko.core.PathReservations;
import ai.ginko.core.Reservation;
import ai.ginko.core.ReservationConflict;
import ai.ginko.core.ReservationRequest;
import ai.ginko.core.ReservationResult;
import ai.ginko.core.ReservationSelector;
import ai.ginko.core.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * Path reservations: all-or-nothing grants that list every conflict, exactly one winner among concurrent conflicting
 * requests, what makes a reservation active, renewal, release, the path check, and the RESERVATION events.
 */
public abstract class ReservationContract extends ContractTestSupport {

    private static final int RACERS = 8;
    private static final int ROUNDS = 20;
    private static final int PROCESSES = 4;
    private static final Duration IDLE_OFFLINE_AFTER = Duration.ofSeconds(2);

    /**
     * Makes every reservation of the scope expired by the store's clock (the shortest TTL is a minute, too long to
     * wait for). Agents' liveness may go with it; the tests send heartbeats after.
     */
    protected abstract void expireReservations(Scope scope);

    @Test
    void aGrantReservesEveryPatternForAnHourExclusivelyAndLogsOneReservationEvent() {
        CoordinationClient client = client();
        AgentSession agent = client.startAgent(agentNamed("Implementer"));
        long before = client.latestSequence();

        ReservationResult result = agent.reservations().reserve(ReservationRequest.builder(
                List.of("src/api/**", "docs/")).reason("API rework").build());

        assertThat(result.granted()).isTrue();
        assertThat(result.reservations()).extracting(r -> r.pattern().text()).containsExactly("src/api/**", "docs/");
        assertThat(result.reservations()).allSatisfy(r -> {
            assertThat(r.agentId()).isEqualTo(agent.agentId());
            assertThat(r.agentName()).isEqualTo("Implementer");
            assertThat(r.exclusive()).isTrue();
            assertThat(r.reason()).contains("API rework");
            assertThat(Duration.between(r.grantedAt(), r.expiresAt())).isEqualTo(Duration.ofHours(1));
        });
        assertThat(client.reservations()).containsExactlyInAnyOrderElementsOf(result.reservations());
        List<Event> events = client.eventsSince(before, 100);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.category()).isEqualTo(EventCategory.RESERVATION);
            assertThat(event.agentId()).contains(agent.agentId());
            assertThat(event.description()).startsWith("reserved src/api/**, docs/ (exclusive, until ");
            assertThat(event.metadata()).containsEntry("action", "granted")
                    .containsEntry("patterns", List.of("src/api/**", "docs/"))
                    .containsEntry("reservation_ids", result.reservations().stream().map(Reservation::id).toList())
                    .containsEntry("exclusive", true).containsEntry("reason", "API rework");
        });
    }

    @Test
    void aConflictingRequestIsRefusedWholeListingEveryConflictAndWritesNothing() {
        CoordinationClient client = client();
        AgentSession holder = client.startAgent(agentNamed("Holder"));
        AgentSession other = client.startAgent(agentNamed("Other"));
        List<Reservation> held = holder.reservations().reserve(ReservationRequest.of(List.of("src/api/**", "docs/")))
                .reservations();
        long before = client.latestSequence();

        ReservationResult result = other.reservations().reserve(ReservationRequest.builder(
                List.of("src/*/Client.java", "lib/**", "docs/index.md")).exclusive(false).build());

        assertThat(result.granted()).isFalse();
        assertThat(result.reservations()).isEmpty();
        assertThat(result.conflicts()).extracting(c -> c.requested().text(), ReservationConflict::held)
                .containsExactly(
                        tuple("src/*/Client.java", held.get(0)),
                        tuple("docs/index.md", held.get(1)));
        assertThat(result.conflicts().getFirst().held().agentName()).isEqualTo("Holder");
        assertThat(client.reservations()).containsExactlyInAnyOrderElementsOf(held);
        assertThat(client.latestSequence()).isEqualTo(before);
    }

    @Test
    void sharedReservationsOfTwoAgentsCoexistButAnExclusiveOneConflictsWithThem() {
        CoordinationClient client = client();
        AgentSession first = client.startAgent(agentNamed("First"));
        AgentSession second = client.startAgent(agentNamed("Second"));
        AgentSession third = client.startAgent(agentNamed("Third"));
        ReservationRequest sharedDocs = ReservationRequest.builder(List.of("docs/**")).exclusive(false).build();

        assertThat(first.reservations().reserve(sharedDocs).granted()).isTrue();
        assertThat(second.reservations().reserve(sharedDocs).granted()).isTrue();
        ReservationResult exclusive = third.reservations().reserve(ReservationRequest.of(List.of("docs/a.md")));

        assertThat(exclusive.conflicts()).extracting(c -> c.held().agentId())
                .containsExactlyInAnyOrder(first.agentId(), second.agentId());
        assertThat(exclusive.conflicts()).allSatisfy(c -> assertThat(c.held().exclusive()).isFalse());
    }

    @Test
    void anAgentsNewReservationNeverConflictsWithItsOwn() {
        AgentSession agent = client().startAgent(agentNamed("Implementer"));
        agent.reservations().reserve(ReservationRequest.of(List.of("src/**")));

        ReservationResult again = agent.reservations().reserve(ReservationRequest.of(List.of("src/Main.java")));

        assertThat(again.granted()).isTrue();
        assertThat(agent.reservations().mine()).hasSize(2);
    }

    @Test
    void patternsThatShareNoPathDoNotConflict() {
        CoordinationClient client = client();
        client.startAgent(agentNamed("A")).reservations().reserve(ReservationRequest.of(List.of("*.md", "src/a/*")));

        ReservationResult result = client.startAgent(agentNamed("B")).reservations()
                .reserve(ReservationRequest.of(List.of("docs/*.md", "src/a/*/b", "src/b/**")));

        assertThat(result.granted()).isTrue();
    }

    @Test
    void anExpiredReservationNoLongerBlocksAndIsReleasedByTheGrantItOverlaps() {
        CoordinationClient client = client();
        AgentSession holder = client.startAgent(agentNamed("Holder"));
        AgentSession other = client.startAgent(agentNamed("Other"));
        Reservation expired = holder.reservations().reserve(ReservationRequest.of(List.of("src/**"))).reservations()
                .getFirst();
        expireReservations(scope());
        holder.heartbeat();
        other.heartbeat();

        assertThat(client.reservations()).isEmpty();
        ReservationResult result = other.reservations().reserve(ReservationRequest.of(List.of("src/Main.java")));

        assertThat(result.granted()).isTrue();
        assertThat(lastEvent(client).metadata()).containsEntry("superseded", List.of(expired.id()));
        assertThat(holder.reservations().renew(ReservationSelector.all(), Duration.ofMinutes(5))).isEmpty();
    }

    @Test
    void aHolderOfflinePastTheThresholdNoLongerBlocksAndDoesNotGetItsReservationBack() throws Exception {
        CoordinationClient client = client(settings -> settings
                .heartbeatInterval(IDLE_OFFLINE_AFTER.dividedBy(4)).offlineAfter(IDLE_OFFLINE_AFTER));
        AgentSession silent = client.attachAgent(client.registerAgent(agentNamed("Silent")).id());
        silent.reservations().reserve(ReservationRequest.of(List.of("src/**")));
        awaitTrue(IDLE_OFFLINE_AFTER.plus(VISIBLE), "the silent holder is offline",
                () -> client.agent(silent.agentId()).orElseThrow().status() == AgentStatus.OFFLINE);
        assertThat(client.reservations()).isEmpty();

        AgentSession successor = client.startAgent(agentNamed("Successor"));
        ReservationResult result = successor.reservations().reserve(ReservationRequest.of(List.of("src/api/**")));
        silent.heartbeat();

        assertThat(result.granted()).isTrue();
        assertThat(client.reservations()).extracting(Reservation::agentId).containsExactly(successor.agentId());
    }

    @Test
    void aReservationRequestIsASignOfLifeWhateverItsOutcome() throws Exception {
        CoordinationClient client = client(settings -> settings
                .heartbeatInterval(IDLE_OFFLINE_AFTER.dividedBy(4)).offlineAfter(IDLE_OFFLINE_AFTER));
        AgentSession holder = client.startAgent(agentNamed("Holder"));
        AgentSession silent = client.attachAgent(client.registerAgent(agentNamed("Silent")).id());
        holder.reservations().reserve(ReservationRequest.of(List.of("src/**")));
        awaitTrue(IDLE_OFFLINE_AFTER.plus(VISIBLE), "the silent agent is offline",
                () -> client.agent(silent.agentId()).orElseThrow().status() == AgentStatus.OFFLINE);

        ReservationResult refused = silent.reservations().reserve(ReservationRequest.of(List.of("src/a.txt")));

        assertThat(refused.granted()).isFalse();
        assertThat(client.agent(silent.agentId()).orElseThrow().status()).isNotEqualTo(AgentStatus.OFFLINE);
    }

    @Test
    void deregistrationReleasesTheAgentsReservations() {
        CoordinationClient client = client();
        AgentSession leaving = client.startAgent(agentNamed("Leaving"));
        leaving.reservations().reserve(ReservationRequest.of(List.of("src/**")));

        client.deregisterAgent(leaving.agentId());
        client.registerAgent(new AgentRegistration(leaving.agentId(), "Leaving", List.of()));

        assertThat(client.reservations()).isEmpty();
        assertThat(client.startAgent(agentNamed("Next")).reservations()
                .reserve(ReservationRequest.of(List.of("src/**"))).granted()).isTrue();
    }

    @Test
    void deregistrationLogsTheReleaseAsTheAgentsLastEventAndOnlyOnce() {
        CoordinationClient client = client();
        AgentSession leaving = client.startAgent(agentNamed("Leaving"));
        leaving.reservations().reserve(ReservationRequest.of(List.of("src/**", "docs/**")));

        client.deregisterAgent(leaving.agentId());
        long afterDeregistration = client.latestSequence();
        client.deregisterAgent(leaving.agentId());

        Event released = lastEvent(client);
        assertThat(released.category()).isEqualTo(EventCategory.RESERVATION);
        assertThat(released.agentId()).contains(leaving.agentId());
        assertThat(released.metadata()).containsEntry("action", "released");
        assertThat(released.metadata().get("patterns")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("docs/**", "src/**");
        assertThat(client.latestSequence()).isEqualTo(afterDeregistration);
    }

    @Test
    void deregisteringAnAgentWithoutReservationsLogsNothing() {
        CoordinationClient client = client();
        AgentSession idle = client.startAgent(agentNamed("Idle"));
        long before = client.latestSequence();

        client.deregisterAgent(idle.agentId());

        assertThat(client.latestSequence()).isEqualTo(before);
    }

    @Test
    void aDeregisteredAgentCannotReserve() {
        CoordinationClient client = client();
        AgentSession agent = client.attachAgent(client.registerAgent(agentNamed("Gone")).id());
        client.deregisterAgent(agent.agentId());

        assertThatThrownBy(() -> agent.reservations().reserve(ReservationRequest.of(List.of("src/**"))))
                .isInstanceOf(AgentDeregisteredException.class);
        assertThat(client.reservations()).isEmpty();
    }

    @Test
    void renewalExtendsAnActiveReservationFromItsExpiryAndLogsIt() {
        CoordinationClient client = client();
        AgentSession agent = client.startAgent(agentNamed("Implementer"));
        Reservation reserved = agent.reservations().reserve(ReservationRequest.of(List.of("src/**"))).reservations()
                .getFirst();

        List<Reservation> renewed = agent.reservations().renew(ReservationSelector.ids(List.of(reserved.id())),
                Duration.ofMinutes(30));

        assertThat(renewed).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(reserved.id());
            assertThat(r.expiresAt()).isEqualTo(reserved.expiresAt().plus(Duration.ofMinutes(30)));
        });
        assertThat(client.reservations()).containsExactlyElementsOf(renewed);
        assertThat(lastEvent(client).metadata()).containsEntry("action", "renewed")
                .containsEntry("reservation_ids", List.of(reserved.id()));
    }

    @Test
    void renewalOfAnExpiredReservationExtendsItFromNow() {
        CoordinationClient client = client();
        AgentSession agent = client.startAgent(agentNamed("Implementer"));
        agent.reservations().reserve(ReservationRequest.of(List.of("src/**")));
        expireReservations(scope());
        agent.heartbeat();
        Instant beforeRenewal = agent.info().lastHeartbeat();

        Reservation renewed = agent.reservations().renew(ReservationSelector.all(), Duration.ofMinutes(10))
                .getFirst();

        assertThat(renewed.expiresAt()).isAfterOrEqualTo(beforeRenewal.plus(Duration.ofMinutes(10)));
        assertThat(client.reservations()).containsExactly(renewed);
    }

    @Test
    void releaseByIdByPatternOrAllIsIdempotent() {
        CoordinationClient client = client();
        AgentSession agent = client.startAgent(agentNamed("Implementer"));
        List<Reservation> reserved = agent.reservations()
                .reserve(ReservationRequest.of(List.of("a/**", "b/**", "c/**"))).reservations();
        PathReservations reservations = agent.reservations();

        assertThat(reservations.release(ReservationSelector.ids(List.of(reserved.get(0).id()))))
                .containsExactly(reserved.get(0));
        assertThat(reservations.release(ReservationSelector.patterns(List.of("b/**")))).containsExactly(reserved.get(1));
        assertThat(reservations.release(ReservationSelector.all())).containsExactly(reserved.get(2));
        long afterReleases = client.latestSequence();

        assertThat(reservations.release(ReservationSelector.all())).isEmpty();
        assertThat(reservations.release(ReservationSelector.ids(List.of(reserved.get(0).id())))).isEmpty();
        assertThat(client.reservations()).isEmpty();
        assertThat(client.latestSequence()).isEqualTo(afterReleases);
        assertThat(lastEvent(client).metadata()).containsEntry("action", "released")
                .containsEntry("patterns", List.of("c/**"));
    }

    @Test
    void anAgentReleasesOnlyItsOwnReservations() {
        CoordinationClient client = client();
        AgentSession owner = client.startAgent(agentNamed("Owner"));
        AgentSession other = client.startAgent(agentNamed("Other"));
        Reservation owned = owner.reservations().reserve(ReservationRequest.of(List.of("src/**"))).reservations()
                .getFirst();

        assertThat(other.reservations().release(ReservationSelector.ids(List.of(owned.id())))).isEmpty();
        assertThat(other.reservations().release(ReservationSelector.all())).isEmpty();
        assertThat(client.reservations()).containsExactly(owned);
    }

    @Test
    void holdersNamesEveryActiveReservationMatchingEachPathInTheGivenOrder() {
        CoordinationClient client = client();
        AgentSession api = client.startAgent(agentNamed("Api"));
        AgentSession docs = client.startAgent(agentNamed("Docs"));
        AgentSession markdown = client.startAgent(agentNamed("Markdown"));
        api.reservations().reserve(ReservationRequest.of(List.of("src/api/**")));
        docs.reservations().reserve(ReservationRequest.builder(List.of("docs/**")).exclusive(false).build());
        markdown.reservations().reserve(ReservationRequest.builder(List.of("docs/*.md")).exclusive(false).build());

        List<PathHold> holds = client.holders(List.of("docs/a.md", "README.md", "src/api/v1/Client.java"));

        assertThat(holds).extracting(PathHold::path, h -> h.reservation().agentName()).containsExactly(
                tuple("docs/a.md", "Docs"),
                tuple("docs/a.md", "Markdown"),
                tuple("src/api/v1/Client.java", "Api"));
    }

    @Test
    void racersForOneExclusivePatternHaveExactlyOneWinnerEachRound() throws Exception {
        raceRounds((round, racer) -> "round-" + round + "/src/api/**");
    }

    @Test
    void racersForOverlappingDifferentPatternsHaveExactlyOneWinnerEachRound() throws Exception {
        raceRounds((round, racer) -> racer % 2 == 0 ? "round-" + round + "/src/api/**"
                : "round-" + round + "/src/*/Client.java");
    }

    /**
     * {@value #ROUNDS} rounds of the same {@value #RACERS} agents, spread over {@value #PROCESSES} clients, each
     * requesting {@code pattern(round, racer)} at once (the rounds' patterns do not overlap). Exactly one is granted;
     * every loser's one conflict names the winner; one RESERVATION event per round.
     */
    private void raceRounds(BiFunction<Integer, Integer, String> pattern) throws Exception {
        List<CoordinationClient> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(client());
        }
        List<AgentSession> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            CoordinationClient process = processes.get(i % PROCESSES);
            racers.add(process.attachAgent(process.registerAgent(agentNamed("racer-" + i)).id()));
        }
        for (int round = 0; round < ROUNDS; round++) {
            int thisRound = round;
            long before = processes.getFirst().latestSequence();

            List<ReservationResult> results = reserveAllAtOnce(racers, racer -> pattern.apply(thisRound, racer));

            List<ReservationResult> winners = results.stream().filter(ReservationResult::granted).toList();
            assertThat(winners).as("winners of round %d", round).hasSize(1);
            String winner = winners.getFirst().reservations().getFirst().agentId();
            assertThat(results).filteredOn(r -> !r.granted()).as("round %d", round).hasSize(RACERS - 1)
                    .allSatisfy(loser -> assertThat(loser.conflicts()).singleElement()
                            .satisfies(c -> assertThat(c.held().agentId()).isEqualTo(winner)));
            assertThat(processes.getFirst().eventsSince(before, 100)).as("round %d", round)
                    .filteredOn(e -> e.category() == EventCategory.RESERVATION).hasSize(1);
        }
    }

    private static List<ReservationResult> reserveAllAtOnce(List<AgentSession> agents, IntFunction<String> pattern)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ReservationResult>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(agents.size())) {
            for (int i = 0; i < agents.size(); i++) {
                AgentSession agent = agents.get(i);
                ReservationRequest request = ReservationRequest.of(List.of(pattern.apply(i)));
                futures.add(pool.submit(() -> {
                    start.await();
                    return agent.reservations().reserve(request);
                }));
            }
            start.countDown();
            List<ReservationResult> results = new ArrayList<>();
            for (Future<ReservationResult> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        }
    }

    private static Event lastEvent(CoordinationClient client) {
        return client.eventsSince(client.latestSequence() - 1, 1).getFirst();
    }
}
