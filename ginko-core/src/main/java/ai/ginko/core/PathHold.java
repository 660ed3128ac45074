package ai.ginko.core;

import ai.ginko.core.internal.Checks;

/**
 * A concrete path and an active reservation whose pattern matches it (see {@link CoordinationClient#holders}).
 *
 * @param path        the path asked about
 * @param reservation who holds it, by which pattern, exclusive or shared, until when
 */
public record PathHold(String path, Reservation reservation) {

    public PathHold {
        Checks.notNull(path, "path");
        Checks.notNull(reservation, "reservation");
    }
}
