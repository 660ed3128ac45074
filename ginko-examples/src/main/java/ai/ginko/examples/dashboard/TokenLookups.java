package ai.ginko.examples.dashboard;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What {@link BearerAuth} asks for every request, the organization of a token (or that it is unknown), answered
 * from the look-ups of the last {@link #TTL}. Looked up for every request, a bridge's store reads grow with its
 * clients, since each long-poll of each client asks again after every event: 300 clients made the bridge's
 * transactions per second 5.6 times those of one client, and when they connected at once their look-ups overflowed
 * the driver's connection pool (which also failed a poll of the project's events). Requests with one token that
 * arrive while it is being looked up wait for that look-up instead of making their own.
 *
 * <p>Why revocation still holds: an answer is used only until {@link #TTL} after its look-up began, so a token
 * revoked at time t is refused by every request that starts after t + TTL, inside the 5 s the README promises. A
 * look-up that failed is not remembered: the next request looks up again. Tokens are remembered by their hash, as
 * the store keeps them, and at most {@link #MAX_REMEMBERED} at once: past that, answers that are too old are
 * dropped, and while none is, a request is looked up on its own.
 *
 * <p>Thread-safe.
 */
final class TokenLookups {

    /** How long an answer is used for, from the start of its look-up. */
    static final Duration TTL = Duration.ofSeconds(1);
    /** Tokens remembered at once; enough for every client of a bridge, small enough to bound a flood of bad ones. */
    static final int MAX_REMEMBERED = 10_000;

    private final Function<String, Optional<String>> authenticate;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Lookup> lookups = new ConcurrentHashMap<>();

    /**
     * @param authenticate the look-up itself ({@link TokenService#authenticate}), given the token
     * @param nanoTime     the clock that ages the answers ({@code System::nanoTime})
     */
    TokenLookups(Function<String, Optional<String>> authenticate, LongSupplier nanoTime) {
        this.authenticate = authenticate;
        this.nanoTime = nanoTime;
    }

    /**
     * The organization of {@code token}, or empty for an unknown (or revoked) one.
     *
     * @throws RuntimeException what the look-up threw (the database cannot be reached, for one)
     */
    Optional<String> organizationOf(String token) {
        long now = nanoTime.getAsLong();
        if (lookups.size() >= MAX_REMEMBERED) {
            lookups.values().removeIf(lookup -> !lookup.usableAt(now));
            if (lookups.size() >= MAX_REMEMBERED) {
                return authenticate.apply(token);
            }
        }
        String key = TokenService.hash(token);
        Lookup mine = new Lookup(now);
        Lookup used = lookups.compute(key, (k, earlier) -> earlier != null && earlier.usableAt(now) ? earlier : mine);
        if (used == mine) {
            try {
                mine.answer.complete(authenticate.apply(token));
            } catch (RuntimeException | Error e) {
                // Forgotten before it is answered, so that no later request reuses a failure.
                lookups.remove(key, mine);
                mine.answer.completeExceptionally(e);
            }
        }
        return used.answer();
    }

    /** One look-up of a token: when it began, and its answer once there. */
    private static final class Lookup {

        private final long startedAt;
        private final CompletableFuture<Optional<String>> answer = new CompletableFuture<>();

        Lookup(long startedAt) {
            this.startedAt = startedAt;
        }

        boolean usableAt(long now) {
            return now - startedAt < TTL.toNanos();
        }

        /** The answer, waiting for it if need be; what the look-up threw, thrown again. */
        Optional<String> answer() {
            try {
                return answer.join();
            } catch (CompletionException e) {
                switch (e.getCause()) {
                    case RuntimeException failure -> throw failure;
                    case Error error -> throw error;
                    case null, default -> throw e;
                }
            }
        }
    }
}
