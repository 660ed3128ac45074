package ai.ginko.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The library's exceptions say which field and which thing they are about. */
class ExceptionsTest {

    private static final Scope SCOPE = Scope.of("acme", "web");

    @Test
    void taskNotHeldNamesTheHolder() {
        TaskClaim claim = new TaskClaim("TASK-1", "agent_b", TaskState.CLAIMED, Instant.EPOCH, Instant.EPOCH);

        TaskNotHeldException e = new TaskNotHeldException("TASK-1", "agent_a", Optional.of(claim));

        assertThat(e).hasMessageStartingWith("taskId").hasMessageContaining("held by agent_b");
        assertThat(e.currentClaim()).contains(claim);
    }

    @Test
    void taskNotHeldSaysWhenTheTaskIsCompletedOrUnclaimed() {
        TaskClaim done = new TaskClaim("TASK-1", "agent_b", TaskState.COMPLETED, Instant.EPOCH, Instant.EPOCH);

        assertThat(new TaskNotHeldException("TASK-1", "agent_a", Optional.of(done)))
                .hasMessageContaining("completed by agent_b");
        assertThat(new TaskNotHeldException("TASK-1", "agent_a", Optional.empty()))
                .hasMessageContaining("not claimed");
    }

    @Test
    void unknownAgentNamesTheAgentAndTheScope() {
        UnknownAgentException e = new UnknownAgentException("agent_x", SCOPE);

        assertThat(e).hasMessageStartingWith("agentId")
                .hasMessageContaining("agent_x").hasMessageContaining("acme/web");
        assertThat(e.agentId()).isEqualTo("agent_x");
    }

    @Test
    void unknownBlockerNamesTheEventAndTheScope() {
        assertThat(new UnknownBlockerException("event-9", SCOPE))
                .hasMessageStartingWith("resolvesEventId")
                .hasMessageContaining("event-9").hasMessageContaining("acme/web");
    }

    @Test
    void unavailableKeepsItsCause() {
        IOException cause = new IOException("connection refused");

        assertThat(new CoordinationUnavailableException("store down", cause))
                .isInstanceOf(GinkoException.class).hasMessage("store down").hasCause(cause);
        assertThat(new GinkoException("plain")).hasMessage("plain").hasNoCause();
    }
}
