package ai.ginko.examples.cli;

import ai.ginko.examples.hook.HookInput;
import ai.ginko.neo4j.Neo4jCoordination;
import org.neo4j.driver.AuthTokens;
import org.slf4j.LoggerFactory;

/**
 * For {@code ginko hook} in a JVM (no {@code ginko mcp} of the session answers it): makes ready, on a second thread,
 * what the command needs after picocli has built its command line, while picocli builds it (about a third of the
 * command's time, on the main thread): Jackson's reading of the hook's input, and the classes of the Neo4j driver
 * and client. It only loads and initializes classes and parses a constant input: nothing it does is seen by the
 * command, which would do the same on its own, only later; the process exits without waiting for it.
 */
final class HookWarmUp {

    /** The shape of a hook's input, parsed once to build Jackson's readers for it. */
    private static final String SAMPLE = """
            {"session_id":"warm-up","cwd":"/","hook_event_name":"PostToolUse","tool_name":"Write",\
            "tool_input":{"file_path":"/a.txt"}}""";

    private HookWarmUp() {
    }

    static void start() {
        Thread.ofPlatform().daemon().name("ginko-hook-warm-up").start(() -> {
            try {
                HookInput.parse(SAMPLE);
                AuthTokens.none();
                Neo4jCoordination.builder();
            } catch (RuntimeException | LinkageError e) {
                // The command does the same itself and reports what fails there.
                LoggerFactory.getLogger(HookWarmUp.class).debug("Warm-up of ginko hook: {}", e.toString());
            }
        });
    }
}
