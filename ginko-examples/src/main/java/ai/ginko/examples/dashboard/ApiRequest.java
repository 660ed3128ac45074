package ai.ginko.examples.dashboard;

import ai.ginko.core.Scope;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

/**
 * What an API handler needs of a request that {@link BearerAuth} let through: the token's organization, the
 * decoded path, the query parameters and the headers.
 *
 * @param organizationId the organization of the bearer token; the only organization the request can see
 * @param path           the decoded request path
 * @param params         the query parameters
 * @param headers        the request headers
 */
record ApiRequest(String organizationId, String path, QueryParams params, Headers headers) {

    static ApiRequest of(HttpExchange exchange) {
        String organization = (String) exchange.getAttribute(BearerAuth.ORGANIZATION_ATTRIBUTE);
        if (organization == null) {
            throw new IllegalStateException("API request without an organization: is BearerAuth installed?");
        }
        return new ApiRequest(organization, exchange.getRequestURI().getPath(),
                QueryParams.parse(exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders());
    }

    /**
     * The project named by the required {@code project} parameter, inside the token's organization: the
     * parameter selects a project, never an organization.
     */
    Scope projectScope() {
        return Scope.of(organizationId, params.requiredId("project"));
    }
}
