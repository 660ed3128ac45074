package ai.ginko.examples.dashboard;

import java.time.Instant;
import java.util.Optional;

/**
 * What may be shown of an API token: never the token itself, nor its hash.
 *
 * @param id         the token's id, a UUID, by which it is listed and revoked
 * @param createdAt  when it was created (database clock)
 * @param lastUsedAt when the dashboard last let it in, to within a minute (see {@link TokenService#authenticate})
 * @param label      what it is for, as given at creation
 */
public record ApiToken(String id, Instant createdAt, Optional<Instant> lastUsedAt, Optional<String> label) {
}
