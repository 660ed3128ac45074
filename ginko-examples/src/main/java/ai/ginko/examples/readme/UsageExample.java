package ai.ginko.examples.readme;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Subscription;
import ai.ginko.neo4j.Neo4jCoordination;
import java.util.List;

/**
 * The example of the README's "Usage" section, compiled with the rest of the code. The README shows the lines
 * between the {@code tag::usage[]} and {@code end::usage[]} markers verbatim; {@code ReadmeUsageExampleTest} fails
 * when the two differ.
 */
public final class UsageExample {

    private UsageExample() {
    }

    /** An agent that claims a task, logs its work and completes it, while it hears of blockers of TASK-6. */
    @SuppressWarnings("try") // the subscription works by being open; the try is there to close it
    public static void run(String password) {
        // tag::usage[]
        try (CoordinationClient client = Neo4jCoordination.builder()
                .uri("neo4j://localhost:7687").basicAuth("neo4j", password)
                .scope("acme", "checkout").userId("alice@acme.io")
                .build();
             AgentSession agent = client.startAgent(AgentRegistration.named("Claude-Implementer"));
             Subscription blockers = client.subscribe(client.latestSequence(),
                     EventFilter.blockersAffecting(List.of("TASK-6")), e -> System.out.println("Blocked: " + e.description()))) {
            if (agent.claim("TASK-4").acquired()) {
                agent.logger().log(EventCategory.FEATURE, "Checkout API validates carts");
                agent.complete("TASK-4");
            }
        }
        // end::usage[]
    }
}
