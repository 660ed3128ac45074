package ai.ginko.springai;

import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code ginko} health indicator ({@link GinkoHealthIndicator}), when the application has Actuator's health API
 * and a {@link CoordinationClient}. After {@link GinkoAutoConfiguration}, whose client it checks: a condition on a
 * bean sees only the beans registered before it.
 */
@AutoConfiguration(after = GinkoAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
public class GinkoHealthAutoConfiguration {

    /** Created by Spring Boot, from the auto-configuration imports. */
    public GinkoHealthAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean(name = "ginkoHealthIndicator")
    @ConditionalOnBean(CoordinationClient.class)
    public GinkoHealthIndicator ginkoHealthIndicator(CoordinationClient client, ObjectProvider<AgentSession> agent) {
        return new GinkoHealthIndicator(client, Optional.ofNullable(agent.getIfAvailable()));
    }
}
