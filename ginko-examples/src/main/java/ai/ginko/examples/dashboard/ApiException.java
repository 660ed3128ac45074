package ai.ginko.examples.dashboard;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request the API refuses, with the HTTP status to answer and, for a bad parameter, the parameter's name: the
 * client can tell what to fix without parsing the message.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final @Nullable String parameter;

    private ApiException(int status, String message, @Nullable String parameter) {
        super(message);
        this.status = status;
        this.parameter = parameter;
    }

    /** 400: the named parameter (or header) is missing or invalid. */
    static ApiException badParameter(String parameter, String message) {
        return new ApiException(400, message, parameter);
    }

    /** 404: the path names nothing, or nothing that the token's organization can see. */
    static ApiException notFound(String message) {
        return new ApiException(404, message, null);
    }

    /** 503: the server cannot answer now. */
    static ApiException unavailable(String message) {
        return new ApiException(503, message, null);
    }

    static ApiException methodNotAllowed(String method) {
        return new ApiException(405, "method " + method + " is not allowed; use GET", null);
    }

    int status() {
        return status;
    }

    Optional<String> parameter() {
        return Optional.ofNullable(parameter);
    }
}
