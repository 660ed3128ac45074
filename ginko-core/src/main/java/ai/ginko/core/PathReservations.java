package ai.ginko.core;

import java.time.Duration;
import java.util.List;

/**
 * An agent's reservations of paths of the project's repository (from {@link AgentSession#reservations()}): a
 * coordination promise, not a file lock; the git guard ({@code ginko guard install}) and editors' hooks enforce it
 * where they ask.
 *
 * <p><b>Rules.</b> Two active reservations of different agents conflict when some path matches both patterns and at
 * least one is exclusive; the overlap is decided exactly (see {@link ai.ginko.core.paths.PathPattern#overlaps}). A
 * reservation is active until it is released or expires (by the database's clock), and while its holder is
 * registered and online: a holder offline past the offline threshold no longer blocks anyone, and a deregistered
 * agent's reservations are released. An agent's reservations never conflict with its own.
 *
 * <p>Every grant, renewal and release is logged as a {@link EventCategory#RESERVATION} event in the same
 * transaction, and is a sign of life of the agent. Thread-safe.
 */
public interface PathReservations {

    /**
     * Reserves every pattern of the request, or none: atomic across processes, so of concurrent conflicting
     * requests exactly one is granted. A grant also releases the reservations that it overlaps and that are no
     * longer active (expired, or of an offline holder), so that no two stored reservations of different agents
     * ever conflict.
     *
     * @return granted with the new reservations, or refused listing every conflict (nothing written)
     * @throws AgentDeregisteredException when the agent was deregistered
     */
    ReservationResult reserve(ReservationRequest request);

    /**
     * Extends the selected reservations of this agent by {@code extension}, each from the later of now and its
     * expiry. Idempotent in effect: what no longer exists is left out.
     *
     * @param extension {@link ReservationRequest#MIN_TTL} to {@link ReservationRequest#MAX_TTL}
     * @return the renewed reservations
     */
    List<Reservation> renew(ReservationSelector selector, Duration extension);

    /**
     * Releases the selected reservations of this agent. Idempotent: releasing what is gone releases nothing.
     *
     * @return the released reservations
     */
    List<Reservation> release(ReservationSelector selector);

    /** This agent's active reservations, by pattern. */
    List<Reservation> mine();
}
