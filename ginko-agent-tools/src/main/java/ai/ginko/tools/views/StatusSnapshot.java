package ai.ginko.tools.views;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.InboxCounts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What {@code ginko agent status} shows, read once: every agent of the scope and the active blockers.
 *
 * @param agents   all registered agents, by id
 * @param blockers the unresolved blockers, most severe first, then oldest first
 * @param inboxes  per agent id with pending messages, its unread and ack-overdue counts
 */
public record StatusSnapshot(List<AgentInfo> agents, List<BlockerView> blockers, Map<String, InboxCounts> inboxes) {

    /** How long an ack-required message may wait for its acknowledgement before status counts it overdue. */
    public static final Duration DEFAULT_ACK_OVERDUE = Duration.ofMinutes(30);

    public StatusSnapshot {
        inboxes = Map.copyOf(inboxes);
    }

    /** A snapshot with no pending messages. */
    public StatusSnapshot(List<AgentInfo> agents, List<BlockerView> blockers) {
        this(agents, blockers, Map.of());
    }

    public static StatusSnapshot read(CoordinationClient client) {
        return read(client, DEFAULT_ACK_OVERDUE);
    }

    public static StatusSnapshot read(CoordinationClient client, Duration ackOverdueAfter) {
        List<AgentInfo> agents = client.agents();
        Map<String, AgentInfo> byId = agents.stream().collect(Collectors.toMap(AgentInfo::id, Function.identity()));
        List<BlockerView> blockers = client.activeBlockers().stream()
                .map(event -> BlockerView.of(event, byId))
                .toList();
        Map<String, InboxCounts> inboxes = client.inboxCounts(ackOverdueAfter).stream()
                .collect(Collectors.toMap(InboxCounts::agentId, Function.identity()));
        return new StatusSnapshot(agents, blockers, inboxes);
    }

    /** The agent's pending messages; empty when it has none. */
    public Optional<InboxCounts> inbox(String agentId) {
        return Optional.ofNullable(inboxes.get(agentId));
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
