package ai.ginko.examples.dashboard;

/**
 * An API endpoint that answers with one JSON document. It returns the body of a 200 response and signals
 * everything else by throwing (see {@link JsonResponses#sendFailure}).
 *
 * <p>Implementations are called concurrently, one virtual thread per request, and may block.
 */
@FunctionalInterface
interface JsonEndpoint {

    /**
     * Answers one request.
     *
     * @return the response body, serialized with Jackson
     * @throws InterruptedException when the server stops while the endpoint waits
     */
    Object respond(ApiRequest request) throws InterruptedException;
}
