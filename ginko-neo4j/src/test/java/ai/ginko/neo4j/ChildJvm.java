package ai.ginko.neo4j;

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

/**
 * Starts a main class of the tests in a child JVM (the test JVM's own java and class path) and waits until it
 * prints its ready line. Children read their standard input until it closes, which happens when the test JVM dies,
 * so that they never outlive it.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * @param prefix a command to run the JVM under (such as {@code faketime -f -10m}), or empty
     * @param ready  the line the child prints on stdout once it is ready
     */
    public static Process start(Class<?> main, List<String> prefix, String ready, String... args) throws IOException {
        return start(main, prefix, List.of(), Map.of(), ready, args);
    }

    /**
     * @param prefix      a command to run the JVM under (such as {@code faketime -f -10m}), or empty
     * @param jvmOptions  options for the child JVM
     * @param environment variables to add to the child's environment
     * @param ready       the line the child prints on stdout once it is ready
     */
    public static Process start(Class<?> main, List<String> prefix, List<String> jvmOptions,
            Map<String, String> environment, String ready, String... args) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(javaCommand(jvmOptions, main, List.of(args)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals(ready)) {
            // Skip anything else the child prints before it is ready.
        }
        assertThat(line).as("child process %s became ready", main.getSimpleName()).isEqualTo(ready);
        return process;
    }

    /** The command that runs {@code main} in a JVM of the test JVM's own java and class path. */
    static List<String> javaCommand(List<String> jvmOptions, Class<?> main, List<String> args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Surefire runs tests from a manifest-only jar; the real class path is in this property.
        String classpath = Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElse(System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(java);
        // C1 only, as in the test JVMs (see the parent pom's argLine): children live for seconds to minutes.
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, main.getName()));
        command.addAll(args);
        return command;
    }

    /** Kills the child and whatever it started (a wrapper such as faketime runs the JVM as its own child). */
    public static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
}
