package ai.ginko.neo4j.faults;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.CoordinationUnavailableException;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Subscription;
import ai.ginko.neo4j.EmbeddedNeo4j;
import ai.ginko.neo4j.Neo4jCoordination;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;

/**
 * Neo4j is stopped and started again on the same storage (the harness keeps its data directory outside its own
 * throw-away home when told to), behind a proxy so that clients keep their address. The clients are not recreated.
 */
@Timeout(180)
class Neo4jRestartTest {

    @TempDir
    Path storage;

    private Neo4j start() throws Exception {
        Files.createDirectories(storage.resolve("data"));
        return EmbeddedNeo4j.inProcessBuilder(storage.resolve("home"))
                .withConfig(GraphDatabaseSettings.data_directory, storage.resolve("data").toAbsolutePath())
                .build();
    }

    @Test
    void clientsRecoverAfterARestartWithoutBeingRecreated() throws Exception {
        String org = "org-" + UUID.randomUUID();
        Neo4j neo4j = start();
        try (TcpProxy proxy = new TcpProxy(neo4j.boltURI());
                CoordinationClient writer = client(proxy, org, "writer");
                CoordinationClient reader = client(proxy, org, "reader")) {
            List<Long> seen = new CopyOnWriteArrayList<>();
            try (Subscription subscription = reader.subscribe(0, EventFilter.all(), e -> seen.add(e.sequence()))) {
                log(writer, 10);
                awaitSize(seen, 10);

                neo4j.close();
                neo4j = start();
                proxy.retarget(neo4j.boltURI());
                logThroughRecovery(writer, 10);
                awaitSize(seen, 20);

                assertThat(seen).containsExactlyElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
                assertThat(reader.eventsSince(0, 100)).hasSize(20);
            }
        } finally {
            neo4j.close();
        }
    }

    private static CoordinationClient client(TcpProxy proxy, String org, String user) {
        return Neo4jCoordination.builder().uri(proxy.boltUri()).scope(org, "p").userId(user)
                .pollInterval(Duration.ofMillis(50)).build();
    }

    private static void log(CoordinationClient writer, int count) {
        for (int i = 0; i < count; i++) {
            writer.logger().log(EventCategory.INSIGHT, "event " + i);
        }
    }

    /** The first writes after the restart may fail while the driver notices its connections are gone. */
    private static void logThroughRecovery(CoordinationClient writer, int count) throws InterruptedException {
        int written = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (written < count && System.nanoTime() < deadline) {
            try {
                writer.logger().log(EventCategory.INSIGHT, "after restart " + written);
                written++;
            } catch (CoordinationUnavailableException e) {
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
        assertThat(written).isEqualTo(count);
    }

    private static void awaitSize(List<Long> seen, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (seen.size() < size && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }
}
