package ai.ginko.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FatalErrorsTest {

    @Test
    void errorsThatLeaveTheJvmInDoubtAreFatal() {
        assertThat(FatalErrors.isFatal(new OutOfMemoryError())).isTrue();
        assertThat(FatalErrors.isFatal(new InternalError())).isTrue();
        assertThat(FatalErrors.isFatal(new UnknownError())).isTrue();
    }

    @Test
    void whatAListenerRealisticallyThrowsIsNotFatal() {
        assertThat(FatalErrors.isFatal(new AssertionError())).isFalse();
        assertThat(FatalErrors.isFatal(new NoClassDefFoundError())).isFalse();
        assertThat(FatalErrors.isFatal(new StackOverflowError())).isFalse();
        assertThat(FatalErrors.isFatal(new IllegalStateException())).isFalse();
    }

    @Test
    void onlyAFatalErrorIsThrownAgain() {
        OutOfMemoryError fatal = new OutOfMemoryError("on purpose");

        assertThatThrownBy(() -> FatalErrors.rethrowIfFatal(fatal)).isSameAs(fatal);
        assertThatCode(() -> FatalErrors.rethrowIfFatal(new AssertionError())).doesNotThrowAnyException();
    }
}
