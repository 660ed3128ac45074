package ai.ginko.springai;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentSession;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.ClientMetrics;
import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Scope;
import ai.ginko.core.memory.InMemoryCoordination;
import ai.ginko.neo4j.EmbeddedNeo4j;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which beans the auto-configuration makes, under which conditions, and the agent's life with the context. */
class GinkoAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(GinkoAutoConfiguration.class,
                    GinkoHealthAutoConfiguration.class));

    private static String freshOrg() {
        return "org-" + UUID.randomUUID();
    }

    /** The properties of a client of {@code org}/p on the embedded Neo4j. */
    static String[] clientProperties(String org) {
        return new String[] {"ginko.neo4j.uri=" + EmbeddedNeo4j.boltUri(), "ginko.org=" + org,
                "ginko.project=p", "ginko.user=dana"};
    }

    @Test
    void withoutANeo4jUriNothingIsConfigured() {
        runner.withPropertyValues("ginko.agent.name=Implementer").run(context -> assertThat(context)
                .hasNotFailed()
                .doesNotHaveBean(CoordinationClient.class)
                .doesNotHaveBean(AgentSession.class)
                .doesNotHaveBean(NewsSource.class)
                .doesNotHaveBean(GinkoNewsAdvisor.class)
                .doesNotHaveBean(GinkoToolCallbacks.class)
                .doesNotHaveBean(GinkoChatClientCustomizer.class)
                .doesNotHaveBean(GinkoHealthIndicator.class));
    }

    @Test
    void aUriGivesAClientOfTheScopeButNoAgentWithoutAName() {
        String org = freshOrg();
        runner.withPropertyValues(clientProperties(org)).run(context -> {
            assertThat(context).hasSingleBean(CoordinationClient.class).doesNotHaveBean(AgentSession.class)
                    .doesNotHaveBean(GinkoNewsAdvisor.class);
            CoordinationClient client = context.getBean(CoordinationClient.class);
            assertThat(client.scope()).isEqualTo(Scope.of(org, "p"));
            assertThat(client.settings().userId()).isEqualTo("dana");
        });
    }

    @Test
    void theAgentIsOnlineWhileTheContextRunsAndOfflineOnceItCloses() {
        String org = freshOrg();
        AtomicReference<String> agentId = new AtomicReference<>();
        try (CoordinationClient observer = EmbeddedNeo4j.clientBuilder().scope(org, "p").userId("observer")
                .build()) {
            runner.withPropertyValues(clientProperties(org))
                    .withPropertyValues("ginko.agent.name=Spring-Implementer", "ginko.agent.capabilities=java,review")
                    .run(context -> {
                        agentId.set(context.getBean(AgentSession.class).agentId());
                        AgentInfo agent = observer.agent(agentId.get()).orElseThrow();
                        assertThat(agent.name()).isEqualTo("Spring-Implementer");
                        assertThat(agent.capabilities()).containsExactly("java", "review");
                        assertThat(agent.status()).isEqualTo(AgentStatus.IDLE);
                    });

            assertThat(observer.agent(agentId.get()).orElseThrow().status()).isEqualTo(AgentStatus.OFFLINE);
        }
    }

    @Test
    void anAgentGetsItsToolsNewsSourceAdvisorAndChatClientCustomizer() {
        runner.withPropertyValues(clientProperties(freshOrg())).withPropertyValues("ginko.agent.name=Implementer")
                .run(context -> assertThat(context).hasSingleBean(NewsSource.class)
                        .hasSingleBean(GinkoNewsAdvisor.class).hasSingleBean(GinkoToolCallbacks.class)
                        .hasSingleBean(GinkoChatClientCustomizer.class));
    }

    @Test
    void aMissingOrganizationFailsTheStartNamingTheProperty() {
        runner.withPropertyValues("ginko.neo4j.uri=" + EmbeddedNeo4j.boltUri(), "ginko.project=p", "ginko.user=u")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("ginko.org must be set (the organization)"));
    }

    @Test
    void aUserWithoutAPasswordFailsTheStartNamingThePassword() {
        runner.withPropertyValues(clientProperties(freshOrg())).withPropertyValues("ginko.neo4j.user=neo4j")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessage("ginko.neo4j.password must be set (the password of ginko.neo4j.user)"));
    }

    @Test
    void theApplicationsOwnClientIsUsedAndGetsTheAgent() {
        InMemoryCoordination memory = new InMemoryCoordination();
        runner.withBean(CoordinationClient.class, () -> memory.client(ClientSettings.builder(Map.of())
                        .scope("acme", "own").userId("dana").build()))
                .withPropertyValues("ginko.agent.name=Implementer")
                .run(context -> {
                    CoordinationClient client = context.getBean(CoordinationClient.class);
                    assertThat(client.scope()).isEqualTo(Scope.of("acme", "own"));
                    String agentId = context.getBean(AgentSession.class).agentId();
                    assertThat(client.agent(agentId)).map(AgentInfo::status).contains(AgentStatus.IDLE);
                });
    }

    @Test
    void theApplicationsOwnNewsSourceReplacesTheAgentsNews() {
        NewsSource own = () -> java.util.Optional.of("own news");
        runner.withPropertyValues(clientProperties(freshOrg())).withPropertyValues("ginko.agent.name=Implementer")
                .withBean(NewsSource.class, () -> own)
                .run(context -> assertThat(context).getBean(NewsSource.class).isSameAs(own));
    }

    @Test
    void theHealthIsUpWithTheAgentOnlineAndDownOnceItIsDeregistered() {
        runner.withPropertyValues(clientProperties(freshOrg())).withPropertyValues("ginko.agent.name=Implementer")
                .run(context -> {
                    HealthIndicator health = context.getBean("ginkoHealthIndicator", HealthIndicator.class);
                    AgentSession agent = context.getBean(AgentSession.class);
                    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                    assertThat(health.health().getDetails()).containsEntry("agentId", agent.agentId())
                            .containsEntry("agentStatus", "idle").containsKey("latestSequence");

                    context.getBean(CoordinationClient.class).deregisterAgent(agent.agentId());

                    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
                });
    }

    @Test
    void withoutActuatorThereIsNoHealthIndicator() {
        runner.withPropertyValues(clientProperties(freshOrg()))
                .withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(context -> assertThat(context).hasSingleBean(CoordinationClient.class)
                        .doesNotHaveBean(GinkoHealthIndicator.class));
    }

    @Test
    void withoutAMeterRegistryTheClientMeasuresNothing() {
        runner.withPropertyValues(clientProperties(freshOrg())).run(context -> {
            assertThat(context).doesNotHaveBean(ClientMetrics.class);
            assertThat(context.getBean(CoordinationClient.class).settings().metrics()).isSameAs(ClientMetrics.NONE);
        });
    }

    @Test
    void withoutMicrometerThereAreNoMeters() {
        runner.withPropertyValues(clientProperties(freshOrg()))
                .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(context -> assertThat(context).hasSingleBean(CoordinationClient.class)
                        .doesNotHaveBean(ClientMetrics.class));
    }

    @Test
    void theCapabilitiesDefaultToNone() {
        runner.withPropertyValues(clientProperties(freshOrg())).withPropertyValues("ginko.agent.name=Implementer")
                .run(context -> assertThat(context.getBean(GinkoProperties.class).agent().capabilities())
                        .isEqualTo(List.of()));
    }
}
