package ai.ginko.neo4j.internal;

import ai.ginko.core.CoordinationUnavailableException;
import ai.ginko.core.GinkoException;
import java.util.function.Supplier;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Keeps driver exceptions inside the adapter: callers see {@link CoordinationUnavailableException} when the
 * database cannot be reached (after the driver's own retries), and {@link GinkoException} for anything else the
 * database refused. The library's own exceptions, thrown from inside a transaction to roll it back, pass through.
 */
final class DriverErrors {

    <T> T translate(Supplier<T> work) {
        try {
            return work.get();
        } catch (ServiceUnavailableException | SessionExpiredException | TransientException e) {
            throw new CoordinationUnavailableException("Neo4j is unavailable: " + e.getMessage(), e);
        } catch (AuthenticationException e) {
            throw new GinkoException("Neo4j refused the credentials: " + e.getMessage(), e);
        } catch (Neo4jException e) {
            throw new GinkoException("Neo4j refused the operation (" + e.code() + "): " + e.getMessage(), e);
        }
    }
}
