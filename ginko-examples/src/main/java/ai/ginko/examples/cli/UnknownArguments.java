package ai.ginko.examples.cli;

import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Refuses a command line with an argument that no command knows, before anything runs. Picocli refuses such a
 * line by itself, except when it also asks for help: then it prints the help and exits 0, so that
 * {@code ginko nonsense --help} or {@code ginko log --bogus --help} would look as if they had worked. Here the
 * unknown argument wins, and {@link ErrorReporter} names it.
 */
final class UnknownArguments implements IExecutionStrategy {

    private final IExecutionStrategy next = new RunLast();

    @Override
    public int execute(ParseResult parseResult) {
        for (ParseResult command = parseResult; command != null; command = command.subcommand()) {
            if (!command.unmatched().isEmpty()) {
                throw new UnmatchedArgumentException(command.commandSpec().commandLine(), command.unmatched());
            }
        }
        return next.execute(parseResult);
    }
}
