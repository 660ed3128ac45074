package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.util.List;

/**
 * The answer to {@link PathReservations#reserve}: granted whole (the new reservations, one per requested pattern,
 * in request order) or refused whole (every conflict, nothing written).
 *
 * @param reservations the granted reservations; empty when refused
 * @param conflicts    every conflict of a requested pattern with another agent's active reservation; empty when
 *                     granted
 */
public record ReservationResult(List<Reservation> reservations, List<ReservationConflict> conflicts) {

    public ReservationResult {
        reservations = List.copyOf(Checks.notNull(reservations, "reservations"));
        conflicts = List.copyOf(Checks.notNull(conflicts, "conflicts"));
        if (reservations.isEmpty() == conflicts.isEmpty()) {
            throw new IllegalArgumentException("reservations and conflicts: exactly one must be empty, had "
                    + reservations.size() + " and " + conflicts.size());
        }
    }

    public static ReservationResult granted(List<Reservation> reservations) {
        return new ReservationResult(reservations, List.of());
    }

    public static ReservationResult refused(List<ReservationConflict> conflicts) {
        return new ReservationResult(List.of(), conflicts);
    }

    public boolean granted() {
        return conflicts.isEmpty();
    }
}
