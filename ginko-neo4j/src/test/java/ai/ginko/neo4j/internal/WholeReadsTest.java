package ai.ginko.neo4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.GinkoException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WholeReadsTest {

    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aTransactionThatReadANodeMidCommitRunsAgainUntilItReadsItWhole() {
        String result = WholeReads.retry(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new TornRead("Task", "claimed_at");
            }
            return "whole";
        });

        assertThat(result).isEqualTo("whole");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aNodeStillMissingThePropertyAfterTenReadsIsReportedAsDamaged() {
        assertThatThrownBy(() -> WholeReads.retry(() -> {
            attempts.incrementAndGet();
            throw new TornRead("Task", "claimed_at");
        })).isInstanceOf(GinkoException.class)
                .hasMessage("The graph holds a Task node without its 'claimed_at' property (read 10 times): it was "
                        + "written outside this library");
        assertThat(attempts).hasValue(WholeReads.ATTEMPTS);
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        assertThatThrownBy(() -> WholeReads.retry(() -> {
            attempts.incrementAndGet();
            throw new GinkoException("refused");
        })).hasMessage("refused");
        assertThat(attempts).hasValue(1);
    }
}
