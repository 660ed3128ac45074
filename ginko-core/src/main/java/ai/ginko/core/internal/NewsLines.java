package ai.ginko.core.internal;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.Blocker;
import ai.ginko.core.Event;
import ai.ginko.core.NewsItem;
import ai.ginko.core.TaskView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one-line wording of news items: who did what, stated as facts (Claude Code's hooks reference advises
 * factual text, since imperative text in a context can trip a model's defences against prompt injection).
 */
final class NewsLines {

    /** Longest description quoted in a line, in characters; longer ones end with an ellipsis. */
    static final int MAX_QUOTED = 300;

    private NewsLines() {
    }

    static NewsItem event(Event event, Map<String, AgentInfo> agents, Set<String> heldTasks) {
        StringBuilder line = new StringBuilder()
                .append('#').append(event.sequence()).append(' ')
                .append(author(event, agents)).append(' ')
                .append(event.category().wireName()).append(": ")
                .append(quoted(event.description()));
        event.taskId().ifPresent(task -> line.append(" [").append(task).append(']'));
        boolean holdsUpMine = false;
        if (event.blocker().isPresent()) {
            Blocker blocker = event.blocker().orElseThrow();
            line.append("; blocked by ").append(quoted(blocker.blockedBy()))
                    .append(", severity ").append(blocker.severity().wireName());
            if (!blocker.blockingTasks().isEmpty()) {
                line.append("; holds up ").append(String.join(", ", blocker.blockingTasks()));
            }
            List<String> mine = blocker.blockingTasks().stream().filter(heldTasks::contains).toList();
            if (!mine.isEmpty()) {
                holdsUpMine = true;
                line.append(" (you hold ").append(String.join(", ", mine)).append(')');
            }
            line.append("; event id ").append(event.id());
        }
        return new NewsItem(holdsUpMine ? NewsItem.Kind.BLOCKER : NewsItem.Kind.EVENT, line.toString(),
                Optional.of(event));
    }

    static NewsItem readyTask(TaskView task) {
        String assigned = task.assignment().isPresent() ? ", assigned to you" : "";
        return new NewsItem(NewsItem.Kind.READY_TASK, task.id() + " is ready for you: "
                + quoted(task.definition().title()) + " (priority " + task.definition().priority() + assigned + ")",
                Optional.empty());
    }

    /** {@code agent_3f9a1c2b7d4e (Claude-Implementer)}; a person as {@code user alice}. */
    private static String author(Event event, Map<String, AgentInfo> agents) {
        return event.agentId()
                .map(id -> Optional.ofNullable(agents.get(id)).map(a -> id + " (" + quoted(a.name()) + ")")
                        .orElse(id))
                .orElseGet(() -> "user " + event.userId());
    }

    /** The text on one line, cut to {@link #MAX_QUOTED} characters. */
    static String quoted(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_QUOTED ? oneLine : oneLine.substring(0, MAX_QUOTED - 1) + "…";
    }
}
