package ai.ginko.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.NewEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Logging events and reading them back: ids, sequences, fields, attribution. */
public abstract class EventLogContract extends ContractTestSupport {

    /** Text that trips up naive string building in queries, JSON and shells. */
    private static final String TRICKY_TEXT = "Grüße, 世界 🌍 \"quoted\" 'single' `backticks` $param ${x} $$ \\ "
            + "'}) MATCH (n) DETACH DELETE n // \n second line\ttab";

    @Test
    void logReturnsTheEventAsStored() {
        CoordinationClient client = client();

        Event event = client.logger().log(NewEvent.builder(EventCategory.FEATURE, "Added login")
                .impact("Users can sign in").taskId("TASK-1").build());

        assertThat(event.id()).isNotBlank();
        assertThat(event.sequence()).isEqualTo(1);
        assertThat(event.scope()).isEqualTo(scope());
        assertThat(event.userId()).isEqualTo(USER_ID);
        assertThat(event.category()).isEqualTo(EventCategory.FEATURE);
        assertThat(event.description()).isEqualTo("Added login");
        assertThat(event.impact()).contains("Users can sign in");
        assertThat(event.taskId()).contains("TASK-1");
        assertThat(event.metadata()).isEmpty();
        assertThat(event.blocker()).isEmpty();
        assertThat(event.resolvesEventId()).isEmpty();
        assertThat(client.event(event.id())).contains(event);
    }

    @Test
    void optionalFieldsAreAbsentWhenNotGiven() {
        Event event = client().logger().log(EventCategory.DECISION, "Use Neo4j");

        assertThat(event.impact()).isEmpty();
        assertThat(event.taskId()).isEmpty();
        assertThat(event.metadata()).isEmpty();
    }

    @Test
    void sequencesCountUpFromOne() {
        CoordinationClient client = client();

        List<Long> sequences = List.of(
                client.logger().log(EventCategory.FIX, "one").sequence(),
                client.logger().log(EventCategory.FIX, "two").sequence(),
                client.logger().log(EventCategory.FIX, "three").sequence());

        assertThat(sequences).containsExactly(1L, 2L, 3L);
    }

