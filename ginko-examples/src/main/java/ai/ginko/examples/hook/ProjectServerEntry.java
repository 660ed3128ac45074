package ai.ginko.examples.hook;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The variables that Claude Code gives the session's {@code ginko mcp}: the {@code env} of the {@code ginko} entry
 * in the project's {@code .mcp.json}, as {@code ginko setup claude-code} writes it. {@code ginko hook} answers with
 * them when the session's server does not, so that the command line acts in the scope, on the database and for the
 * agent name of the server, with nothing written twice (and no secret written anywhere it was not).
 *
 * <p>The file is the project's: {@code .mcp.json} in {@code CLAUDE_PROJECT_DIR} (which Claude Code sets for its
 * hooks) or, when that is not set, in the hook's {@code cwd} or the nearest folder above it that has one with a
 * {@code ginko} entry, as Claude Code's working folder may be below the project's. Values are expanded as Claude
 * Code expands them: {@code ${VAR}} to the variable (left as written when it is unset), {@code ${VAR:-default}} to
 * the variable, or the default when it is unset or empty.
 */
public final class ProjectServerEntry {

    public static final String PROJECT_DIR_ENV = "CLAUDE_PROJECT_DIR";
    public static final String FILE_NAME = ".mcp.json";
    public static final String SERVER_NAME = "ginko";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    private ProjectServerEntry() {
    }

    /**
     * The expanded {@code env} of the project's {@code ginko} server entry; empty when there is no such entry.
     *
     * @param environment the hook's own environment, for {@code CLAUDE_PROJECT_DIR} and the expansion
     * @param cwd         the hook input's {@code cwd}
     * @throws IllegalArgumentException naming the file when it is not JSON or its entry's {@code env} is not an
     *                                  object of strings
     */
    public static Map<String, String> environment(Map<String, String> environment, Optional<Path> cwd) {
        String projectDir = environment.get(PROJECT_DIR_ENV);
        if (projectDir != null && !projectDir.isBlank()) {
            return entryEnvironment(Path.of(projectDir).resolve(FILE_NAME), environment).orElse(Map.of());
        }
        for (Path folder = cwd.map(Path::toAbsolutePath).orElse(null); folder != null; folder = folder.getParent()) {
            Optional<Map<String, String>> found = entryEnvironment(folder.resolve(FILE_NAME), environment);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return Map.of();
    }

    private static Optional<Map<String, String>> entryEnvironment(Path file, Map<String, String> environment) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode entry = read(file).path("mcpServers").path(SERVER_NAME);
        if (!entry.isObject()) {
            return Optional.empty();
        }
        JsonNode env = entry.path("env");
        Map<String, String> variables = new LinkedHashMap<>();
        if (env.isMissingNode()) {
            return Optional.of(variables);
        }
        if (!env.isObject()) {
            throw new IllegalArgumentException(file + ": mcpServers.ginko.env must be an object");
        }
        for (Map.Entry<String, JsonNode> variable : env.properties()) {
            if (!variable.getValue().isTextual()) {
                throw new IllegalArgumentException(file + ": mcpServers.ginko.env." + variable.getKey()
                        + " must be a string");
            }
            variables.put(variable.getKey(), expand(variable.getValue().asText(), environment));
        }
        return Optional.of(variables);
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode root = JSON.readTree(Files.readString(file));
            return root == null ? JSON.missingNode() : root;
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** {@code value} with {@code ${VAR}} and {@code ${VAR:-default}} replaced, once (no recursion). */
    static String expand(String value, Map<String, String> environment) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            @Nullable String set = environment.get(matcher.group(1));
            @Nullable String fallback = matcher.group(2);
            String replacement;
            if (fallback != null) {
                replacement = set == null || set.isEmpty() ? fallback : set;
            } else {
                replacement = set == null ? matcher.group() : set;
            }
            matcher.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(expanded);
        return expanded.toString();
    }
}
