package ai.ginko.examples.bench;

import org.jspecify.annotations.Nullable;

/** The benchmark cannot produce a trustworthy figure: a child failed, an event went missing, a wait timed out. */
final class BenchmarkFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BenchmarkFailure(String message) {
        super(message);
    }

    BenchmarkFailure(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
