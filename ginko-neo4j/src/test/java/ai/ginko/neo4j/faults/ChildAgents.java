package ai.ginko.neo4j.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Starts {@link AgentProcess} in a child JVM (the test JVM's own java and class path) and waits until it is ready. */
final class ChildAgents {

    private ChildAgents() {
    }

    /** Starts {@link AgentProcess} with these arguments, in a plain child JVM. */
    static Process start(String... args) throws IOException {
        return start(List.of(), List.of(), Map.of(), args);
    }

    /**
     * @param prefix      a command to run the JVM under (such as {@code faketime -f -10m}), or empty
     * @param jvmOptions  options for the child JVM
     * @param environment variables to add to the child's environment
     * @param args        the arguments of {@link AgentProcess#main}
     */
    static Process start(List<String> prefix, List<String> jvmOptions, Map<String, String> environment,
            String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Surefire runs tests from a manifest-only jar; the real class path is in this property.
        String classpath = Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElse(System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(prefix);
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, AgentProcess.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
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