    @Test
    void everyEventGetsItsOwnId() {
        CoordinationClient client = client();

        Event first = client.logger().log(EventCategory.FIX, "same text");
        Event second = client.logger().log(EventCategory.FIX, "same text");

        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void timestampIsTheCommitTime() {
        CoordinationClient client = client();

        Event first = client.logger().log(EventCategory.GIT, "first");
        Event second = client.logger().log(EventCategory.GIT, "second");

        // The database's clock, not ours: only roughly comparable with the local one.
        assertThat(first.timestamp()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(second.timestamp()).isAfterOrEqualTo(first.timestamp());
    }

    @Test
    void anotherClientReadsTheEventAsSoonAsLogReturns() {
        CoordinationClient writer = client();
        CoordinationClient reader = client();

        Event logged = writer.logger().log(EventCategory.INSIGHT, "cache is cold after deploy");

        assertThat(reader.event(logged.id())).contains(logged);
        assertThat(reader.eventsSince(0, 10)).containsExactly(logged);
    }

    @Test
    void metadataRoundTripsVerbatim() {
        CoordinationClient writer = client();
        CoordinationClient reader = client();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("count", 42);
        metadata.put("beyondDoublePrecision", 9_007_199_254_740_993L);
        metadata.put("ratio", 0.25f);
        metadata.put("pi", 3.14159);
        metadata.put("done", true);
        metadata.put("text", TRICKY_TEXT);
        metadata.put(TRICKY_TEXT, "tricky key");
        metadata.put("nested", Map.of(
                "list", List.of(1, "two", List.of(3.5, false), Map.of("deep", "yes")),
                "empty", Map.of()));
        metadata.put("emptyList", List.of());

        Event logged = writer.logger().log(
                NewEvent.builder(EventCategory.DECISION, "with metadata").metadata(metadata).build());

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("count", 42L);
        expected.put("beyondDoublePrecision", 9_007_199_254_740_993L);
        expected.put("ratio", 0.25d);
        expected.put("pi", 3.14159d);
        expected.put("done", true);
        expected.put("text", TRICKY_TEXT);
        expected.put(TRICKY_TEXT, "tricky key");
        expected.put("nested", Map.of(
                "list", List.of(1L, "two", List.of(3.5d, false), Map.of("deep", "yes")),
                "empty", Map.of()));
        expected.put("emptyList", List.of());
        assertThat(logged.metadata()).isEqualTo(expected);
        assertThat(reader.event(logged.id()).orElseThrow().metadata()).isEqualTo(expected);
    }

    @Test
    void integralMetadataComesBackAsLongAndFractionalAsDouble() {
        CoordinationClient writer = client();
        Event logged = writer.logger().log(NewEvent.builder(EventCategory.FIX, "numbers")
                .metadata("int", 7).metadata("short", (short) 3).metadata("float", 1.5f)
                .metadata("list", List.of(1, 2.5f)).build());

        Map<String, Object> read = client().event(logged.id()).orElseThrow().metadata();

        assertThat(read.get("int")).isInstanceOf(Long.class).isEqualTo(7L);
        assertThat(read.get("short")).isInstanceOf(Long.class).isEqualTo(3L);
        assertThat(read.get("float")).isInstanceOf(Double.class).isEqualTo(1.5d);
        assertThat(read.get("list")).isEqualTo(List.of(1L, 2.5d));
    }

    @Test
    void descriptionAndImpactRoundTripVerbatim() {
        Event logged = client().logger().log(
                NewEvent.builder(EventCategory.FIX, TRICKY_TEXT).impact(TRICKY_TEXT).build());

        Event read = client().event(logged.id()).orElseThrow();

        assertThat(read.description()).isEqualTo(TRICKY_TEXT);
        assertThat(read.impact()).contains(TRICKY_TEXT);
    }

    @Test
    void eventsOfAStartedAgentCarryItsId() {
        CoordinationClient client = client();
        AgentSession agent = client.startAgent(agentNamed("Implementer"));

        Event event = agent.logger().log(EventCategory.FEATURE, "by the agent");

        assertThat(event.agentId()).contains(agent.agentId());
        assertThat(event.loggedByHuman()).isFalse();
        assertThat(client().event(event.id()).orElseThrow().agentId()).contains(agent.agentId());
    }

    @Test
    void eventsOfAnAttachedAgentCarryItsId() {
        CoordinationClient client = client();
        String agentId = client.registerAgent(agentNamed("Reviewer")).id();

        Event event = client.attachAgent(agentId).logger().log(EventCategory.INSIGHT, "by the attached agent");

        assertThat(event.agentId()).contains(agentId);
    }

    @Test
    void eventsOfTheClientLoggerCarryNoAgent() {
        CoordinationClient client = client();
        client.startAgent(agentNamed("Bystander"));

        Event event = client.logger().log(EventCategory.DECISION, "by the human");

        assertThat(event.agentId()).isEmpty();
        assertThat(event.loggedByHuman()).isTrue();
        assertThat(event.userId()).isEqualTo(USER_ID);
    }

    @Test
    void eventsByAgentReturnsOnlyThatAgentsEventsInOrder() {
        CoordinationClient client = client();
        AgentSession first = client.startAgent(agentNamed("First"));
        AgentSession second = client.startAgent(agentNamed("Second"));
        Event a = first.logger().log(EventCategory.FIX, "a");
        second.logger().log(EventCategory.FIX, "b");
        client.logger().log(EventCategory.FIX, "c");
        Event d = first.logger().log(EventCategory.FIX, "d");

        assertThat(client.eventsByAgent(first.agentId(), 0, 100)).containsExactly(a, d);
    }

    @Test
    void eventsByAgentStartsAfterTheSequenceAndRespectsTheLimit() {
        CoordinationClient client = client();
        AgentSession agent = client.startAgent(agentNamed("Prolific"));
        List<Event> logged = List.of(
                agent.logger().log(EventCategory.FIX, "1"),
                agent.logger().log(EventCategory.FIX, "2"),
                agent.logger().log(EventCategory.FIX, "3"),
                agent.logger().log(EventCategory.FIX, "4"));

        assertThat(client.eventsByAgent(agent.agentId(), logged.get(0).sequence(), 2))
                .containsExactly(logged.get(1), logged.get(2));
    }

    @Test
    void eventsByAnUnknownAgentAreNone() {
        CoordinationClient client = client();
        client.logger().log(EventCategory.FIX, "human");

        assertThat(client.eventsByAgent("agent_nobody", 0, 100)).isEmpty();
    }

    @Test
    void eventsSinceReturnsTheEventsAfterTheSequenceInOrder() {
        CoordinationClient client = client();
        for (int i = 1; i <= 5; i++) {
            client.logger().log(EventCategory.FIX, "event " + i);
        }

        assertThat(client.eventsSince(2, 100)).extracting(Event::sequence).containsExactly(3L, 4L, 5L);
    }

    @Test
    void eventsSinceRespectsTheLimit() {
        CoordinationClient client = client();
        for (int i = 1; i <= 5; i++) {
            client.logger().log(EventCategory.FIX, "event " + i);
        }

        assertThat(client.eventsSince(1, 2)).extracting(Event::sequence).containsExactly(2L, 3L);
    }

    @Test
    void eventsSinceTheNewestSequenceIsEmpty() {
        CoordinationClient client = client();
        client.logger().log(EventCategory.FIX, "only");

        assertThat(client.eventsSince(1, 100)).isEmpty();
        assertThat(client.eventsSince(1_000, 100)).isEmpty();
    }

    @Test
    void eventOfAnUnknownIdIsEmpty() {
        CoordinationClient client = client();
        client.logger().log(EventCategory.FIX, "some event");

        assertThat(client.event("no-such-event")).isEmpty();
    }

    @Test
    void latestSequenceIsZeroForAnEmptyLog() {
        assertThat(client().latestSequence()).isZero();
    }

    @Test
    void latestSequenceIsTheNewestSequence() {
        CoordinationClient client = client();
        client.logger().log(EventCategory.FIX, "one");
        Event second = client.logger().log(EventCategory.FIX, "two");

        assertThat(client().latestSequence()).isEqualTo(second.sequence()).isEqualTo(2);
    }
}
