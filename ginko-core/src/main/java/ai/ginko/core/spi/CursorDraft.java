package ai.ginko.core.spi;

import ai.ginko.core.CursorPosition;
import ai.ginko.core.Event;
import ai.ginko.core.internal.Checks;
import java.util.Optional;

/**
 * A cursor position to write; the store adds the time.
 *
 * <p>Written on its own ({@link CoordinationStore#writeCursor}), it is stored as it is. Written with an event in
 * that event's transaction (an append, a claim, a completion, a release), the stored position is
 * {@link #withEvent}: its last sequence is the highest of the draft's, the event's and the one already stored (so
 * that concurrent actions never move it back), and its time is the event's.
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

    /** A position written by an action, not a handoff. */
    public static CursorDraft of(String ownerId, Optional<String> currentTask, long lastSequence, String lastAction) {
        return new CursorDraft(ownerId, currentTask, lastSequence, lastAction, Optional.empty());
    }

    /**
     * The position as stored when written in the transaction of {@code event} over {@code stored}, the owner's
     * position before; every store computes it so.
     */
    public CursorPosition withEvent(Event event, Optional<CursorPosition> stored) {
        long sequence = Math.max(Math.max(lastSequence, event.sequence()),
                stored.map(CursorPosition::lastSequence).orElse(0L));
        return new CursorPosition(ownerId, currentTask, sequence, lastAction, event.timestamp(), Optional.empty());
    }

    void requireNoNote() {
        if (handoffNote.isPresent()) {
            throw new IllegalArgumentException("cursor must not carry a handoff note when written with an event");
        }
    }
}
