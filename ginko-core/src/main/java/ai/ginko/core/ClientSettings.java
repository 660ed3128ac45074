package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Settings shared by every {@link CoordinationClient} implementation. Immutable; build with {@link #builder()}.
 *
 * @param scope                the organization and project the client is bound to (required)
 * @param userId               the user on whose behalf events are logged (required)
 * @param pollInterval         how often the client looks for new events while anyone waits or subscribes
 *                             (default 100 ms; between 1 ms and 1 min)
 * @param heartbeatInterval    how often a started agent sends a heartbeat (default 10 s)
 * @param offlineAfter         how old a last heartbeat may be before the agent counts as offline
 *                             (default three heartbeat intervals; at least one interval)
 * @param realtimeCursor       whether cursors are written on every significant action (default true, or the
 *                             value of the environment variable {@code GINKO_REALTIME_CURSOR})
 * @param subscriberBufferSize events buffered for each subscriber before it falls back to reading from the store
 *                             (default 1024; between 1 and 1,000,000)
 * @param burstPollInterval    how often the client polls for one poll interval after a poll found new events, since
 *                             agents' events come in bursts; zero (the default) to poll at the poll interval
 *                             always. Shorter than the poll interval; an idle client polls no more often with it.
 * @param metrics              what the client tells a metrics system (default {@link ClientMetrics#NONE})
 */
public record ClientSettings(
        Scope scope,
        String userId,
        Duration pollInterval,
        Duration heartbeatInterval,
        Duration offlineAfter,
        boolean realtimeCursor,
        int subscriberBufferSize,
        Duration burstPollInterval,
        ClientMetrics metrics) {

    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(100);
    public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofSeconds(10);
    public static final int DEFAULT_SUBSCRIBER_BUFFER = 1024;
    /** The environment variable that turns real-time cursor writes off when set to {@code false}. */
    public static final String REALTIME_CURSOR_ENV = "GINKO_REALTIME_CURSOR";

    public ClientSettings {
        Checks.notNull(scope, "scope");
        Checks.id(userId, "userId");
        Checks.positive(pollInterval, "pollInterval");
        Checks.atMost(pollInterval, Duration.ofMinutes(1), "pollInterval");
        Checks.positive(heartbeatInterval, "heartbeatInterval");
        Checks.positive(offlineAfter, "offlineAfter");
        if (offlineAfter.compareTo(heartbeatInterval) < 0) {
            throw new IllegalArgumentException("offlineAfter must be at least heartbeatInterval ("
                    + heartbeatInterval + "), was " + offlineAfter);
        }
        Checks.between(subscriberBufferSize, 1, 1_000_000, "subscriberBufferSize");
        Checks.notNull(burstPollInterval, "burstPollInterval");
        if (burstPollInterval.isNegative() || burstPollInterval.compareTo(pollInterval) >= 0) {
            throw new IllegalArgumentException("burstPollInterval must be zero (off) or positive and shorter than "
                    + "pollInterval (" + pollInterval + "), was " + burstPollInterval);
        }
        Checks.notNull(metrics, "metrics");
    }

    public static Builder builder() {
        return new Builder(System.getenv());
    }

    /** A builder that reads {@code GINKO_REALTIME_CURSOR} from this map instead of the process environment. */
    public static Builder builder(Map<String, String> environment) {
        return new Builder(Checks.notNull(environment, "environment"));
    }

    /** Builds {@link ClientSettings}; not thread-safe. */
    public static final class Builder {
        private @Nullable Scope scope;
        private @Nullable String userId;
        private Duration pollInterval = DEFAULT_POLL_INTERVAL;
        private Duration heartbeatInterval = DEFAULT_HEARTBEAT_INTERVAL;
        private @Nullable Duration offlineAfter;
        private boolean realtimeCursor;
        private int subscriberBufferSize = DEFAULT_SUBSCRIBER_BUFFER;
        private Duration burstPollInterval = Duration.ZERO;
        private ClientMetrics metrics = ClientMetrics.NONE;

        private Builder(Map<String, String> environment) {
            realtimeCursor = parseRealtime(environment.get(REALTIME_CURSOR_ENV));
        }

        private static boolean parseRealtime(@Nullable String value) {
            if (value == null || value.isBlank()) {
                return true;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes", "on" -> true;
                case "false", "0", "no", "off" -> false;
                default -> throw new IllegalArgumentException(
                        REALTIME_CURSOR_ENV + " must be true or false, was " + value);
            };
        }

        public Builder scope(Scope scope) {
            this.scope = Checks.notNull(scope, "scope");
            return this;
        }

        public Builder scope(String organizationId, String projectId) {
            return scope(new Scope(organizationId, projectId));
        }

        public Builder userId(String userId) {
            this.userId = Checks.id(userId, "userId");
            return this;
        }

        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = Checks.positive(pollInterval, "pollInterval");
            return this;
        }

        public Builder heartbeatInterval(Duration heartbeatInterval) {
            this.heartbeatInterval = Checks.positive(heartbeatInterval, "heartbeatInterval");
            return this;
        }

        public Builder offlineAfter(Duration offlineAfter) {
            this.offlineAfter = Checks.positive(offlineAfter, "offlineAfter");
            return this;
        }

        public Builder realtimeCursor(boolean realtimeCursor) {
            this.realtimeCursor = realtimeCursor;
            return this;
        }

        public Builder subscriberBufferSize(int subscriberBufferSize) {
            this.subscriberBufferSize = subscriberBufferSize;
            return this;
        }

        /** Zero turns burst polling off; otherwise it must be shorter than the poll interval when built. */
        public Builder burstPollInterval(Duration burstPollInterval) {
            this.burstPollInterval = Checks.notNull(burstPollInterval, "burstPollInterval");
            return this;
        }

        public Builder metrics(ClientMetrics metrics) {
            this.metrics = Checks.notNull(metrics, "metrics");
            return this;
        }

        /**
         * The settings.
         *
         * @throws IllegalArgumentException naming the first missing or invalid setting
         */
        public ClientSettings build() {
            Scope checkedScope = Checks.notNull(scope, "scope");
            String checkedUserId = Checks.notNull(userId, "userId");
            Duration offline = Optional.ofNullable(offlineAfter).orElse(heartbeatInterval.multipliedBy(3));
            return new ClientSettings(checkedScope, checkedUserId, pollInterval, heartbeatInterval, offline,
                    realtimeCursor, subscriberBufferSize, burstPollInterval, metrics);
        }
    }
}
