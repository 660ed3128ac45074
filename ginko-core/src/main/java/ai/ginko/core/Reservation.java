package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import ai.ginko.core.paths.PathPattern;
import java.time.Instant;
import java.util.Optional;

/**
 * A path pattern reserved by an agent (see {@link PathReservations}).
 *
 * @param id         the reservation's id, to renew or release it by
 * @param agentId    the holder
 * @param agentName  the holder's registered name
 * @param pattern    what it covers
 * @param exclusive  exclusive, or shared
 * @param reason     why, if the holder said
 * @param grantedAt  when it was granted, by the database's clock
 * @param expiresAt  when it lapses unless renewed, by the database's clock
 */
public record Reservation(String id, String agentId, String agentName, PathPattern pattern, boolean exclusive,
        Optional<String> reason, Instant grantedAt, Instant expiresAt) {

    public Reservation {
        Checks.id(id, "id");
        Checks.id(agentId, "agentId");
        Checks.text(agentName, "agentName", Checks.MAX_TEXT_BYTES);
        Checks.notNull(pattern, "pattern");
        Checks.optionalText(reason, "reason", Checks.MAX_TEXT_BYTES);
        Checks.notNull(grantedAt, "grantedAt");
        Checks.notNull(expiresAt, "expiresAt");
    }

    /** "exclusive" or "shared". */
    public String mode() {
        return exclusive ? "exclusive" : "shared";
    }

    /**
     * Whether this reservation and a request of {@code other} by another agent conflict: some path matches both
     * patterns and at least one of the two is exclusive.
     */
    public boolean conflictsWith(PathPattern other, boolean otherExclusive) {
        return (exclusive || otherExclusive) && pattern.overlaps(other);
    }
}
