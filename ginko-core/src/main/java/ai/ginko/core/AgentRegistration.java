package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * What an agent says about itself when it registers. Registering the same id again is idempotent: it updates the
 * name and capabilities and keeps the agent's history.
 *
 * @param agentId      the agent's id, e.g. {@code agent_3f9a1c2b7d4e}; see {@link #named(String)}
 * @param name         a display name such as {@code Claude-Implementer}; not blank, at most 4 KiB
 * @param capabilities what it can do (ids, no duplicates, at most 100); may be empty
 */
public record AgentRegistration(String agentId, String name, List<String> capabilities) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public AgentRegistration {
        Checks.id(agentId, "agentId");
        Checks.text(name, "name", Checks.MAX_TEXT_BYTES);
        capabilities = Checks.idList(capabilities, "capabilities");
    }

    /** A registration with a fresh id ({@code agent_} and 12 random hex digits) and no capabilities. */
    public static AgentRegistration named(String name) {
        byte[] suffix = new byte[6];
        RANDOM.nextBytes(suffix);
        return new AgentRegistration("agent_" + HexFormat.of().formatHex(suffix), name, List.of());
    }

    public AgentRegistration withId(String newAgentId) {
        return new AgentRegistration(newAgentId, name, capabilities);
    }

    public AgentRegistration withCapabilities(Collection<String> newCapabilities) {
        return new AgentRegistration(agentId, name, Checks.idList(newCapabilities, "capabilities"));
    }
}
