package ai.ginko.tools.views;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.Blocker;
import ai.ginko.core.Event;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An active blocker as {@code ginko agent status} shows it: {@code SUBJECT blocked by: WHAT (SEVERITY severity)},
 * then the other tasks it holds up.
 *
 * <p>The subject is the task that is stuck: the event's own task id when it has one (the CLI's {@code log} fills it
 * in with the logging agent's current task), else the task the logging agent is working on now, else the first
 * blocking task, else whoever logged the blocker. {@link #affects()} lists the blocking tasks other than the
 * subject.
 *
 * @param event   the blocker event
 * @param subject what is blocked
 * @param affects the other tasks the blocker holds up
 */
public record BlockerView(Event event, String subject, List<String> affects) {

    static BlockerView of(Event event, Map<String, AgentInfo> agentsById) {
        Blocker blocker = event.blocker().orElseThrow();
        String subject = event.taskId()
                .or(() -> loggersCurrentTask(event, agentsById))
                .or(() -> blocker.blockingTasks().stream().findFirst())
                .orElseGet(() -> event.agentId().orElse(event.userId()));
        List<String> affects = blocker.blockingTasks().stream().filter(task -> !task.equals(subject)).toList();
        return new BlockerView(event, subject, affects);
    }

    private static Optional<String> loggersCurrentTask(Event event, Map<String, AgentInfo> agentsById) {
        return event.agentId().map(agentsById::get).flatMap(AgentInfo::currentTask);
    }

    public Blocker blocker() {
        return event.blocker().orElseThrow();
    }
}
