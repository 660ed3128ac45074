package ai.ginko.springai;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.ClientMetrics;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Scope;
import ai.ginko.neo4j.Neo4jCoordination;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Ginko for a Spring Boot application, from the {@code ginko.*} properties ({@link GinkoProperties}):
 *
 * <ul>
 *   <li>with {@code ginko.neo4j.uri}: a {@link CoordinationClient} for {@code ginko.org}/{@code ginko.project} as
 *       {@code ginko.user}, closed with the context;</li>
 *   <li>with {@code ginko.agent.name} too: an {@link AgentSession}, registered (online) when the context starts and
 *       marked offline when it closes; its tools ({@link GinkoToolCallbacks}), its {@link NewsSource}, the
 *       {@link GinkoNewsAdvisor} and the {@link GinkoChatClientCustomizer} that adds the tools and the advisor to
 *       every {@code ChatClient.Builder};</li>
 *   <li>with a Micrometer {@link MeterRegistry}: the client's meters ({@link MicrometerClientMetrics}); with
 *       Actuator's health API, {@link GinkoHealthAutoConfiguration} adds the {@code ginko} health indicator.</li>
 * </ul>
 *
 * <p>Every bean backs off when the application defines one of the same type: an application that builds its own
 * client (another store, its own driver) still gets the agent, the advisor, health and meters on it.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@EnableConfigurationProperties(GinkoProperties.class)
public class GinkoAutoConfiguration {

    /** Created by Spring Boot, from the auto-configuration imports. */
    public GinkoAutoConfiguration() {
    }

    /** The client, built from the properties; the context closes it after the beans that use it. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "ginko.neo4j", name = "uri")
    public CoordinationClient ginkoCoordinationClient(GinkoProperties properties,
            ObjectProvider<ClientMetrics> metrics) {
        GinkoProperties.Neo4j neo4j = properties.neo4j();
        Neo4jCoordination.Builder builder = Neo4jCoordination.builder()
                .uri(required(neo4j.uri(), "ginko.neo4j.uri", "the Neo4j URI"))
                .scope(required(properties.org(), "ginko.org", "the organization"),
                        required(properties.project(), "ginko.project", "the project"))
                .userId(required(properties.user(), "ginko.user", "the user on whose behalf the agent logs"))
                .metrics(metrics.getIfAvailable(() -> ClientMetrics.NONE));
        String user = neo4j.user();
        if (user != null) {
            builder.basicAuth(user, required(neo4j.password(), "ginko.neo4j.password",
                    "the password of ginko.neo4j.user"));
        }
        Optional.ofNullable(neo4j.database()).ifPresent(builder::database);
        return builder.build();
    }

    /** The agent, online from the context's start (its heartbeats run until the context closes). */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnBean(CoordinationClient.class)
    @ConditionalOnProperty(prefix = "ginko.agent", name = "name")
    public AgentSession ginkoAgentSession(CoordinationClient client, GinkoProperties properties) {
        String name = required(properties.agent().name(), "ginko.agent.name", "the agent's name");
        return client.startAgent(AgentRegistration.named(name).withCapabilities(properties.agent().capabilities()));
    }

    /** The agent's news, shared with its hooks and MCP server: each item once across them all. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(AgentSession.class)
    public NewsSource ginkoNewsSource(AgentSession agent) {
        return NewsSource.of(agent);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(NewsSource.class)
    public GinkoNewsAdvisor ginkoNewsAdvisor(NewsSource news) {
        return new GinkoNewsAdvisor(news);
    }

    /** The agent's coordination tools, as Spring AI tool callbacks. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(AgentSession.class)
    public GinkoToolCallbacks ginkoToolCallbacks(CoordinationClient client, AgentSession agent) {
        return new GinkoToolCallbacks(client, agent);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({GinkoToolCallbacks.class, GinkoNewsAdvisor.class})
    public GinkoChatClientCustomizer ginkoChatClientCustomizer(GinkoToolCallbacks tools, GinkoNewsAdvisor advisor) {
        return new GinkoChatClientCustomizer(tools, advisor);
    }

    private static String required(@Nullable String value, String property, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(property + " must be set (" + what + ")");
        }
        return value;
    }

    /**
     * The client's meters, when the application has a Micrometer registry. A member class: Spring registers it
     * before the outer class's beans, so the client finds it.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class Metrics {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(MeterRegistry.class)
        @ConditionalOnProperty(prefix = "ginko.neo4j", name = "uri")
        ClientMetrics ginkoClientMetrics(MeterRegistry registry, GinkoProperties properties) {
            return new MicrometerClientMetrics(registry, new Scope(
                    required(properties.org(), "ginko.org", "the organization"),
                    required(properties.project(), "ginko.project", "the project")));
        }
    }
}
