package ai.ginko.neo4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.CoordinationUnavailableException;
import ai.ginko.core.GinkoException;
import ai.ginko.core.Scope;
import ai.ginko.core.UnknownAgentException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

class DriverErrorsTest {

    private final DriverErrors errors = new DriverErrors();

    @Test
    void unreachableDatabaseBecomesUnavailable() {
        assertThatThrownBy(() -> errors.translate(() -> {
            throw new ServiceUnavailableException("connection refused");
        })).isInstanceOf(CoordinationUnavailableException.class).hasMessageContaining("connection refused");
    }

    @Test
    void expiredSessionBecomesUnavailable() {
        assertThatThrownBy(() -> errors.translate(() -> {
            throw new SessionExpiredException("leader switch");
        })).isInstanceOf(CoordinationUnavailableException.class);
    }

    @Test
    void transientFailureAfterRetriesBecomesUnavailable() {
        assertThatThrownBy(() -> errors.translate(() -> {
            throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
        })).isInstanceOf(CoordinationUnavailableException.class);
    }

    @Test
    void badCredentialsBecomeAGinkoExceptionNamingThem() {
        assertThatThrownBy(() -> errors.translate(() -> {
            throw new AuthenticationException("Neo.ClientError.Security.Unauthorized", "bad password");
        })).isInstanceOf(GinkoException.class).isNotInstanceOf(CoordinationUnavailableException.class)
                .hasMessageContaining("credentials");
    }

    @Test
    void refusedOperationCarriesTheNeo4jCode() {
        assertThatThrownBy(() -> errors.translate(() -> {
            throw new ClientException("Neo.ClientError.Statement.SyntaxError", "bad");
        })).isInstanceOf(GinkoException.class).hasMessageContaining("Neo.ClientError.Statement.SyntaxError");
    }

    @Test
    void ourOwnExceptionsPassThrough() {
        UnknownAgentException unknown = new UnknownAgentException("agent_x", Scope.of("o", "p"));
        assertThatThrownBy(() -> errors.translate(() -> {
            throw unknown;
        })).isSameAs(unknown);
    }

    @Test
    void resultsPassThrough() {
        assertThat(errors.translate(() -> 42)).isEqualTo(42);
    }
}
