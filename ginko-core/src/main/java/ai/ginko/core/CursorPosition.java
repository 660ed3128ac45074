package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * Where an agent (or a human user) stands in its session, as last written to the shared graph.
 *
 * @param ownerId      the agent id, or for a human the user id
 * @param currentTask  the task being worked on, if any
 * @param lastSequence the highest event sequence the owner has logged or marked as seen
 * @param lastAction   what it did last, e.g. {@code logged feature}, {@code claimed TASK-4}, {@code handoff}
 * @param updatedAt    when this was written, by the database's clock
 * @param handoffNote  the note of the last handoff, if the session was handed off
 */
public record CursorPosition(
        String ownerId,
        Optional<String> currentTask,
        long lastSequence,
        String lastAction,
        Instant updatedAt,
        Optional<String> handoffNote) {

    public CursorPosition {
        Checks.id(ownerId, "ownerId");
        Checks.optionalId(currentTask, "currentTask");
        Checks.nonNegative(lastSequence, "lastSequence");
        Checks.text(lastAction, "lastAction", Checks.MAX_TEXT_BYTES);
        Checks.notNull(updatedAt, "updatedAt");
        Checks.optionalText(handoffNote, "handoffNote", Checks.MAX_DESCRIPTION_BYTES);
    }
}
