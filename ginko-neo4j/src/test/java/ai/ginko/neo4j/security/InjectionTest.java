package ai.ginko.neo4j.security;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.Blocker;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.NewEvent;
import ai.ginko.core.Severity;
import ai.ginko.neo4j.EmbeddedNeo4j;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Identifiers and text that look like Cypher, with quotes, backticks, {@code $}, unicode and long runs, are data:
 * stored and returned verbatim, and they change nothing else (every query is parameterized).
 */
class InjectionTest {

    private static final String HOSTILE = "x' }) MATCH (n) DETACH DELETE n //`$org` \"; ${project} Grüße 世界 🌍";

    private final String suffix = UUID.randomUUID().toString();
    private final CoordinationClient hostile = EmbeddedNeo4j.clientBuilder()
            .scope(HOSTILE + suffix, HOSTILE).userId(HOSTILE).build();
    private final CoordinationClient bystander = EmbeddedNeo4j.clientBuilder()
            .scope("bystander-" + suffix, "p").userId("u").build();

    @AfterEach
    void close() {
        hostile.close();
        bystander.close();
    }

    @Test
    void hostileIdsAndTextAreStoredVerbatimAndTouchNothingElse() {
        Event before = bystander.logger().log(EventCategory.INSIGHT, "still here");
        String agentId = "agent_" + HOSTILE;
        String longText = HOSTILE.repeat(500);

        try (AgentSession agent = hostile.startAgent(new AgentRegistration(agentId, HOSTILE, List.of(HOSTILE)))) {
            agent.claim(HOSTILE);
            Event blocker = agent.logger().log(NewEvent.builder(EventCategory.BLOCKER, longText).taskId(HOSTILE)
                    .impact(HOSTILE).metadata(Map.of(HOSTILE, List.of(HOSTILE, Map.of("$", HOSTILE))))
                    .blocker(Blocker.of(HOSTILE, Severity.CRITICAL, List.of(HOSTILE))).build());

            Event stored = hostile.event(blocker.id()).orElseThrow();
            assertThat(stored).isEqualTo(blocker);
            assertThat(stored.description()).isEqualTo(longText);
            assertThat(stored.metadata()).isEqualTo(Map.of(HOSTILE, List.of(HOSTILE, Map.of("$", HOSTILE))));
            assertThat(stored.scope().organizationId()).isEqualTo(HOSTILE + suffix);
            assertThat(hostile.agent(agentId).orElseThrow().name()).isEqualTo(HOSTILE);
            assertThat(hostile.claimOf(HOSTILE).orElseThrow().agentId()).isEqualTo(agentId);
            assertThat(hostile.blockersAffecting(List.of(HOSTILE))).containsExactly(stored);
        }
        assertThat(bystander.eventsSince(0, 10)).containsExactly(before);
        assertThat(bystander.agents()).isEmpty();
    }
}
