package ai.ginko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The wire names of the enums and parsing them back. */
class EnumParseTest {

    @ParameterizedTest
    @EnumSource(EventCategory.class)
    void categoriesParseFromTheirWireNameIgnoringCaseAndSpace(EventCategory category) {
        assertThat(EventCategory.parse(" " + category.wireName().toUpperCase(Locale.ROOT) + " ")).isEqualTo(category);
        assertThat(category.wireName()).isEqualTo(category.name().toLowerCase(Locale.ROOT));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "bug", "blocker-resolved"})
    void anUnknownCategoryIsRejectedListingTheValidOnes(String value) {
        assertThatThrownBy(() -> EventCategory.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("category")
                .hasMessageContaining(
                        "fix, feature, decision, insight, git, achievement, blocker, blocker_resolved, task, message, reservation")
                .hasMessageEndingWith("was " + value);
    }

    @ParameterizedTest
    @EnumSource(Severity.class)
    void severitiesParseFromTheirWireNameIgnoringCase(Severity severity) {
        assertThat(Severity.parse(severity.wireName().toUpperCase(Locale.ROOT))).isEqualTo(severity);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "urgent"})
    void anUnknownSeverityIsRejectedListingTheValidOnes(String value) {
        assertThatThrownBy(() -> Severity.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("severity")
                .hasMessageContaining("low, medium, high, critical")
                .hasMessageEndingWith("was " + value);
    }

    @Test
    void severitiesAreOrderedFromLeastToMostSevere() {
        assertThat(Severity.values()).containsExactly(Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL);
    }

    @ParameterizedTest
    @EnumSource(AgentStatus.class)
    void statusesParseFromTheirWireNameIgnoringCase(AgentStatus status) {
        assertThat(AgentStatus.parse(" " + status.wireName().toUpperCase(Locale.ROOT))).isEqualTo(status);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "asleep"})
    void anUnknownStatusIsRejectedListingTheValidOnes(String value) {
        assertThatThrownBy(() -> AgentStatus.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("status")
                .hasMessageContaining("idle, busy, offline");
    }
}
