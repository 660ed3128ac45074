package ai.ginko.examples.demo;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.Blocker;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.NewEvent;
import ai.ginko.core.Severity;
import ai.ginko.core.Subscription;
import ai.ginko.examples.EmbeddedDatabase;
import ai.ginko.neo4j.Neo4jCoordination;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Two agents, each with its own client and driver as if in separate processes: agent A works and logs, agent B
 * subscribes and prints each event with how long after logging it arrived. Uses the server named by
 * {@code GINKO_NEO4J_URI} (with {@code GINKO_NEO4J_USER}/{@code GINKO_NEO4J_PASSWORD}), or starts an embedded
 * Neo4j when it is not set. Exits 0 when B saw every event A logged, 1 otherwise.
 */
public final class TwoAgentDemo {

    private static final String SENT_AT = "demo_sent_at_ns";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final PrintStream out;
    private final Neo4jCoordination.Builder connection;

    private TwoAgentDemo(PrintStream out, Neo4jCoordination.Builder connection) {
        this.out = out;
        this.connection = connection;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        boolean embedded = env.getOrDefault(Neo4jCoordination.URI_ENV, "").isBlank();
        EmbeddedDatabase database = embedded ? EmbeddedDatabase.start() : null;
        boolean allSeen;
        try {
            Neo4jCoordination.Builder connection = database != null
                    ? Neo4jCoordination.builder().uri(database.boltUri().toString())
                    : Neo4jCoordination.builder().fromEnvironment(env);
            System.out.println(database != null
                    ? "Started an embedded Neo4j at " + database.boltUri()
                    : "Using Neo4j at " + env.get(Neo4jCoordination.URI_ENV));
            allSeen = new TwoAgentDemo(System.out, connection).run("demo-" + UUID.randomUUID());
        } finally {
            if (database != null) {
                database.close();
            }
        }
        // Neo4j leaves non-daemon threads behind; the demo's result is its exit code.
        System.exit(allSeen ? 0 : 1);
    }

    @SuppressWarnings("try") // the subscription works by being open; the try is there to close it
    private boolean run(String organization) throws InterruptedException {
        List<NewEvent.Builder> work = plannedWork();
        CountDownLatch seen = new CountDownLatch(work.size() + 1);
        try (CoordinationClient clientA = client(organization, "alice");
                CoordinationClient clientB = client(organization, "bob");
                AgentSession agentA = clientA.startAgent(AgentRegistration.named("Claude-Implementer"));
                AgentSession agentB = clientB.startAgent(AgentRegistration.named("GPT-Reviewer"));
                Subscription feed = clientB.subscribe(clientB.latestSequence(),
                        EventFilter.agents(List.of(agentA.agentId())), event -> {
                            print(agentB.agentId(), event);
                            seen.countDown();
                        })) {
            out.printf("Agent A is %s, agent B is %s; scope %s%n%n", agentA.agentId(), agentB.agentId(),
                    clientA.scope());
            agentA.claim("TASK-4");
            for (NewEvent.Builder event : work) {
                agentA.logger().log(stamped(event));
            }
            boolean complete = seen.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            printSummary(clientB, agentB);
            out.println(complete ? "\nB saw all of A's events." : "\nB did not see all of A's events in " + WAIT);
            return complete;
        }
    }

    private CoordinationClient client(String organization, String user) {
        return connection.scope(organization, "demo").userId(user).build();
    }

    private static List<NewEvent.Builder> plannedWork() {
        return List.of(
                NewEvent.builder(EventCategory.DECISION, "Use a per-project counter for event order"),
                NewEvent.builder(EventCategory.FEATURE, "Event log with gap-free sequences").taskId("TASK-4"),
                NewEvent.builder(EventCategory.BLOCKER, "Waiting for the API quota to reset")
                        .blocker(Blocker.of("API rate limit", Severity.HIGH, List.of("TASK-6", "TASK-8"))),
                NewEvent.builder(EventCategory.INSIGHT, "Polling at 100 ms keeps latency low"));
    }

    /**
     * The send time, taken just before logging, rides along in the metadata; A and B share this JVM's clock, so
     * the difference is exact.
     */
    private static NewEvent stamped(NewEvent.Builder builder) {
        return builder.metadata(SENT_AT, System.nanoTime()).build();
    }

    private void print(String reader, Event event) {
        String latency = event.metadata().get(SENT_AT) instanceof Long sentAt
                ? String.format("%.1f ms after logging", (System.nanoTime() - sentAt) / 1e6)
                : "(logged by the claim)";
        out.printf("  %s saw #%d %-9s %-45s %s%n", reader, event.sequence(),
                event.category().wireName(), event.description(), latency);
    }

    private void printSummary(CoordinationClient client, AgentSession reader) {
        out.println();
        out.println("What " + reader.agentId() + " knows now:");
        client.agents().forEach(a -> out.printf("  agent %s (%s) is %s%s%n", a.id(), a.name(),
                a.status().wireName(), a.currentTask().map(t -> " on " + t).orElse("")));
        client.activeBlockers().forEach(b -> out.printf("  blocker: %s blocked by %s (%s), affects %s%n",
                b.description(), b.blocker().orElseThrow().blockedBy(),
                b.blocker().orElseThrow().severity().wireName(), b.blocker().orElseThrow().blockingTasks()));
    }
}
