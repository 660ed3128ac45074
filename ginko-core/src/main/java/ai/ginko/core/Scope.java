package ai.ginko.core;

import ai.ginko.core.internal.Checks;

/**
 * The organization and project that every event, agent, claim and cursor belongs to. Nothing is ever read or
 * written across scopes: a client is bound to one scope for its whole life.
 *
 * @param organizationId the organization; not blank, at most 256 characters, no control characters
 * @param projectId      the project within the organization; same rules
 */
public record Scope(String organizationId, String projectId) {

    public Scope {
        Checks.id(organizationId, "organizationId");
        Checks.id(projectId, "projectId");
    }

    public static Scope of(String organizationId, String projectId) {
        return new Scope(organizationId, projectId);
    }

    @Override
    public String toString() {
        return organizationId + "/" + projectId;
    }
}
