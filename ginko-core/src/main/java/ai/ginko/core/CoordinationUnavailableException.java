package ai.ginko.core;

/**
 * The shared store could not be reached, or kept failing transiently after the driver's retries. The operation
 * had no effect that anyone can observe: a write that throws this was either not committed, or (when the
 * connection broke during commit) its outcome is unknown and the message says so.
 */
public class CoordinationUnavailableException extends GinkoException {

    private static final long serialVersionUID = 1L;

    public CoordinationUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
