package ai.ginko.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClaimOutcomeTest {

    @ParameterizedTest
    @EnumSource(names = {"CLAIMED", "ALREADY_HELD", "TAKEN_OVER"})
    void theCallerHoldsTheTaskAfter(ClaimOutcome outcome) {
        assertThat(outcome.acquired()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"HELD_BY_OTHER", "COMPLETED"})
    void theCallerDoesNotHoldTheTaskAfter(ClaimOutcome outcome) {
        assertThat(outcome.acquired()).isFalse();
    }
}
