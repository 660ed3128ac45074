package ai.ginko.core.internal;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.Blocker;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.Importance;
import ai.ginko.core.MessageHeader;
import ai.ginko.core.NewsItem;
import ai.ginko.core.TaskView;
import ai.ginko.core.paths.PathPattern;
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

    /**
     * What an event's line is judged against.
     *
     * @param agents    the scope's agents by id, to name authors
     * @param heldTasks the tasks this agent holds
     * @param mine      the patterns this agent reserves
     * @param touched   the files this agent just touched
     */
    record Context(Map<String, AgentInfo> agents, Set<String> heldTasks, List<PathPattern> mine,
            List<String> touched) {
    }

    static NewsItem event(Event event, Context context) {
        if (event.category() == EventCategory.MESSAGE && event.message().isPresent()) {
            return message(event, event.message().orElseThrow(), context);
        }
        if (event.category() == EventCategory.RESERVATION) {
            return reservation(event, context);
        }
        Map<String, AgentInfo> agents = context.agents();
        Set<String> heldTasks = context.heldTasks();
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

    private static NewsItem message(Event event, MessageHeader header, Context context) {
        StringBuilder line = new StringBuilder()
                .append('#').append(event.sequence()).append(' ')
                .append(author(event, context.agents()))
                .append(header.broadcast() ? " message to all: " : " message to you: ")
                .append(quoted(event.description()));
        header.body().ifPresent(body -> line.append(" — ").append(quoted(body)));
        if (header.importance() != Importance.NORMAL) {
            line.append("; importance ").append(header.importance().wireName());
        }
        if (header.ackRequired()) {
            line.append("; acknowledgement requested");
        }
        line.append("; message id ").append(event.id());
        return new NewsItem(NewsItem.Kind.MESSAGE, line.toString(), Optional.of(event));
    }

    /** A grant, renewal or release of reservations; its own kind when it concerns this agent's paths. */
    private static NewsItem reservation(Event event, Context context) {
        StringBuilder line = new StringBuilder()
                .append('#').append(event.sequence()).append(' ')
                .append(author(event, context.agents())).append(' ')
                .append(event.category().wireName()).append(": ")
                .append(quoted(event.description()));
        boolean releasing = ReservationEvents.RELEASED.equals(event.metadata().get(ReservationEvents.ACTION));
        List<PathPattern> patterns = releasing ? List.of() : patterns(event);
        List<String> overlapping = patterns.stream()
                .flatMap(theirs -> context.mine().stream().filter(theirs::overlaps).map(PathPattern::text))
                .distinct().toList();
        List<String> covered = context.touched().stream()
                .filter(path -> patterns.stream().anyMatch(theirs -> theirs.matches(path))).toList();
        if (!overlapping.isEmpty()) {
            line.append(" (overlaps your reservation of ").append(String.join(", ", overlapping)).append(')');
        }
        if (!covered.isEmpty()) {
            line.append(" (covers ").append(String.join(", ", covered)).append(", which you just touched)");
        }
        boolean concernsMe = !overlapping.isEmpty() || !covered.isEmpty();
        return new NewsItem(concernsMe ? NewsItem.Kind.RESERVATION : NewsItem.Kind.EVENT, line.toString(),
                Optional.of(event));
    }

    /** The patterns a reservation event names (metadata {@code patterns}); those that do not parse are passed over. */
    private static List<PathPattern> patterns(Event event) {
        if (!(event.metadata().get("patterns") instanceof List<?> texts)) {
            return List.of();
        }
        return texts.stream().flatMap(text -> parsed(String.valueOf(text)).stream()).toList();
    }

    /** ReservationEvents writes valid patterns only; an event written otherwise must not stop the agent's news. */
    private static Optional<PathPattern> parsed(String text) {
        try {
            return Optional.of(PathPattern.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
