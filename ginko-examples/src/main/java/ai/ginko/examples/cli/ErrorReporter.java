package ai.ginko.examples.cli;

import ai.ginko.core.GinkoException;
import ai.ginko.core.UnknownAgentException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into one line on standard error and an exit code: 2 for usage errors (including the library's
 * {@link IllegalArgumentException}s, which name the invalid value), 1 for everything else. Stack traces only with
 * {@code --verbose}: a shell user can act on the message, not on the trace.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {

    static final int FAILURE = 1;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("ginko: " + usageMessage(e));
        printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult fullParseResult) {
        PrintWriter err = command.getErr();
        err.println("ginko: " + message(e));
        if (command.getParseResult().hasMatchedOption(VerboseOption.NAME)) {
            e.printStackTrace(err);
        }
        err.flush();
        return exitCode(e);
    }

    /**
     * A failure of a command that runs without picocli (without arguments, so without {@code --verbose}): the
     * line and the exit code {@link #handleExecutionException} gives.
     */
    static int reportFailure(Exception e, PrintStream err) {
        err.println("ginko: " + message(e));
        err.flush();
        return exitCode(e);
    }

    private static int exitCode(Exception e) {
        return e instanceof IllegalArgumentException ? ExitCode.USAGE : FAILURE;
    }

    /** For an unknown command, the commands it may have meant (see {@link CommandSuggestions}); else picocli's. */
    private static void printSuggestions(ParameterException e, PrintWriter err) {
        if (e instanceof UnmatchedArgumentException unmatched && unknownCommand(unmatched)) {
            CommandLine command = unmatched.getCommandLine();
            List<String> suggestions = CommandSuggestions.of(unmatched.getUnmatched().getFirst(),
                    command.getSubcommands().keySet());
            if (!suggestions.isEmpty()) {
                String prefix = command.getCommandSpec().qualifiedName() + " ";
                err.println("Did you mean: " + prefix + String.join(", " + prefix, suggestions) + "?");
                return;
            }
        }
        UnmatchedArgumentException.printSuggestions(e, err);
    }

    private static boolean unknownCommand(UnmatchedArgumentException unmatched) {
        CommandLine command = unmatched.getCommandLine();
        return !unmatched.isUnknownOption() && !unmatched.getUnmatched().isEmpty()
                && !command.getSubcommands().isEmpty() && command.getCommandSpec().positionalParameters().isEmpty();
    }

    /**
     * Picocli's message, except for a word where a command of a command group belongs: picocli calls it an
     * "unmatched argument", a shell user knows it as an unknown command. Unknown options keep picocli's message,
     * which names each of them ({@code Unknown options: '--bogus', '--zap'}).
     */
    private static String usageMessage(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && unknownCommand(unmatched)) {
            CommandLine command = unmatched.getCommandLine();
            String name = command.getCommandSpec().qualifiedName();
            return "Unknown command '" + unmatched.getUnmatched().getFirst() + "'"
                    + (command.getParent() == null ? "" : " for '" + name + "'");
        }
        return Objects.requireNonNullElse(e.getMessage(), e.toString());
    }

    private static String message(Exception e) {
        return switch (e) {
            case UnknownAgentException unknown -> unknown.getMessage() + " (see 'ginko agent register')";
            case CliFailure failure -> messageOf(failure);
            case IllegalArgumentException invalid -> messageOf(invalid);
            case GinkoException refused -> messageOf(refused);
            default -> "unexpected error: " + e + " (run with --verbose for details)";
        };
    }

    private static String messageOf(Exception e) {
        String message = e.getMessage();
        return message != null ? message : e.toString();
    }
}
