package ai.ginko.examples.setup;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * What a client needs to start ginko's MCP server: the launcher's absolute path, its arguments, and the variables
 * to set for it (in the order they are written).
 */
public record McpServerEntry(String command, List<String> args, SequencedMap<String, String> env) {

    /** The name of the server entry in every client's configuration. */
    public static final String NAME = "ginko";

    public McpServerEntry {
        if (command.isBlank() || !command.startsWith("/")) {
            throw new IllegalArgumentException("command must be an absolute path, was '" + command + "'");
        }
        args = List.copyOf(args);
        if (args.isEmpty()) {
            throw new IllegalArgumentException("args must not be empty");
        }
        env.forEach((variable, value) -> {
            if (value.isBlank()) {
                throw new IllegalArgumentException(variable + " must not be blank");
            }
        });
        env = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(env));
    }
}
