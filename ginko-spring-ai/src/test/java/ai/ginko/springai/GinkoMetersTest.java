package ai.ginko.springai;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Subscription;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The client's meters in the application's Micrometer registry. */
class GinkoMetersTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(GinkoAutoConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues(GinkoAutoConfigurationTest.clientProperties("org-" + UUID.randomUUID()));

    @Test
    void claimsAreCountedAsWonOrLost() {
        runner.withPropertyValues("ginko.agent.name=Implementer").run(context -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            CoordinationClient client = context.getBean(CoordinationClient.class);
            AgentSession implementer = context.getBean(AgentSession.class);
            try (AgentSession reviewer = client.startAgent(AgentRegistration.named("Reviewer"))) {
                implementer.claim("TASK-4");
                reviewer.claim("TASK-4");
            }

            assertThat(registry.get("ginko.claims").tag("outcome", "won").counter().count()).isEqualTo(1.0);
            assertThat(registry.get("ginko.claims").tag("outcome", "lost").counter().count()).isEqualTo(1.0);
        });
    }

    @Test
    void eachDeliveryAndEachPollThatFoundEventsIsTimed() {
        runner.run(context -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            CoordinationClient client = context.getBean(CoordinationClient.class);
            CountDownLatch delivered = new CountDownLatch(1);
            try (Subscription subscription = client.subscribe(client.latestSequence(), EventFilter.all(),
                    (Event event) -> delivered.countDown())) {
                client.logger().log(EventCategory.FEATURE, "Checkout API validates carts");
                assertThat(delivered.await(10, TimeUnit.SECONDS)).isTrue();
                assertThat(subscription.position()).isPositive();
            }

            assertThat(registry.get("ginko.delivery.latency").timer().count()).isEqualTo(1);
            assertThat(registry.get("ginko.poll.lag").timer().count()).isEqualTo(1);
            assertThat(registry.get("ginko.poll.failures").counter().count()).isZero();
            assertThat(registry.get("ginko.subscriber.overflows").counter().count()).isZero();
        });
    }

    @Test
    void theMetersCarryTheScope() {
        runner.run(context -> assertThat(context.getBean(MeterRegistry.class).get("ginko.poll.lag").timer().getId()
                .getTag("project")).isEqualTo("p"));
    }
}
