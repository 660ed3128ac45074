package ai.ginko.examples.hook;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.InboxQuery;
import ai.ginko.core.Message;
import ai.ginko.core.Reservation;
import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskFilter;
import ai.ginko.core.TaskState;
import ai.ginko.core.TaskView;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The overview an agent gets when its Claude Code session starts, as factual lines: which agent it is, who else is
 * online and on what, the tasks it holds, its reservations, its unread messages, the active blockers and the tasks
 * ready for it.
 */
final class SessionOverview {

    /** How many agents, blockers and ready tasks the overview names at most; it says how many more there are. */
    static final int AGENTS_SHOWN = 20;
    static final int BLOCKERS_SHOWN = 5;
    static final int READY_SHOWN = 5;
    static final int UNREAD_SHOWN = 5;

    private SessionOverview() {
    }

    static String of(CoordinationClient client, String agentId) {
        List<AgentInfo> agents = client.agents();
        AgentInfo me = agents.stream().filter(a -> a.id().equals(agentId)).findFirst()
                .orElseGet(() -> client.agent(agentId).orElseThrow());
        List<String> lines = List.of(
                "Ginko: this session is agent " + describe(me) + " in " + client.scope() + ".",
                online(agents, agentId),
                claims(client, agentId),
                reservations(client.reservations(), agentId),
                unread(client.inbox(agentId, InboxQuery.builder().unreadOnly().limit(UNREAD_SHOWN).build())),
                blockers(client.activeBlockers()),
                ready(client.tasks().readyFor(agentId, TaskFilter.capabilities(me.capabilities()), READY_SHOWN),
                        agentId));
        return String.join("\n", lines);
    }

    private static String online(List<AgentInfo> agents, String agentId) {
        List<String> others = agents.stream()
                .filter(a -> a.status() != AgentStatus.OFFLINE && !a.id().equals(agentId))
                .map(a -> describe(a) + a.currentTask().map(task -> " busy on " + task).orElse(" idle"))
                .toList();
        return others.isEmpty() ? "No other agent is online." : "Other agents online: " + named(others, AGENTS_SHOWN);
    }

    private static String claims(CoordinationClient client, String agentId) {
        List<String> held = client.claims().stream()
                .filter(c -> c.agentId().equals(agentId) && c.state() == TaskState.CLAIMED)
                .map(TaskClaim::taskId).toList();
        return held.isEmpty() ? "This agent holds no task." : "This agent holds " + String.join(", ", held) + ".";
    }

    private static String reservations(List<Reservation> all, String agentId) {
        List<String> mine = all.stream().filter(r -> r.agentId().equals(agentId))
                .map(r -> r.pattern().text() + " (" + r.mode() + ", until "
                        + r.expiresAt().truncatedTo(ChronoUnit.SECONDS) + ")")
                .toList();
        return mine.isEmpty() ? "This agent reserves no path." : "This agent reserves " + String.join("; ", mine) + ".";
    }

    private static String unread(List<Message> unread) {
        List<String> lines = unread.stream().map(m -> "from " + m.from() + ": \"" + m.subject() + "\" (message id "
                + m.id() + ")").toList();
        return lines.isEmpty() ? "No unread message." : "Unread messages, newest first: " + named(lines, UNREAD_SHOWN);
    }

    private static String blockers(List<Event> active) {
        List<String> lines = active.stream().map(e -> e.blocker().map(b -> "\"" + e.description() + "\" blocked by "
                + b.blockedBy() + " (" + b.severity().wireName() + ")"
                + (b.blockingTasks().isEmpty() ? "" : ", holds up " + String.join(", ", b.blockingTasks()))
                + ", event id " + e.id()).orElse(e.description())).toList();
        return lines.isEmpty() ? "No active blocker." : "Active blockers: " + named(lines, BLOCKERS_SHOWN);
    }

    private static String ready(List<TaskView> ready, String agentId) {
        List<String> lines = ready.stream().map(t -> t.id() + " " + t.definition().title() + " (priority "
                + t.definition().priority() + (t.assignment().isPresent() ? ", assigned to " + agentId : "") + ")")
                .toList();
        return lines.isEmpty() ? "No task of the task graph is ready for this agent."
                : "Ready for this agent: " + String.join("; ", lines) + ".";
    }

    private static String named(List<String> items, int shown) {
        String named = items.stream().limit(shown).collect(Collectors.joining("; "));
        return Stream.of(named, items.size() > shown ? "; and " + (items.size() - shown) + " more" : "")
                .collect(Collectors.joining()) + ".";
    }

    private static String describe(AgentInfo agent) {
        return agent.id() + " (" + agent.name() + ")";
    }

    /** {@code text} cut at a line boundary to at most {@code max} characters; empty when not even a line fits. */
    static Optional<String> cut(String text, int max) {
        if (text.length() <= max) {
            return Optional.of(text);
        }
        int end = text.lastIndexOf('\n', max);
        return end <= 0 ? Optional.empty() : Optional.of(text.substring(0, end));
    }
}
