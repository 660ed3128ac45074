package ai.ginko.tools;

import ai.ginko.core.TaskFilter;
import ai.ginko.core.TaskView;
import java.util.List;

/**
 * Which tasks of the graph an agent may take: by default those whose required capabilities the agent's own cover
 * (as registered), with {@code any_capability} every task.
 */
final class TaskChoice {

    static final Parameter ANY_CAPABILITY = Parameter.bool("any_capability",
            "Also tasks that need capabilities this agent did not register (default false).");

    private TaskChoice() {
    }

    static TaskFilter filter(AgentContext context, Arguments arguments) {
        return arguments.bool("any_capability", false) ? TaskFilter.any()
                : TaskFilter.capabilities(context.session().info().capabilities());
    }

    /** {@code TASK-2 [p1] Long-poll API (needs java)}, one task a line. */
    static String lines(List<TaskView> tasks) {
        return String.join("\n", tasks.stream().map(TaskChoice::line).toList());
    }

    private static String line(TaskView task) {
        List<String> needs = task.definition().capabilities();
        return "  " + task.id() + " [p" + task.definition().priority() + "] " + task.definition().title()
                + (needs.isEmpty() ? "" : " (needs " + String.join(", ", needs) + ")")
                + task.assignment().map(a -> " assigned to this agent").orElse("");
    }
}
