package ai.ginko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScopeTest {

    @Test
    void ofIsTheConstructor() {
        assertThat(Scope.of("acme", "web")).isEqualTo(new Scope("acme", "web"));
    }

    @Test
    void toStringIsOrganizationSlashProject() {
        assertThat(Scope.of("acme", "web")).hasToString("acme/web");
    }

    @Test
    void theSameProjectInAnotherOrganizationIsAnotherScope() {
        assertThat(Scope.of("acme", "web")).isNotEqualTo(Scope.of("globex", "web"));
    }

    @Test
    void idsOf256CharactersAndUnicodeAreAccepted() {
        Scope scope = Scope.of("o".repeat(256), "Grüße-世界");

        assertThat(scope.organizationId()).hasSize(256);
        assertThat(scope.projectId()).isEqualTo("Grüße-世界");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t"})
    void organizationIdMustNotBeBlank(String organizationId) {
        assertThatThrownBy(() -> Scope.of(organizationId, "web"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("organizationId");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void projectIdMustNotBeBlank(String projectId) {
        assertThatThrownBy(() -> Scope.of("acme", projectId))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("projectId");
    }

    @Test
    void idsOver256CharactersAreRejected() {
        assertThatThrownBy(() -> Scope.of("o".repeat(257), "web"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("organizationId")
                .hasMessageContaining("256");
        assertThatThrownBy(() -> Scope.of("acme", "p".repeat(257)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("projectId");
    }

    @Test
    void controlCharactersAreRejected() {
        assertThatThrownBy(() -> Scope.of("acme\u0000", "web"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("organizationId")
                .hasMessageContaining("control");
    }
}
