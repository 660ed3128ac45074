package ai.ginko.core;

/** How an attempt to claim a task ended. */
public enum ClaimOutcome {
    /** The task was free; the caller holds it now. */
    CLAIMED,
    /** The caller already held it; nothing changed. */
    ALREADY_HELD,
    /** The holder was offline; the caller took the claim over (and a {@link EventCategory#TASK} event says so). */
    TAKEN_OVER,
    /** Another live agent holds it; {@link ClaimResult#claim()} says who. */
    HELD_BY_OTHER,
    /** The task was completed; it cannot be claimed again. */
    COMPLETED;

    public boolean acquired() {
        return this == CLAIMED || this == ALREADY_HELD || this == TAKEN_OVER;
    }
}
