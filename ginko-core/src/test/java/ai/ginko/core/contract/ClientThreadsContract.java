package ai.ginko.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventFilter;
import ai.ginko.core.TaskFilter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Closing a client leaves no thread of the library behind. Isolated: it counts every library thread of the JVM, so
 * another class's clients must not start or end theirs meanwhile. It is a class of its own so that the rest of the
 * client's lifecycle ({@link ClientLifecycleContract}) runs beside other classes.
 */
@Isolated("noLibraryThreadOutlivesTheClient counts every library thread of the JVM")
public abstract class ClientThreadsContract extends ContractTestSupport {

    private static final Duration THREADS_GONE = Duration.ofSeconds(2);

    @Test
    void noLibraryThreadOutlivesTheClient() throws Exception {
        Map<Long, String> before = LiveThreads.ginkoThreads();
        CoordinationClient client = client();
        client.subscribe(0, EventFilter.all(), e -> { });
        client.subscribeCursors(p -> { });
        client.startAgent(agentNamed("Threaded"));
        client.poll(0, Duration.ofMillis(50));
        client.startAgent(agentNamed("Waiting")).claimNext(TaskFilter.any(), Duration.ofMillis(50));
        assertThat(started(before)).as("the client's threads, while it is open").isNotEmpty();

        client.close();

        awaitTrue(THREADS_GONE, "the client's threads ended", () -> started(before).isEmpty());
    }

    /** The library's threads that were not there before the test. */
    private static Map<Long, String> started(Map<Long, String> before) {
        Map<Long, String> now = new HashMap<>(LiveThreads.ginkoThreads());
        now.keySet().removeAll(before.keySet());
        return now;
    }
}
