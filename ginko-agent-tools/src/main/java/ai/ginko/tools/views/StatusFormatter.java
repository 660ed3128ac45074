package ai.ginko.tools.views;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.Blocker;
import java.util.ArrayList;
import java.util.List;

/**
 * The text layout of {@code ginko agent status}:
 *
 * <pre>
 * Active Agents (2):
 *   agent_abc123  Claude-Implementer  busy  TASK-4 (12m ago)
 *   agent_def456  GPT-Reviewer        idle  - (2m ago)  2 unread, 1 ack overdue
 *
 * Blockers (1):
 *   TASK-5 blocked by: API rate limit (high severity)
 *     Affects: TASK-6, TASK-8
 * </pre>
 *
 * Columns are as wide as their widest cell, across the active and (with {@code --all}) offline sections alike, so
 * both line up. The age is the time since the agent's last heartbeat, by the database's clock. An agent with
 * pending messages shows how many it has not read and how many ack-required ones it has not acknowledged in time.
 */
public final class StatusFormatter {

    private static final String INDENT = "  ";
    private static final String NONE = INDENT + "(none)";

    private StatusFormatter() {
    }

    public static String format(StatusSnapshot snapshot, boolean all) {
        List<AgentInfo> active = snapshot.active();
        List<String> rows = TextTable.align(snapshot.shown(all).stream().map(agent -> cells(agent, snapshot))
                .toList());
        StringBuilder text = new StringBuilder();
        section(text, "Active Agents", rows.subList(0, active.size()));
        if (all) {
            section(text.append('\n'), "Offline Agents", rows.subList(active.size(), rows.size()));
        }
        section(text.append('\n'), "Blockers", blockerLines(snapshot.blockers()), snapshot.blockers().size());
        return text.toString();
    }

    private static List<String> cells(AgentInfo agent, StatusSnapshot snapshot) {
        String task = agent.currentTask().orElse("-");
        List<String> cells = new ArrayList<>(List.of(agent.id(), agent.name(), agent.status().wireName(),
                task + " (" + Ages.ago(agent.sinceLastHeartbeat()) + ")"));
        snapshot.inbox(agent.id()).ifPresent(inbox -> cells.add(inbox.unread() + " unread, " + inbox.ackOverdue()
                + " ack overdue"));
        return cells;
    }

    private static List<String> blockerLines(List<BlockerView> blockers) {
        List<String> lines = new ArrayList<>();
        for (BlockerView view : blockers) {
            Blocker blocker = view.blocker();
            lines.add(view.subject() + " blocked by: " + blocker.blockedBy()
                    + " (" + blocker.severity().wireName() + " severity)");
            if (!view.affects().isEmpty()) {
                lines.add(INDENT + "Affects: " + String.join(", ", view.affects()));
            }
        }
        return lines;
    }

    private static void section(StringBuilder text, String title, List<String> lines) {
        section(text, title, lines, lines.size());
    }

    private static void section(StringBuilder text, String title, List<String> lines, int count) {
        text.append(title).append(" (").append(count).append("):\n");
        if (lines.isEmpty()) {
            text.append(NONE).append('\n');
        }
        lines.forEach(line -> text.append(INDENT).append(line).append('\n'));
    }
}
