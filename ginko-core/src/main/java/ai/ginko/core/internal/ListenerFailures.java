package ai.ginko.core.internal;

import org.slf4j.Logger;

/**
 * Logs what one listener throws, so that a listener that fails on every event cannot flood the log: its first
 * failure at WARN with the stack trace, every later one at DEBUG. {@linkplain FatalErrors Fatal errors} are thrown
 * again instead, unlogged.
 */
final class ListenerFailures {

    private final Logger log;
    private final String listener;
    private boolean failedBefore;

    /**
     * @param log      where to log
     * @param listener what the listener is, for the messages, such as "Listener of a subscription to acme/checkout"
     */
    ListenerFailures(Logger log, String listener) {
        this.log = log;
        this.listener = listener;
    }

    /**
     * Records that the listener threw {@code failure} on {@code what} (such as "event e-1 (sequence 4)").
     *
     * @throws VirtualMachineError {@code failure} itself, when it is fatal
     */
    synchronized void failed(Throwable failure, String what, String consequence) {
        FatalErrors.rethrowIfFatal(failure);
        if (failedBefore) {
            log.debug("{} threw again, on {}; {}", listener, what, consequence, failure);
        } else {
            failedBefore = true;
            log.warn("{} threw on {}; {} (its later failures are logged at DEBUG)", listener, what, consequence,
                    failure);
        }
    }
}
