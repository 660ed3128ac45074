package ai.ginko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClaimResultTest {

    private static final TaskClaim CLAIM =
            new TaskClaim("TASK-1", "agent_a", TaskState.CLAIMED, Instant.EPOCH, Instant.EPOCH);

    @Test
    void holderIsTheClaimsAgent() {
        assertThat(new ClaimResult(ClaimOutcome.HELD_BY_OTHER, CLAIM, Optional.empty()).holder()).isEqualTo("agent_a");
    }

    @Test
    void acquiredFollowsTheOutcome() {
        assertThat(new ClaimResult(ClaimOutcome.CLAIMED, CLAIM, Optional.empty()).acquired()).isTrue();
        assertThat(new ClaimResult(ClaimOutcome.COMPLETED, CLAIM, Optional.empty()).acquired()).isFalse();
    }

    @Test
    void aTakeOverNamesThePreviousHolder() {
        ClaimResult result = new ClaimResult(ClaimOutcome.TAKEN_OVER, CLAIM, Optional.of("agent_gone"));

        assertThat(result.previousHolder()).contains("agent_gone");
    }

    @Test
    void aTakeOverWithoutPreviousHolderIsRejected() {
        assertThatThrownBy(() -> new ClaimResult(ClaimOutcome.TAKEN_OVER, CLAIM, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("previousHolder");
    }

    @ParameterizedTest
    @EnumSource(names = "TAKEN_OVER", mode = EnumSource.Mode.EXCLUDE)
    void onlyATakeOverHasAPreviousHolder(ClaimOutcome outcome) {
        assertThatThrownBy(() -> new ClaimResult(outcome, CLAIM, Optional.of("agent_gone")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("previousHolder");
    }
}
