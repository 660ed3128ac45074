package ai.ginko.tools.views;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.CoordinationClient;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What {@code ginko agent status} shows, read once: every agent of the scope and the active blockers.
 *
 * @param agents   all registered agents, by id
 * @param blockers the unresolved blockers, most severe first, then oldest first
 */
public record StatusSnapshot(List<AgentInfo> agents, List<BlockerView> blockers) {

    public static StatusSnapshot read(CoordinationClient client) {
        List<AgentInfo> agents = client.agents();
        Map<String, AgentInfo> byId = agents.stream().collect(Collectors.toMap(AgentInfo::id, Function.identity()));
        List<BlockerView> blockers = client.activeBlockers().stream()
                .map(event -> BlockerView.of(event, byId))
                .toList();
        return new StatusSnapshot(agents, blockers);
    }

    /** Idle or busy agents. */
    List<AgentInfo> active() {
        return agents.stream().filter(agent -> agent.status() != AgentStatus.OFFLINE).toList();
    }

    List<AgentInfo> offline() {
        return agents.stream().filter(agent -> agent.status() == AgentStatus.OFFLINE).toList();
    }

    /** The agents shown: the active ones, and with {@code all} the offline ones after them. */
    public List<AgentInfo> shown(boolean all) {
        return all ? concat(active(), offline()) : active();
    }

    private static List<AgentInfo> concat(List<AgentInfo> first, List<AgentInfo> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
