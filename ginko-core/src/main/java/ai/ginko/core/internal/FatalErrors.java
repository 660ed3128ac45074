package ai.ginko.core.internal;

/**
 * What the library's own threads let through instead of containing. They contain everything a listener or a store
 * throws, {@link Error}s included (a failed assertion, a class missing at run time, runaway recursion), because one
 * faulty listener must not silence a subscription or the poller that serves every other one. They let through the
 * {@link VirtualMachineError}s that leave the whole JVM in doubt: {@link OutOfMemoryError}, {@link InternalError},
 * {@link UnknownError}.
 *
 * <p>{@link StackOverflowError} is a virtual-machine error too, but it is contained: it is thrown in the frames of
 * the code that recursed, and once the stack has unwound to the frame that catches it the thread is sound again.
 */
final class FatalErrors {

    private FatalErrors() {
    }

    /** Whether {@code failure} must end the thread it reached rather than be logged and survived. */
    static boolean isFatal(Throwable failure) {
        return failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError);
    }

    /** Throws {@code failure} again if it {@link #isFatal is fatal}; returns normally otherwise. */
    static void rethrowIfFatal(Throwable failure) {
        if (isFatal(failure)) {
            throw (VirtualMachineError) failure;
        }
    }
}
