package ai.ginko.neo4j.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Starts {@link AgentProcess} in a child JVM (the test JVM's own java and class path) and waits until it is ready. */
final class ChildAgents {

    private ChildAgents() {
    }

    /**
     * @param prefix a command to run the JVM under (such as {@code faketime -f -10m}), or empty
     * @param args   the arguments of {@link AgentProcess#main}
     */
    static Process start(List<String> prefix, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Surefire runs tests from a manifest-only jar; the real class path is in this property.
        String classpath = Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElse(System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(java, "-cp", classpath, AgentProcess.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        // Only the wall clock is shifted: the JVM's timers run on the monotonic clock and stay sane.
        builder.environment().put("FAKETIME_DONT_FAKE_MONOTONIC", "1");
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals(AgentProcess.READY)) {
            // Skip anything else the child prints before it is ready.
        }
        assertThat(line).as("child agent process became ready").isEqualTo(AgentProcess.READY);
        return process;
    }

    /** Kills the child and whatever it started (a wrapper such as faketime runs the JVM as its own child). */
    static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
}
