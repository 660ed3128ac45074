package ai.ginko.neo4j.internal;

import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;

/** Runs schema statements so that clients starting at the same time do not fail on each other's work. */
final class SchemaStatements {

    private static final String EQUIVALENT_EXISTS = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";

    private SchemaStatements() {
    }

    static void runIdempotent(Session session, String statement) {
        try {
            session.run(statement).consume();
        } catch (ClientException e) {
            // IF NOT EXISTS covers a rule that is already there, not one another client is creating right now.
            if (!EQUIVALENT_EXISTS.equals(e.code())) {
                throw e;
            }
        }
    }
}
