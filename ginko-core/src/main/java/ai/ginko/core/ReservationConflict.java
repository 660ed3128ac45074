package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import ai.ginko.core.paths.PathPattern;

/**
 * Why a request was refused: one of its patterns and another agent's active reservation that a common path
 * matches, at least one of the two exclusive.
 *
 * @param requested the requested pattern
 * @param held      the reservation it conflicts with (its holder's id and name, pattern, mode and expiry)
 */
public record ReservationConflict(PathPattern requested, Reservation held) {

    public ReservationConflict {
        Checks.notNull(requested, "requested");
        Checks.notNull(held, "held");
    }
}
