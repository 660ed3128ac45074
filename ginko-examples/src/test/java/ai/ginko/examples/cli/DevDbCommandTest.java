package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevDbCommandTest {

    @TempDir
    private Path dataDirectory;

    @Test
    void dataSurvivesARestart() throws Exception {
        int port = freePort();
        GinkoShell shell = GinkoShell.fresh().with("GINKO_NEO4J_URI", "bolt://127.0.0.1:" + port);

        Running first = startDevDb(shell, port);
        String agentId = shell.register("Claude-Implementer");
        shell.asAgent(agentId).run("task", "claim", "TASK-4");
        assertThat(first.interrupt().out()).endsWith("Neo4j stopped.\n");

        Running second = startDevDb(shell, port);
        GinkoShell.Result status = shell.run("agent", "status", "--all");
        GinkoShell.Result events = shell.run("events", "--timeout=0");
        second.interrupt();

        assertThat(status.out()).contains(agentId + "  Claude-Implementer");
        assertThat(events.out()).contains("claimed TASK-4");
    }

    @Test
    void busyPortExitsOneWithoutStartingNeo4j() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(DevDatabase.HOST))) {
            GinkoShell.Result result = GinkoShell.fresh().run("devdb", "--port", String.valueOf(taken.getLocalPort()),
                    "--data-dir", dataDirectory.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.errLines()).containsExactly("ginko: port " + taken.getLocalPort() + " on 127.0.0.1 is "
                    + "in use (is 'ginko devdb' or another Neo4j already running? try --port)");
        }
    }

    private Running startDevDb(GinkoShell shell, int port) throws InterruptedException {
        Running devdb = shell.start("devdb", "--port", String.valueOf(port), "--data-dir", dataDirectory.toString());
        devdb.awaitOutput(out -> out.contains("Neo4j listening on bolt://127.0.0.1:" + port));
        return devdb;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(DevDatabase.HOST))) {
            return socket.getLocalPort();
        }
    }
}
