package ai.ginko.examples.cli;

import ai.ginko.core.Importance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options a sent message and a reply share: its body, its importance and its acknowledgement flag. */
final class MessageOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--body", paramLabel = "TEXT", description = "The message's text (Markdown).")
    private @Nullable String body;

    @Option(names = "--body-file", paramLabel = "FILE",
            description = "Read the text from this file; '-' reads standard input.")
    private @Nullable Path bodyFile;

    @Option(names = "--importance", paramLabel = "IMPORTANCE", completionCandidates = WireValues.Importances.class,
            description = "One of: ${COMPLETION-CANDIDATES} (default: normal; a reply keeps the original's).")
    private @Nullable Importance importance;

    @Option(names = "--ack-required", negatable = true,
            description = "Ask each recipient to acknowledge it (a reply keeps the original's unless given).")
    private @Nullable Boolean ackRequired;

    /** The body from {@code --body} or {@code --body-file}; at most one of them. */
    Optional<String> body(InputStream stdin) {
        if (body != null && bodyFile != null) {
            throw new ParameterException(command.commandLine(), "give the body with --body or --body-file, not both");
        }
        if (bodyFile == null) {
            return Optional.ofNullable(body);
        }
        try {
            byte[] bytes = bodyFile.toString().equals("-") ? stdin.readAllBytes() : Files.readAllBytes(bodyFile);
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CliFailure("cannot read the body from " + bodyFile + ": " + e.getMessage(), e);
        }
    }

    Optional<Importance> importance() {
        return Optional.ofNullable(importance);
    }

    Optional<Boolean> ackRequired() {
        return Optional.ofNullable(ackRequired);
    }
}
