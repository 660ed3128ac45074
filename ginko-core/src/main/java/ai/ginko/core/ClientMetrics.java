package ai.ginko.core;

import java.util.List;

/**
 * What a client tells a metrics system about its work, such as Micrometer meters (the Spring AI binding has them).
 * Set it with {@link ClientSettings.Builder#metrics(ClientMetrics)}; the default, {@link #NONE}, does nothing.
 *
 * <p>Every method has an empty default, so an implementation overrides only what it measures. They are called on the
 * client's own threads (the poller's, each subscription's, a claimer's), so they must be thread-safe and quick: they
 * run in the middle of the work they measure. Whatever one throws is logged once and otherwise ignored; it never
 * changes what the client does.
 *
 * <p>The client hands over events rather than durations: an event's {@link Event#timestamp()} is the database's
 * commit time, and the library itself never compares it with the local clock (status and order do not depend on the
 * agents' clocks). A meter that wants the age of an event reads the local clock itself, and so measures clock skew
 * along with the delay.
 */
public interface ClientMetrics {

    /** Measures nothing. */
    ClientMetrics NONE = new ClientMetrics() { };

    /** A poll found new events: {@code batch} is contiguous and in order, never empty. */
    default void polled(List<Event> batch) { }

    /** A poll failed; the poller retries it with backoff, from where it was. */
    default void pollFailed(Throwable failure) { }

    /** A subscription is about to hand {@code event} (which its filter accepted) to its listener. */
    default void delivered(Event event) { }

    /**
     * A subscription's buffer was full because its listener is slower than the events come: it reads the events it
     * missed from the store instead (none is lost). Counted once each time it falls behind.
     */
    default void subscriberOverflowed() { }

    /** An agent of this client holds {@code taskId} now, after a claim (by id or through {@code claimNext}). */
    default void claimWon(String taskId) { }

    /**
     * An agent of this client did not get {@code taskId}: another live agent holds it, it is completed, or (for
     * {@code claimNext}) another claimer took it between the read of the ready tasks and the claim.
     */
    default void claimLost(String taskId) { }
}
