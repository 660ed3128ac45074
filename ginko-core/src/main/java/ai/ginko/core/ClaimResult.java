package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.util.Optional;

/**
 * The answer to a claim: whether the caller holds the task now, and the claim as it stands after the attempt (so
 * that a loser learns who won).
 *
 * @param outcome        how the attempt ended
 * @param claim          the task's claim after the attempt
 * @param previousHolder for {@link ClaimOutcome#TAKEN_OVER}, the offline agent the claim was taken from
 */
public record ClaimResult(ClaimOutcome outcome, TaskClaim claim, Optional<String> previousHolder) {

    public ClaimResult {
        Checks.notNull(outcome, "outcome");
        Checks.notNull(claim, "claim");
        Checks.optionalId(previousHolder, "previousHolder");
        if (previousHolder.isPresent() != (outcome == ClaimOutcome.TAKEN_OVER)) {
            throw new IllegalArgumentException("previousHolder must be present exactly when outcome is TAKEN_OVER");
        }
    }

    /** Whether the caller holds the task now. */
    public boolean acquired() {
        return outcome.acquired();
    }

    /** The agent holding the task now (or that completed it). */
    public String holder() {
        return claim.agentId();
    }
}
