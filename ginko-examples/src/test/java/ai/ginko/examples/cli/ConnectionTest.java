package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ConnectionTest {

    private final GinkoShell shell = GinkoShell.fresh();

    @Test
    void unreachableDatabaseExitsOneWithOneLineAndNoStackTrace() throws IOException {
        String uri = "bolt://127.0.0.1:" + closedPort();

        GinkoShell.Result result = shell.run("agent", "status", "--uri", uri);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                "ginko: cannot reach Neo4j at " + uri + " (is 'ginko devdb' running?)");
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        GinkoShell.Result result = shell.run("agent", "status", "--verbose", "--uri",
                "bolt://127.0.0.1:" + closedPort());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines().size()).isGreaterThan(5);
        assertThat(result.err()).contains("ServiceUnavailableException");
    }

    @Test
    void remoteHostsGetNoDevdbHint() {
        GinkoShell.Result result = shell.run("agent", "status", "--uri", "bolt://ginko-no-such-host.invalid:7687");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("ginko: cannot reach Neo4j at "
                + "bolt://ginko-no-such-host.invalid:7687 (check the URI and the network)");
    }

    @Test
    void missingScopeIsAUsageErrorNamingTheVariable() {
        GinkoShell.Result result = shell.with("GINKO_ORG", "").run("agent", "status");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("ginko: no scope: set GINKO_ORG (or pass --org)",
                "Try 'ginko agent status --help' for more information.");
    }

    @Test
    void optionsOverrideTheEnvironment() {
        shell.register("Claude-Implementer");

        GinkoShell.Result otherProject = shell.run("agent", "status", "--project=elsewhere");

        assertThat(otherProject.out()).startsWith("Active Agents (0):");
        assertThat(shell.run("agent", "status").out()).startsWith("Active Agents (1):");
    }

    @Test
    void userIdComesFromGinkoUser() {
        shell.with("GINKO_USER", "alice").run("log", "hi", "--category=insight");

        assertThat(shell.run("events", "--timeout=0").out()).contains("  alice  insight");
    }

    /** A port nothing listens on: bound once to find it free, then closed. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
