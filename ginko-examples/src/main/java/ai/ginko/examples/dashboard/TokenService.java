package ai.ginko.examples.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Creates API tokens and resolves them to the organization they belong to. A token is {@code gk_} followed by 32
 * random bytes in unpadded base64url; the graph keeps only its SHA-256 hash, as
 * {@code (:ApiToken {token_hash, organization_id, created_at, label})}, so a copy of the database gives no
 * usable token. Each token belongs to exactly one organization.
 *
 * <p>Creating a service creates the uniqueness constraint on {@code token_hash} if it is missing (idempotent,
 * safe with several processes starting at once). The driver stays the caller's: the service never closes it.
 *
 * <p>Thread-safe. Every method blocks on one round trip to Neo4j and throws
 * {@link ai.ginko.core.CoordinationUnavailableException} when the database cannot be reached.
 */
public final class TokenService {

    /** The prefix of every token, so that a leaked one is easy to recognize (and to scan for). */
    public static final String TOKEN_PREFIX = "gk_";

    private static final int TOKEN_BYTES = 32;
    private static final int MAX_ORGANIZATION_LENGTH = 256;
    private static final int MAX_LABEL_LENGTH = 1024;
    private static final String CONSTRAINT = "CREATE CONSTRAINT ginko_api_token_hash IF NOT EXISTS "
            + "FOR (t:ApiToken) REQUIRE t.token_hash IS UNIQUE";
    private static final String CREATE = """
            CREATE (:ApiToken {token_hash: $hash, organization_id: $org, created_at: datetime(), label: $label})
            """;
    private static final String ORGANIZATION_OF = """
            MATCH (t:ApiToken {token_hash: $hash}) RETURN t.organization_id AS org
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
        graph.schema(CONSTRAINT);
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
        parameters.put("hash", hash(token));
        parameters.put("org", organizationId);
        parameters.put("label", label);
        graph.write(CREATE, parameters);
        return token;
    }

    /** The organization this token belongs to, or empty for an unknown token. */
    public Optional<String> organizationOf(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        List<Record> found = graph.read(ORGANIZATION_OF, Map.of("hash", hash(token)));
        return found.stream().map(r -> r.get("org").asString()).findFirst();
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
}
