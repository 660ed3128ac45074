package ai.ginko.neo4j.internal;

import ai.ginko.core.Scope;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Query parameters, always with the scope ({@code $org}, {@code $project}) that every query matches on. */
final class Params {

    private Params() {
    }

    /** @param keyValues names and values, alternately; a null value is a Cypher null */
    static Map<String, Object> of(Scope scope, @Nullable Object... keyValues) {
        Map<String, Object> params = new HashMap<>();
        params.put("org", scope.organizationId());
        params.put("project", scope.projectId());
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put((String) keyValues[i], keyValues[i + 1]);
        }
        return params;
    }
}
