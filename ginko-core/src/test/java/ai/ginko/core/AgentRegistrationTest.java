package ai.ginko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AgentRegistrationTest {

    @Test
    void namedGivesAFreshIdOfTwelveHexDigits() {
        AgentRegistration first = AgentRegistration.named("Claude-Implementer");
        AgentRegistration second = AgentRegistration.named("Claude-Implementer");

        assertThat(first.agentId()).matches("agent_[0-9a-f]{12}");
        assertThat(first.agentId()).isNotEqualTo(second.agentId());
        assertThat(first.name()).isEqualTo("Claude-Implementer");
        assertThat(first.capabilities()).isEmpty();
    }

    @Test
    void withIdAndWithCapabilitiesKeepTheOtherFields() {
        AgentRegistration registration = AgentRegistration.named("Reviewer")
                .withCapabilities(List.of("java")).withId("agent_reviewer");

        assertThat(registration).isEqualTo(new AgentRegistration("agent_reviewer", "Reviewer", List.of("java")));
    }

    @Test
    void capabilitiesAreAnImmutableCopy() {
        List<String> capabilities = new ArrayList<>(List.of("java"));
        AgentRegistration registration = AgentRegistration.named("Coder").withCapabilities(capabilities);

        capabilities.add("go");

        assertThat(registration.capabilities()).containsExactly("java");
        assertThatThrownBy(() -> registration.capabilities().add("go"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void atMost100Capabilities() {
        List<String> many = IntStream.range(0, 101).mapToObj(i -> "skill-" + i).toList();

        assertThatThrownBy(() -> AgentRegistration.named("Polymath").withCapabilities(many))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("capabilities");
    }

    @Test
    void nameMayHave4KiB() {
        assertThat(AgentRegistration.named("n".repeat(4 * 1024)).name()).hasSize(4 * 1024);
    }
}
