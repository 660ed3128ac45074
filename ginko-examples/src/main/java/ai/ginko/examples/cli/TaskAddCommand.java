package ai.ginko.examples.cli;

import ai.ginko.core.DefinedTasks;
import ai.ginko.core.TaskDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ginko task add}: defines (or redefines) one task of the graph, as the user. */
@Command(name = "add", description = "Define a task of the graph (again, to change it).",
        footer = {"", "Example:",
            "  ginko task add TASK-8 --title \"Integration tests\" --priority 1 --depends-on TASK-5,TASK-6 \\",
            "      --capability java"})
final class TaskAddCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TASK_ID", description = "The task, e.g. TASK-4.")
    private String taskId;

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "A one-line summary.")
    private String title;

    @Option(names = "--priority", paramLabel = "N", defaultValue = "2",
            description = "0 (most urgent) to 4 (backlog); default: ${DEFAULT-VALUE}.")
    private int priority;

    @Option(names = "--depends-on", split = ",", paramLabel = "TASK_ID",
            description = "Tasks that must be completed first, comma-separated.")
    private List<String> dependsOn = new ArrayList<>();

    @Option(names = "--capability", split = ",", paramLabel = "CAPABILITY",
            description = "What an agent needs to take it; repeatable.")
    private List<String> capabilities = new ArrayList<>();

    @Option(names = "--estimate", paramLabel = "SIZE", description = "Free-form size, e.g. Small or 2h.")
    private String estimate;

    @Option(names = "--description", paramLabel = "TEXT", description = "What to do.")
    private String description;

    @Mixin
    private ConnectionOptions connection;

    @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
    @Mixin
    private VerboseOption verbose;

    @Override
    public Integer call() throws InterruptedException {
        TaskDefinition.Builder task = TaskDefinition.builder(taskId, title).priority(priority)
                .dependsOn(dependsOn).capabilities(capabilities);
        if (estimate != null) {
            task.estimate(estimate);
        }
        if (description != null) {
            task.description(description);
        }
        TaskDefinition definition = task.build();
        return connection.run(client -> {
            DefinedTasks defined = client.tasks().define(definition);
            String what = !defined.created().isEmpty() ? "Created" : !defined.updated().isEmpty() ? "Updated"
                    : "Unchanged";
            spec.commandLine().getOut().println(what + " " + definition.id() + ": " + definition.title());
            return 0;
        });
    }
}
