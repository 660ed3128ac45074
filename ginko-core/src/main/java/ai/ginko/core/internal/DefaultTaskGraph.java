package ai.ginko.core.internal;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.DefinedTasks;
import ai.ginko.core.TaskAssignment;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskDependencies;
import ai.ginko.core.TaskFilter;
import ai.ginko.core.TaskGraph;
import ai.ginko.core.TaskView;
import ai.ginko.core.Waves;
import ai.ginko.core.spi.Logged;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link TaskGraph} of a client: argument checks here, data and atomicity in the store, rules in
 * {@link TaskRules}.
 */
final class DefaultTaskGraph implements TaskGraph {

    private final DefaultCoordinationClient client;

    DefaultTaskGraph(DefaultCoordinationClient client) {
        this.client = client;
    }

    @Override
    public DefinedTasks define(Collection<TaskDefinition> definitions) {
        Checks.notNull(definitions, "definitions");
        if (definitions.isEmpty() || definitions.size() > MAX_DEFINITIONS) {
            throw new IllegalArgumentException("definitions must have between 1 and " + MAX_DEFINITIONS
                    + " entries, had " + definitions.size());
        }
        List<TaskDefinition> batch = new ArrayList<>(definitions.size());
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (TaskDefinition definition : definitions) {
            Checks.notNull(definition, "definitions[" + index++ + "]");
            if (!ids.add(definition.id())) {
                throw new IllegalArgumentException("definitions must define each task once, "
                        + definition.id() + " was defined twice");
            }
            batch.add(definition);
        }
        Logged<DefinedTasks> defined = client.define(List.copyOf(batch));
        return defined.result();
    }

    @Override
    public List<TaskView> ready(TaskFilter filter, int limit) {
        return client.readyWork().ready(Optional.empty(), checked(filter), checkedLimit(limit));
    }

    @Override
    public List<TaskView> readyFor(String agentId, TaskFilter filter, int limit) {
        Checks.id(agentId, "agentId");
        return client.readyWork().ready(Optional.of(agentId), checked(filter), checkedLimit(limit));
    }

    @Override
    public Optional<TaskView> task(String taskId) {
        Checks.id(taskId, "taskId");
        return all().stream().filter(task -> task.id().equals(taskId)).findFirst();
    }

    @Override
    public List<TaskView> all() {
        return TaskRules.views(client.storedTasks());
    }

    @Override
    public Waves waves() {
        return TaskRules.waves(all());
    }

    @Override
    public Optional<TaskDependencies> dependencies(String taskId) {
        Checks.id(taskId, "taskId");
        return TaskRules.dependencies(all(), taskId);
    }

    @Override
    public TaskAssignment assign(String taskId, String agentId, String note) {
        return client.assign(Checks.id(taskId, "taskId"), Checks.id(agentId, "agentId"),
                Optional.of(Checks.text(note, "note", Checks.MAX_DESCRIPTION_BYTES)));
    }

    @Override
    public TaskAssignment assign(String taskId, String agentId) {
        return client.assign(Checks.id(taskId, "taskId"), Checks.id(agentId, "agentId"), Optional.empty());
    }

    private static TaskFilter checked(TaskFilter filter) {
        return Checks.notNull(filter, "filter");
    }

    private static int checkedLimit(int limit) {
        return Checks.between(limit, 1, CoordinationClient.MAX_LIMIT, "limit");
    }
}
