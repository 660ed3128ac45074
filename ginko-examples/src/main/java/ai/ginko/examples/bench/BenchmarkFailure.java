package ai.ginko.examples.bench;

/** The benchmark cannot produce a trustworthy figure: a child failed, an event went missing, a wait timed out. */
final class BenchmarkFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BenchmarkFailure(String message) {
        super(message);
    }

    BenchmarkFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
