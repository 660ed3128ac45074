package ai.ginko.core;

import ai.ginko.core.internal.Checks;

/**
 * A task that {@link AgentSession#claimNext} claimed for the caller.
 *
 * @param definition the task, as defined when it was chosen
 * @param claim      the claim: {@link ClaimOutcome#CLAIMED}, or {@link ClaimOutcome#TAKEN_OVER} from an agent that
 *                   went offline
 */
public record ClaimedTask(TaskDefinition definition, ClaimResult claim) {

    public ClaimedTask {
        Checks.notNull(definition, "definition");
        Checks.notNull(claim, "claim");
        if (!claim.acquired()) {
            throw new IllegalArgumentException("claim must be acquired, was " + claim.outcome());
        }
    }

    public String id() {
        return definition.id();
    }
}
