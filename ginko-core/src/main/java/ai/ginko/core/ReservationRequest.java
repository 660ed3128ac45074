package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import ai.ginko.core.paths.PathPattern;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an agent asks to reserve with {@link PathReservations#reserve}: path patterns of the project's repository
 * (see {@link PathPattern} for the syntax), for how long, exclusive or shared, and why. Build one with
 * {@link #builder(Collection)}; the record validates itself.
 *
 * @param patterns  1 to {@value #MAX_PATTERNS} distinct patterns
 * @param ttl       how long the reservations last from the grant, {@link #MIN_TTL} to {@link #MAX_TTL};
 *                  default {@link #DEFAULT_TTL}
 * @param exclusive exclusive (the default) conflicts with any other agent's reservation of a common path; shared
 *                  conflicts only with an exclusive one
 * @param reason    what the agent does there; not blank, at most 4 KiB
 */
public record ReservationRequest(List<PathPattern> patterns, Duration ttl, boolean exclusive,
        Optional<String> reason) {

    public static final int MAX_PATTERNS = 100;
    public static final Duration MIN_TTL = Duration.ofMinutes(1);
    public static final Duration MAX_TTL = Duration.ofHours(24);
    public static final Duration DEFAULT_TTL = Duration.ofHours(1);

    public ReservationRequest {
        Checks.notNull(patterns, "patterns");
        if (patterns.isEmpty() || patterns.size() > MAX_PATTERNS) {
            throw new IllegalArgumentException("patterns must have 1 to " + MAX_PATTERNS + " entries, had "
                    + patterns.size());
        }
        patterns = List.copyOf(patterns);
        Set<PathPattern> distinct = new HashSet<>();
        for (PathPattern pattern : patterns) {
            if (!distinct.add(pattern)) {
                throw new IllegalArgumentException("patterns must not contain duplicates, was '" + pattern
                        + "' twice");
            }
        }
        Checks.between(ttl, MIN_TTL, MAX_TTL, "ttl");
        Checks.optionalText(reason, "reason", Checks.MAX_TEXT_BYTES);
    }

    /** An exclusive request of these patterns for the default time. */
    public static ReservationRequest of(Collection<String> patterns) {
        return builder(patterns).build();
    }

    /**
     * A builder of a request of these pattern texts; each is parsed in {@link Builder#build()}, its errors naming
     * it as {@code patterns[i]}.
     */
    public static Builder builder(Collection<String> patterns) {
        return new Builder(patterns);
    }

    /** Builds a {@link ReservationRequest}; not thread-safe. Validation happens in {@link #build()}. */
    public static final class Builder {
        private final @Nullable Collection<String> patterns;
        private Duration ttl = DEFAULT_TTL;
        private boolean exclusive = true;
        private @Nullable String reason;

        private Builder(@Nullable Collection<String> patterns) {
            this.patterns = patterns;
        }

        /** {@link ReservationRequest#MIN_TTL} to {@link ReservationRequest#MAX_TTL}; default 1 h. */
        public Builder ttl(Duration ttl) {
            this.ttl = ttl;
            return this;
        }

        /** Exclusive (the default) or shared. */
        public Builder exclusive(boolean exclusive) {
            this.exclusive = exclusive;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = Checks.notNull(reason, "reason");
            return this;
        }

        /**
         * The request, every pattern parsed.
         *
         * @throws IllegalArgumentException naming the field and the rule
         */
        public ReservationRequest build() {
            Collection<String> texts = Checks.notNull(patterns, "patterns");
            if (texts.size() > MAX_PATTERNS) {
                throw new IllegalArgumentException("patterns must have 1 to " + MAX_PATTERNS + " entries, had "
                        + texts.size());
            }
            List<PathPattern> parsed = new ArrayList<>();
            int index = 0;
            for (String text : texts) {
                parsed.add(PathPattern.parse(text, "patterns[" + index++ + "]"));
            }
            return new ReservationRequest(parsed, ttl, exclusive, Optional.ofNullable(reason));
        }
    }
}
