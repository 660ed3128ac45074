package ai.ginko.examples.cli;

import java.net.URI;
import java.util.Set;

/**
 * A command could not do its work for a reason the user can act on; the message is shown as it is, on one line,
 * and the command exits with status 1.
 */
final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    CliFailure(String message) {
        super(message);
    }

    CliFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** The database did not answer; for a local URI the likely cause is that {@code ginko devdb} is not running. */
    static CliFailure unreachable(String uri, Throwable cause) {
        String host = URI.create(uri).getHost();
        String hint = host != null && LOOPBACK.contains(host)
                ? "is 'ginko devdb' running?" : "check the URI and the network";
        return new CliFailure("cannot reach Neo4j at " + uri + " (" + hint + ")", cause);
    }
}
