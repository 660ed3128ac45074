package ai.ginko.examples.cli;

import ai.ginko.core.DefinedTasks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ginko task import}: defines the tasks of a sprint file (see {@link SprintFile}) in one call: all of them,
 * or none when one is refused. Dependencies it cannot resolve (on another sprint's tasks) are reported on standard
 * error and left out.
 */
@Command(name = "import", description = "Define the tasks of a sprint file (### TASK-N: Title, **Effort:**, "
        + "**Depends:**).")
final class TaskImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The sprint file, in markdown.")
    private Path file;

    @Option(names = "--prefix", paramLabel = "PREFIX", defaultValue = "",
            description = "Put this before every task id of the file, e.g. S2- (default: none).")
    private String prefix;

    @Mixin
    private ConnectionOptions connection;

    @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
    @Mixin
    private VerboseOption verbose;

    @Override
    public Integer call() throws InterruptedException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliFailure("cannot read " + file + ": " + e.getMessage(), e);
        }
        SprintFile.Parsed parsed = SprintFile.parse(lines, prefix);
        if (parsed.tasks().isEmpty()) {
            throw new CliFailure("no task in " + file + " (tasks start with '### TASK-N: Title')");
        }
        parsed.warnings().forEach(warning -> spec.commandLine().getErr().println("ginko: " + warning));
        return connection.run(client -> {
            DefinedTasks defined = client.tasks().define(parsed.tasks());
            spec.commandLine().getOut().printf("Imported %d tasks from %s: %d created, %d updated, %d unchanged%n",
                    parsed.tasks().size(), file.getFileName(), defined.created().size(), defined.updated().size(),
                    defined.unchanged().size());
            return 0;
        });
    }
}
