package ai.ginko.examples.cli;

import ai.ginko.core.PathHold;
import ai.ginko.core.Reservation;
import ai.ginko.core.ReservationConflict;

/** How the command line words reservations, conflicts and holds, one line each. */
final class ReservationText {

    private ReservationText() {
    }

    /** {@code src/api/** (exclusive) by agent_x (Name) until 2026-…Z, id …}. */
    static String reservation(Reservation r) {
        return r.pattern() + " (" + r.mode() + ") by " + holder(r) + " until " + r.expiresAt() + ", id " + r.id()
                + r.reason().map(reason -> ": " + reason).orElse("");
    }

    static String conflict(ReservationConflict conflict) {
        Reservation held = conflict.held();
        return conflict.requested() + " conflicts with " + held.pattern() + ", held " + held.mode() + " by "
                + holder(held) + " until " + held.expiresAt();
    }

    static String hold(PathHold hold) {
        Reservation held = hold.reservation();
        return hold.path() + " is reserved by " + holder(held) + " with " + held.pattern() + " (" + held.mode()
                + ") until " + held.expiresAt();
    }

    private static String holder(Reservation r) {
        return r.agentId() + " (" + r.agentName() + ")";
    }
}
