package ai.ginko.core;

/** The root of the exceptions this library throws for conditions other than bad arguments. */
public class GinkoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GinkoException(String message) {
        super(message);
    }

    public GinkoException(String message, Throwable cause) {
        super(message, cause);
    }
}
