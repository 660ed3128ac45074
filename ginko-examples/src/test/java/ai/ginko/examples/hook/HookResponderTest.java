package ai.ginko.examples.hook;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.Blocker;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import ai.ginko.core.ReservationRequest;
import ai.ginko.core.Severity;
import ai.ginko.neo4j.EmbeddedNeo4j;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a hook answers, for two agents in clients of their own on the embedded Neo4j, with inputs shaped as Claude
 * Code's hooks reference shows them and the answers read as the reference's JSON.
 */
class HookResponderTest {

    private static final String CWD = "/home/u/repo";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CoordinationClient clientA;
    private CoordinationClient clientB;
    private AgentSession a;
    private AgentSession b;
    private HookResponder hooksOfB;

    @BeforeEach
    void twoAgents() {
        String org = "org-" + UUID.randomUUID();
        clientA = EmbeddedNeo4j.clientBuilder().scope(org, "checkout").userId("tester").build();
        clientB = EmbeddedNeo4j.clientBuilder().scope(org, "checkout").userId("tester").build();
        a = clientA.startAgent(AgentRegistration.named("Claude-Implementer"));
        b = clientB.startAgent(AgentRegistration.named("GPT-Reviewer"));
        hooksOfB = new HookResponder(clientB, b);
    }

    @AfterEach
    void close() {
        clientA.close();
        clientB.close();
    }

    @Test
    void postToolUseCarriesTheBlockerOnATaskTheAgentHoldsAndTheNextCallNothingNew() throws Exception {
        b.claim("TASK-6");
        hooksOfB.respond(HookInput.parse(HookInputs.postToolUse(CWD, CWD + "/src/A.java")), ConflictMode.DENY);
        a.logger().logBlocker("Payment API answers 429",
                Blocker.of("API rate limit", Severity.HIGH, List.of("TASK-6")));

        JsonNode output = answer(HookInputs.postToolUse(CWD, CWD + "/src/A.java")).orElseThrow();

        assertThat(output.path("hookSpecificOutput").path("hookEventName").asText()).isEqualTo("PostToolUse");
        assertThat(output.path("hookSpecificOutput").path("additionalContext").asText())
                .contains(a.agentId() + " (Claude-Implementer) blocker: Payment API answers 429; blocked by "
                        + "API rate limit, severity high; holds up TASK-6 (you hold TASK-6)");
        assertThat(answer(HookInputs.postToolUse(CWD, CWD + "/src/A.java"))).isEmpty();
    }

    @Test
    void userPromptSubmitAndPostToolBatchCarryTheNewsAsAdditionalContext() throws Exception {
        a.logger().log(EventCategory.DECISION, "Use a per-project counter");
        JsonNode prompt = answer(HookInputs.userPromptSubmit(CWD)).orElseThrow();
        a.logger().log(EventCategory.FEATURE, "Event log");
        JsonNode batch = answer(HookInputs.postToolBatch(CWD, CWD + "/a.txt")).orElseThrow();

        assertThat(prompt.path("hookSpecificOutput").path("hookEventName").asText()).isEqualTo("UserPromptSubmit");
        assertThat(prompt.path("hookSpecificOutput").path("additionalContext").asText())
                .contains("decision: Use a per-project counter").doesNotContain("Event log");
        assertThat(batch.path("hookSpecificOutput").path("hookEventName").asText()).isEqualTo("PostToolBatch");
        assertThat(batch.path("hookSpecificOutput").path("additionalContext").asText())
                .contains("feature: Event log").doesNotContain("per-project counter");
    }

    @Test
    void sessionStartSaysWhoIsHereOnWhatTheAgentsClaimsAndTheNews() throws Exception {
        a.claim("TASK-4");
        b.claim("TASK-7");

        String context = answer(HookInputs.sessionStart(CWD)).orElseThrow()
                .path("hookSpecificOutput").path("additionalContext").asText();

        assertThat(context).contains(
                "Ginko: this session is agent " + b.agentId() + " (GPT-Reviewer) in ",
                "Other agents online: " + a.agentId() + " (Claude-Implementer) busy on TASK-4.",
                "This agent holds TASK-7.",
                "No active blocker.",
                "task: claimed TASK-4");
    }

    @Test
    void anEventWithNothingToSayGetsNothing() throws Exception {
        a.logger().log(EventCategory.FEATURE, "Event log");

        assertThat(answer("{\"hook_event_name\":\"Stop\",\"session_id\":\"x\",\"cwd\":\"/r\"}")).isEmpty();
        assertThat(answer(HookInputs.userPromptSubmit(CWD))).isPresent();
    }

    @Test
    void preToolUseOfAnEditOfAFileAnotherAgentHoldsExclusivelyIsDeniedNamingHolderPatternAndExpiry()
            throws Exception {
        a.reservations().reserve(ReservationRequest.builder(List.of("src/api/**")).reason("refactoring").build());

        JsonNode output = answer(HookInputs.preToolUse(CWD, "Edit", CWD + "/src/api/Client.java")).orElseThrow()
                .path("hookSpecificOutput");

        assertThat(output.path("hookEventName").asText()).isEqualTo("PreToolUse");
        assertThat(output.path("permissionDecision").asText()).isEqualTo("deny");
        assertThat(output.path("permissionDecisionReason").asText())
                .startsWith("src/api/Client.java is reserved by " + a.agentId() + " (Claude-Implementer) with "
                        + "src/api/** (exclusive) until 20")
                .endsWith("Z; reason: refactoring");
    }

    @Test
    void underTheAskSettingTheDecisionIsAsk() throws Exception {
        a.reservations().reserve(ReservationRequest.of(List.of("src/api/**")));

        JsonNode output = answer(HookInputs.preToolUse(CWD, "Write", CWD + "/src/api/Client.java"), ConflictMode.ASK)
                .orElseThrow().path("hookSpecificOutput");

        assertThat(output.path("permissionDecision").asText()).isEqualTo("ask");
    }

    @Test
    void preToolUseGetsNothingForAFreeFileASharedHoldItsOwnHoldOrAToolThatDoesNotWrite() throws Exception {
        a.reservations().reserve(ReservationRequest.of(List.of("src/api/**")));
        a.reservations().reserve(ReservationRequest.builder(List.of("docs/**")).exclusive(false).build());
        b.reservations().reserve(ReservationRequest.of(List.of("src/web/**")));

        assertThat(answer(HookInputs.preToolUse(CWD, "Edit", CWD + "/src/core/A.java"))).isEmpty();
        assertThat(answer(HookInputs.preToolUse(CWD, "Edit", CWD + "/docs/guide.md"))).isEmpty();
        assertThat(answer(HookInputs.preToolUse(CWD, "Edit", CWD + "/src/web/App.java"))).isEmpty();
        assertThat(answer(HookInputs.preToolUse(CWD, "Read", CWD + "/src/api/Client.java"))).isEmpty();
    }

    private Optional<JsonNode> answer(String input) throws Exception {
        return answer(input, ConflictMode.DENY);
    }

    private Optional<JsonNode> answer(String input, ConflictMode conflicts) throws Exception {
        Optional<String> json = hooksOfB.respond(HookInput.parse(input), conflicts);
        return json.isEmpty() ? Optional.empty() : Optional.of(JSON.readTree(json.orElseThrow()));
    }
}
