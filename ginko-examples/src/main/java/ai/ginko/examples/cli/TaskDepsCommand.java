package ai.ginko.examples.cli;

import ai.ginko.core.TaskView;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ginko task deps}: the dependency tree with each task's state. */
@Command(name = "deps", description = "Show the dependency tree, with each task's state.",
        footer = {"", "States: completed by A; in progress by A; assigned to A; ready; waiting on T1, T2."})
final class TaskDepsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TASK_ID",
            description = "Show only this task and what it depends on (default: every task).")
    private String taskId;

    @Mixin
    private ConnectionOptions connection;

    @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
    @Mixin
    private VerboseOption verbose;

    @Override
    public Integer call() throws InterruptedException {
        return connection.run(client -> {
            List<TaskView> tasks = client.tasks().all();
            TaskText text = TaskText.of(client);
            PrintWriter out = spec.commandLine().getOut();
            if (taskId != null) {
                TaskView root = tasks.stream().filter(task -> task.id().equals(taskId)).findFirst()
                        .orElseThrow(() -> new CliFailure("no task '" + taskId + "' is defined in " + client.scope()));
                TaskTree.of(tasks, root, text).forEach(out::println);
            } else if (tasks.isEmpty()) {
                out.println("No tasks defined (see 'ginko task add' and 'ginko task import').");
            } else {
                TaskTree.of(tasks, text).forEach(out::println);
            }
            return 0;
        });
    }
}
