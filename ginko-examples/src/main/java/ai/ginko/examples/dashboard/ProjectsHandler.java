package ai.ginko.examples.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/projects}: the projects of the token's organization that have any node in the graph: a
 * Project node (an event was logged: every event comes with its project's counter), an Agent (an agent
 * registered), a Task (claimed) or a Cursor (someone marked a position or handed off). Any other project answers
 * too, with nothing in it, but only these are listed. The library has no such listing, as each client is bound to
 * one project, so this is the dashboard's own query, bound to the organization like every library query.
 *
 * <p>Thread-safe; blocks on one read.
 */
final class ProjectsHandler implements JsonEndpoint {

    private static final String PROJECTS = """
            MATCH (p:Project {organization_id: $org}) RETURN p.project_id AS project
            UNION
            MATCH (a:Agent {organization_id: $org}) RETURN a.project_id AS project
            UNION
            MATCH (t:Task {organization_id: $org}) RETURN t.project_id AS project
            UNION
            MATCH (c:Cursor {organization_id: $org}) RETURN c.project_id AS project
            """;

    private final GraphQueries graph;

    ProjectsHandler(GraphQueries graph) {
        this.graph = graph;
    }

    @Override
    public Object respond(ApiRequest request) {
        List<Map<String, Object>> projects = graph.read(PROJECTS, Map.of("org", request.organizationId())).stream()
                .map(r -> r.get("project").asString()).sorted()
                .map(id -> Map.<String, Object>of("project_id", id)).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("organization_id", request.organizationId());
        json.put("projects", projects);
        return json;
    }
}
