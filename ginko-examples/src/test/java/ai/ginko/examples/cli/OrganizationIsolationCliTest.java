package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two organizations with the same project, agent and task ids, each used from its own shell: no command of one
 * shows, changes or claims the other's data.
 */
class OrganizationIsolationCliTest {

    private static final String AGENT = "agent_5d1e0c2a9b7f";

    private final GinkoShell acme = shell("acme");
    private final GinkoShell globex = shell("globex");

    private static GinkoShell shell(String organization) {
        return GinkoShell.fresh().with("GINKO_ORG", organization + "-" + UUID.randomUUID());
    }

    @Test
    void agentsClaimsBlockersAndEventsStayInTheirOrganization() {
        acme.register("Acme-Agent", "--id=" + AGENT);
        GinkoShell acmeAgent = acme.asAgent(AGENT);
        acmeAgent.run("task", "claim", "TASK-4");
        acmeAgent.run("log", "acme only", "--category=blocker", "--blocked-by=rate limit", "--blocking=TASK-6",
                "--severity=high");

        GinkoShell.Result status = globex.run("agent", "status", "--all");
        GinkoShell.Result events = globex.run("events", "--since=0", "--timeout=0");

        assertThat(status.out()).doesNotContain(AGENT).doesNotContain("rate limit");
        assertThat(events.out()).isEmpty();
    }

    @Test
    void theSameAgentIdInAnotherOrganizationIsUnknownThere() {
        acme.register("Acme-Agent", "--id=" + AGENT);

        GinkoShell.Result result = globex.asAgent(AGENT).run("task", "claim", "TASK-4");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(AGENT);
    }

    @Test
    void aClaimInOneOrganizationDoesNotHoldTheSameTaskInTheOther() {
        acme.register("Acme-Agent", "--id=" + AGENT);
        globex.register("Globex-Agent", "--id=" + AGENT);
        acme.asAgent(AGENT).run("task", "claim", "TASK-4");

        GinkoShell.Result result = globex.asAgent(AGENT).run("task", "claim", "TASK-4");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Claimed TASK-4");
    }
}
