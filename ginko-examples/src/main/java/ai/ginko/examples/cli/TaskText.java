package ai.ginko.examples.cli;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.TaskAssignment;
import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskView;
import java.util.HashMap;
import java.util.Map;

/** How tasks of the graph read on the command line: {@code in progress by agent_x (Claude)}, {@code ready}, … */
final class TaskText {

    private final Map<String, String> agentNames;

    private TaskText(Map<String, String> agentNames) {
        this.agentNames = agentNames;
    }

    /** Names agents by the scope's registered agents. */
    static TaskText of(CoordinationClient client) {
        Map<String, String> names = new HashMap<>();
        client.agents().forEach(agent -> names.put(agent.id(), agent.name()));
        return new TaskText(names);
    }

    String status(TaskView task) {
        return switch (task.status()) {
            case COMPLETED -> "completed by " + agent(task.claim().map(TaskClaim::agentId).orElseThrow());
            case IN_PROGRESS -> "in progress by " + agent(task.holder().orElseThrow());
            case ASSIGNED -> "assigned to " + agent(task.assignment().map(TaskAssignment::agentId).orElseThrow());
            case WAITING -> "waiting on " + String.join(", ", task.waitingOn());
            case READY -> task.holder().map(holder -> "ready (" + holder + " went offline holding it)").orElse("ready");
        };
    }

    /** {@code agent_3f9a1c2b7d4e (Claude-Implementer)}, or the bare id of an agent not registered. */
    String agent(String agentId) {
        String name = agentNames.get(agentId);
        return name == null ? agentId : agentId + " (" + name + ")";
    }
}
