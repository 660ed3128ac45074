package ai.ginko.examples.cli;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.TaskFilter;
import ai.ginko.core.TaskStatus;
import ai.ginko.core.TaskView;
import ai.ginko.tools.views.JsonViews;
import ai.ginko.tools.views.TextTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ginko task ready}: the tasks that can be taken now. As an agent ({@code GINKO_AGENT_ID}): what it may
 * take, the tasks assigned to it first, filtered by its registered capabilities unless {@code --capability} says
 * otherwise. Without an agent: the unassigned ready tasks, filtered only when {@code --capability} is given.
 */
@Command(name = "ready", description = "List the tasks ready to be taken, most urgent first.")
final class TaskReadyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--capability", split = ",", paramLabel = "CAPABILITY",
            description = "Only tasks these capabilities cover; repeatable (default: the agent's, or any).")
    private List<String> capabilities = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N (1-1000).")
    private int limit;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private AgentOption agent;

    @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
    @Mixin
    private VerboseOption verbose;

    @Override
    public Integer call() throws InterruptedException {
        return connection.run(client -> {
            List<TaskView> ready = agent.agentId().isPresent() ? readyForAgent(client, agent.agentId().get())
                    : client.tasks().ready(capabilities.isEmpty() ? TaskFilter.any()
                            : TaskFilter.capabilities(capabilities), limit);
            print(ready);
            return 0;
        });
    }

    private List<TaskView> readyForAgent(CoordinationClient client, String agentId) {
        AgentInfo info = client.agent(agentId).orElseThrow(() -> new CliFailure("agentId: no agent '" + agentId
                + "' is registered in " + client.scope() + " (see 'ginko agent register')"));
        List<String> own = capabilities.isEmpty() ? info.capabilities() : capabilities;
        return client.tasks().readyFor(agentId, TaskFilter.capabilities(own), limit);
    }

    private void print(List<TaskView> ready) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.write(Map.of("tasks", ready.stream().map(JsonViews::task).toList())));
            return;
        }
        if (ready.isEmpty()) {
            out.println("No ready tasks.");
            return;
        }
        out.println("Ready tasks (" + ready.size() + "):");
        List<List<String>> rows = new ArrayList<>();
        for (TaskView task : ready) {
            rows.add(List.of("  " + task.id(), "P" + task.definition().priority(), task.definition().title(),
                    notes(task)));
        }
        TextTable.align(rows).forEach(line -> out.println(line.stripTrailing()));
    }

    private static String notes(TaskView task) {
        List<String> notes = new ArrayList<>();
        if (task.status() == TaskStatus.ASSIGNED) {
            notes.add("assigned to you");
        }
        if (!task.definition().capabilities().isEmpty()) {
            notes.add("needs " + String.join(", ", task.definition().capabilities()));
        }
        task.holder().ifPresent(holder -> notes.add("take over from " + holder + " (offline)"));
        return String.join("; ", notes);
    }
}
