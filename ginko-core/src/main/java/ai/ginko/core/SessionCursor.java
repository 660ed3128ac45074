package ai.ginko.core;

/**
 * The owner's position in its session, shared with the other agents of the scope.
 *
 * <p>In real-time mode (the default) the position is written to the shared store on every significant action —
 * each logged event, each task claim, completion or release, each {@link #markSeen(long)} — before the action's
 * method returns. With real-time mode off (for low-bandwidth use: {@link ClientSettings.Builder#realtimeCursor},
 * or {@code GINKO_REALTIME_CURSOR=false}) it is tracked locally and written only by {@link #handoff(String)}.
 * Handoff behaves the same in both modes.
 *
 * <p>Thread-safe.
 */
public interface SessionCursor {

    /** The position as this process knows it (written or not). */
    CursorPosition current();

    /** Records that the owner has read the events up to {@code sequence}; never moves backwards. */
    CursorPosition markSeen(long sequence);

    /**
     * Ends the session: writes the position with this note so that the next session (or another agent) can pick
     * up where this one stopped. Always written, whatever the real-time setting.
     */
    CursorPosition handoff(String note);

    /** Whether every significant action writes the position at once. */
    boolean realtime();
}
