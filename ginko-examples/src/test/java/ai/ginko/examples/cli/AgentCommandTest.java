package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgentCommandTest {

    private final GinkoShell shell = GinkoShell.fresh();

    @Test
    void registerPrintsTheIdAndHowToUseIt() {
        GinkoShell.Result result = shell.run("agent", "register", "--name", "Claude-Implementer");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("agent_[0-9a-f]{12}\\R");
        String agentId = result.out().strip();
        assertThat(result.errLines()).contains("  export GINKO_AGENT_ID=" + agentId);
    }

    @Test
    void registerWithAnIdIsIdempotentAndRenames() {
        shell.register("Claude", "--id=agent_abc123");
        shell.register("Claude-Implementer", "--id=agent_abc123", "--capability=java", "--capability=tests");

        assertThat(shell.run("agent", "status").out()).contains("agent_abc123  Claude-Implementer  idle")
                .contains("Active Agents (1):");
    }

    @Test
    void registerWithoutANameIsAUsageError() {
        GinkoShell.Result result = shell.run("agent", "register");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().getFirst()).isEqualTo("ginko: Missing required option: '--name=NAME'");
    }

    @Test
    void deregisterMarksTheAgentOffline() {
        GinkoShell agent = shell.asAgent(shell.register("Claude-Implementer"));

        assertThat(agent.run("agent", "deregister").out()).endsWith(" is offline now.\n");

        assertThat(shell.run("agent", "status").out()).startsWith("Active Agents (0):");
    }

    @Test
    void heartbeatBringsAnAgentThatWentSilentBack() throws Exception {
        GinkoShell quick = shell.with(EnvironmentDefaults.OFFLINE_AFTER_ENV, "2s");
        String agentId = quick.register("Claude-Implementer");
        Thread.sleep(2_500);
        assertThat(quick.run("agent", "status").out()).startsWith("Active Agents (0):");

        GinkoShell.Result result = quick.asAgent(agentId).run("agent", "heartbeat");

        assertThat(result.outLines()).containsExactly("Heartbeat sent for " + agentId + " (Claude-Implementer, idle)");
        assertThat(quick.run("agent", "status").out()).startsWith("Active Agents (1):");
    }

    @Test
    void heartbeatOfADeregisteredAgentExitsOneUntilItRegistersAgain() {
        String agentId = shell.register("Claude-Implementer");
        shell.run("agent", "deregister", agentId);

        GinkoShell.Result result = shell.asAgent(agentId).run("agent", "heartbeat");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("ginko: agentId: agent '" + agentId + "' was deregistered from ")
                .endsWith("; register it again to act as it");
        shell.register("Claude-Implementer", "--id=" + agentId);
        assertThat(shell.asAgent(agentId).run("agent", "heartbeat").exitCode()).isZero();
    }

    @Test
    void heartbeatEveryKeepsASilentAgentOnlineUntilStopped() throws Exception {
        GinkoShell quick = shell.with(EnvironmentDefaults.OFFLINE_AFTER_ENV, "1s");
        String agentId = quick.register("Looping-agent");
        Running loop = quick.asAgent(agentId).start("agent", "heartbeat", "--every", "200ms");
        loop.awaitOutput(out -> out.contains("alive"));

        Thread.sleep(2_000);
        assertThat(quick.run("agent", "status").out()).as("two offline periods later")
                .startsWith("Active Agents (1):").contains(agentId);

        GinkoShell.Result stopped = loop.interrupt();
        assertThat(stopped.exitCode()).isZero();
        assertThat(stopped.outLines()).containsExactly(
                "Keeping " + agentId + " (Looping-agent) alive: a heartbeat every 200ms until stopped.");
    }

    @Test
    void heartbeatEveryStoppedWhileAHeartbeatIsInFlightStillExitsZero() throws Exception {
        String agentId = shell.register("Looping-agent");
        for (int round = 0; round < 5; round++) {
            // At 1ms apart, heartbeats are nearly always in flight: the stop lands inside the driver's transaction.
            Running loop = shell.asAgent(agentId).start("agent", "heartbeat", "--every", "1ms");
            loop.awaitOutput(out -> out.contains("alive"));
            Thread.sleep(100);

            GinkoShell.Result stopped = loop.interrupt();

            assertThat(stopped.exitCode()).as("round %d; stderr: %s", round, stopped.err()).isZero();
        }
    }

    @Test
    void heartbeatEveryRefusesANonPositiveInterval() {
        GinkoShell.Result result = shell.asAgent(shell.register("Claude")).run("agent", "heartbeat", "--every", "0s");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().getFirst()).isEqualTo("ginko: --every must be positive, was 0ms");
    }

    @Test
    void anUnreadableDurationNamesItself() {
        GinkoShell.Result result = shell.run("agent", "status", "--offline-after", "soon");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().getFirst())
                .contains("'soon' is not a duration such as 500ms, 10s, 2m or 1h");
    }

    @Test
    void deregisteringAnUnknownAgentExitsOne() {
        GinkoShell.Result result = shell.run("agent", "deregister", "agent_000000000000");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString().startsWith("ginko: agentId: no agent");
    }
}
