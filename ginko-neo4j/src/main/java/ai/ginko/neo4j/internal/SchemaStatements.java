package ai.ginko.neo4j.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Creates missing schema rules so that clients starting at the same time do not fail on each other's work.
 * Schema statements run in auto-commit transactions, which the driver does not retry, and concurrent creations
 * can deadlock on the schema lock; so a statement that hits a transient error is retried here a few times.
 */
final class SchemaStatements {

    private static final String EQUIVALENT_EXISTS = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";
    private static final int ATTEMPTS = 10;

    private SchemaStatements() {
    }

    /**
     * Whether every rule of the statements exists and its index is online. A uniqueness constraint's index has the
     * constraint's name, so one listing of the indexes covers constraints and indexes alike.
     */
    static boolean allOnline(Session session, List<String> statements) {
        Map<String, String> states = new HashMap<>();
        session.run("SHOW INDEXES YIELD name, state")
                .forEachRemaining(r -> states.put(r.get("name").asString(), r.get("state").asString()));
        return statements.stream().allMatch(statement -> "ONLINE".equals(states.get(ruleName(statement))));
    }

    private static String ruleName(String statement) {
        return statement.split(" ", -1)[2];
    }

    /** Runs the statements whose rule name (the third word: {@code CREATE CONSTRAINT name …}) is not there yet. */
    static void createMissing(Session session, List<String> statements) {
        Set<String> existing = new HashSet<>(session.run("SHOW CONSTRAINTS YIELD name").list(r -> r.get(0).asString()));
        existing.addAll(session.run("SHOW INDEXES YIELD name").list(r -> r.get(0).asString()));
        for (String statement : statements) {
            if (!existing.contains(ruleName(statement))) {
                runIdempotent(session, statement);
            }
        }
    }

    private static void runIdempotent(Session session, String statement) {
        for (int attempt = 1; ; attempt++) {
            try {
                session.run(statement).consume();
                return;
            } catch (TransientException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            } catch (ClientException e) {
                // IF NOT EXISTS covers a rule that is already there, not one another client is creating right now.
                if (!EQUIVALENT_EXISTS.equals(e.code())) {
                    throw e;
                }
                return;
            }
        }
    }

    private static void pause(int attempt) {
        try {
            TimeUnit.MILLISECONDS.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the schema", e);
        }
    }
}
