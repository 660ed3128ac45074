package ai.ginko.core.spi;

import ai.ginko.core.internal.Checks;
import java.util.Optional;

/**
 * A cursor position to write; the store adds the time.
 *
 * @param ownerId      agent id, or user id for a human
 * @param currentTask  the task being worked on, if any
 * @param lastSequence highest sequence logged or seen
 * @param lastAction   what the owner did last
 * @param handoffNote  present when the position is written by a handoff
 */
public record CursorDraft(
        String ownerId, Optional<String> currentTask, long lastSequence, String lastAction,
        Optional<String> handoffNote) {

    public CursorDraft {
        Checks.id(ownerId, "ownerId");
        Checks.optionalId(currentTask, "currentTask");
        Checks.nonNegative(lastSequence, "lastSequence");
        Checks.text(lastAction, "lastAction", Checks.MAX_TEXT_BYTES);
        Checks.optionalText(handoffNote, "handoffNote", Checks.MAX_DESCRIPTION_BYTES);
    }
}
