package ai.ginko.examples.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates, lists and revokes API tokens, and resolves them to the organization they belong to. A token is
 * {@code gk_} followed by 32 random bytes in unpadded base64url; the graph keeps only its SHA-256 hash, as
 * {@code (:ApiToken {token_id, token_hash, organization_id, created_at, last_used_at, label})}, so a copy of the
 * database gives no usable token. Each token belongs to exactly one organization, and every method but
 * {@link #authenticate} and {@link #organizationOf} is bound to an organization.
 *
 * <p>Creating a service creates the uniqueness constraints on {@code token_hash} and {@code token_id} if they are
 * missing, and gives an id to every token created before tokens had ids (idempotent, safe with several processes
 * starting at once): those tokens keep working, and can from then on be listed and revoked. The driver stays the
 * caller's: the service never closes it.
 *
 * <p>Revoking deletes the token's node, so that the next {@link #authenticate} of it finds nothing: nothing caches
 * a look-up, and a revoked token is refused from the dashboard's next request on.
 *
 * <p>Thread-safe. Every method blocks on a round trip or two to Neo4j and throws
 * {@link ai.ginko.core.CoordinationUnavailableException} when the database cannot be reached.
 */
public final class TokenService {

    /** The prefix of every token, so that a leaked one is easy to recognize (and to scan for). */
    public static final String TOKEN_PREFIX = "gk_";

    /** How often at most the time of a token's last use is written: not on every request. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(TokenService.class);
    private static final int TOKEN_BYTES = 32;
    private static final int MAX_ORGANIZATION_LENGTH = 256;
    private static final int MAX_LABEL_LENGTH = 1024;
    private static final List<String> SCHEMA = List.of(
            "CREATE CONSTRAINT ginko_api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.token_hash IS UNIQUE",
            "CREATE CONSTRAINT ginko_api_token_id IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.token_id IS UNIQUE");
    /** Tokens created before tokens had ids get one; random, so two processes doing this at once cannot clash. */
    private static final String GIVE_IDS = """
            MATCH (t:ApiToken) WHERE t.token_id IS NULL SET t.token_id = randomUUID()
            """;
    private static final String CREATE = """
            CREATE (:ApiToken {token_id: $id, token_hash: $hash, organization_id: $org, created_at: datetime(),
                label: $label})
            """;
    private static final String LOOK_UP = """
            MATCH (t:ApiToken {token_hash: $hash})
            RETURN t.organization_id AS org,
                t.last_used_at IS NULL OR t.last_used_at < datetime() - $resolution AS lastUseDue
            """;
    private static final String RECORD_USE = """
            MATCH (t:ApiToken {token_hash: $hash})
            WHERE t.last_used_at IS NULL OR t.last_used_at < datetime() - $resolution
            SET t.last_used_at = datetime()
            """;
    private static final String LIST = """
            MATCH (t:ApiToken {organization_id: $org})
            RETURN t.token_id AS id, t.created_at AS created, t.last_used_at AS lastUsed, t.label AS label
            ORDER BY created, id
            """;
    private static final String REVOKE = """
            MATCH (t:ApiToken {organization_id: $org, token_id: $id}) DELETE t
            """;

    private final GraphQueries graph;
    private final SecureRandom random = new SecureRandom();

    /** A service on the server's default database. */
    public TokenService(Driver driver) {
        this(driver, Optional.empty());
    }

    /** A service on the named database, or the default one when {@code database} is empty. */
    public TokenService(Driver driver, Optional<String> database) {
        if (driver == null || database == null) {
            throw new IllegalArgumentException("driver and database must not be null");
        }
        this.graph = new GraphQueries(driver, database);
        SCHEMA.forEach(graph::schema);
        graph.write(GIVE_IDS, Map.of());
    }

    /**
     * Creates a token for the organization and returns it. This is the only time the token is visible: show it
     * to the user now, it cannot be recovered later.
     *
     * @param organizationId the organization the token gives access to
     * @param label          a note on what the token is for; may be {@code null}
     */
    public String create(String organizationId, String label) {
        checkOrganization(organizationId);
        if (label != null && label.length() > MAX_LABEL_LENGTH) {
            throw new IllegalArgumentException("label must be at most " + MAX_LABEL_LENGTH + " characters");
        }
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", UUID.randomUUID().toString());
        parameters.put("hash", hash(token));
        parameters.put("org", organizationId);
        parameters.put("label", label);
        graph.write(CREATE, parameters);
        return token;
    }

    /** The organization this token belongs to, or empty for an unknown (or revoked) token. */
    public Optional<String> organizationOf(String token) {
        return lookUp(token).map(Found::org);
    }

    /**
     * What the dashboard asks for the token of a request (at most once a second per token, see
     * {@code TokenLookups}): the organization of the token, or empty for an unknown (or revoked) one, and a note
     * that the token was used. The note is written at most once per
     * {@link #LAST_USED_RESOLUTION} and token (judged by the time already stored, so this holds across any number
     * of dashboard processes), so that it does not add a write to every request; a failure to write it is logged
     * and does not refuse the request.
     */
    public Optional<String> authenticate(String token) {
        Optional<Found> found = lookUp(token);
        if (found.isPresent() && found.get().lastUseDue()) {
            try {
                graph.write(RECORD_USE, Map.of("hash", hash(token), "resolution", LAST_USED_RESOLUTION));
            } catch (RuntimeException e) {
                LOG.debug("Could not record the use of a token of {}: {}", found.get().org(), e.toString());
            }
        }
        return found.map(Found::org);
    }

    /** The organization's tokens, oldest first. */
    public List<ApiToken> list(String organizationId) {
        checkOrganization(organizationId);
        return graph.read(LIST, Map.of("org", organizationId)).stream().map(TokenService::apiToken).toList();
    }

    /**
     * Revokes the organization's token with this id, or with the only id that starts with it, and returns it.
     *
     * @throws IllegalArgumentException naming {@code tokenId} when no token or several tokens match
     */
    public ApiToken revoke(String organizationId, String idOrPrefix) {
        checkOrganization(organizationId);
        if (idOrPrefix == null || idOrPrefix.isBlank()) {
            throw new IllegalArgumentException("tokenId must be a token id or the start of one, was '"
                    + idOrPrefix + "'");
        }
        String wanted = idOrPrefix.strip().toLowerCase(Locale.ROOT);
        List<ApiToken> matching = list(organizationId).stream().filter(t -> t.id().startsWith(wanted)).toList();
        if (matching.isEmpty()) {
            throw new IllegalArgumentException("tokenId: no token of organization '" + organizationId
                    + "' has an id starting with '" + wanted + "' (see 'ginko token list')");
        }
        if (matching.size() > 1) {
            throw new IllegalArgumentException("tokenId: '" + wanted + "' starts the ids of " + matching.size()
                    + " tokens of organization '" + organizationId + "' ("
                    + String.join(", ", matching.stream().map(ApiToken::id).toList())
                    + "); give more of the id");
        }
        ApiToken revoked = matching.getFirst();
        graph.write(REVOKE, Map.of("org", organizationId, "id", revoked.id()));
        return revoked;
    }

    private Optional<Found> lookUp(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return graph.read(LOOK_UP, Map.of("hash", hash(token), "resolution", LAST_USED_RESOLUTION)).stream()
                .map(r -> new Found(r.get("org").asString(), r.get("lastUseDue").asBoolean()))
                .findFirst();
    }

    private static ApiToken apiToken(Record r) {
        Value lastUsed = r.get("lastUsed");
        Value label = r.get("label");
        return new ApiToken(r.get("id").asString(), r.get("created").asZonedDateTime().toInstant(),
                lastUsed.isNull() ? Optional.empty() : Optional.of(lastUsed.asZonedDateTime().toInstant()),
                label.isNull() ? Optional.empty() : Optional.of(label.asString()));
    }

    /** The stored form of a token: its SHA-256 digest in lower-case hex. */
    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void checkOrganization(String organizationId) {
        if (organizationId == null || organizationId.isBlank() || organizationId.length() > MAX_ORGANIZATION_LENGTH
                || organizationId.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("organizationId must be non-blank, at most "
                    + MAX_ORGANIZATION_LENGTH + " characters, without control characters, was " + organizationId);
        }
    }

    /** A token found by its hash: its organization, and whether its last use is old enough to be written again. */
    private record Found(String org, boolean lastUseDue) {
    }
}
