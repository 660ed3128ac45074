package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.neo4j.EmbeddedNeo4j;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine;

/**
 * Runs {@code ginko} commands in-process, the way a shell with some exported variables would: against the shared
 * embedded Neo4j, in an organization of the test's own so that tests never see each other's data.
 */
final class GinkoShell {

    private final Map<String, String> environment;

    private GinkoShell(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** A shell pointed at the embedded database, in a fresh organization, as user {@code tester}. */
    static GinkoShell fresh() {
        return new GinkoShell(Map.of(
                "GINKO_NEO4J_URI", EmbeddedNeo4j.boltUri().toString(),
                "GINKO_ORG", "org-" + UUID.randomUUID(),
                "GINKO_PROJECT", "checkout",
                "GINKO_USER", "tester"));
    }

    /** A shell with exactly these variables and no database, for commands that never connect (setup). */
    static GinkoShell withVariables(Map<String, String> environment) {
        return new GinkoShell(environment);
    }

    /** The same shell with one more variable exported. */
    GinkoShell with(String variable, String value) {
        Map<String, String> changed = new HashMap<>(environment);
        changed.put(variable, value);
        return new GinkoShell(changed);
    }

    GinkoShell asAgent(String agentId) {
        return with("GINKO_AGENT_ID", agentId);
    }

    Result run(String... args) {
        return start(args).await();
    }

    /** Runs a command on a thread of its own, for the ones that run until interrupted. */
    Running start(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = GinkoCli.commandLine(environment);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Running(commandLine, args, out, err);
    }

    /** Starts the command as a process of its own, as a shell would: a JVM with this shell's variables. */
    Process spawn(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED"));
        // As bin/ginko does: from JDK 23 on, netty's use of sun.misc.Unsafe warns on stderr unless allowed.
        if (Runtime.version().feature() >= 23) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), GinkoCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // Claude Code's variable would point 'ginko hook' at a real project's .mcp.json.
        builder.environment().remove("CLAUDE_PROJECT_DIR");
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Registers an agent and returns its id, failing the test if that does not work. */
    String register(String name, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "agent";
        args[1] = "register";
        args[2] = "--name=" + name;
        System.arraycopy(more, 0, args, 3, more.length);
        Result result = run(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result.out().strip();
    }

    /** What a finished command left: its exit code and what it printed. */
    record Result(int exitCode, String out, String err) {

        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }
}
