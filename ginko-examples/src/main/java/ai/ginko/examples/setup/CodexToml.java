package ai.ginko.examples.setup;

import ai.ginko.examples.setup.TomlStatement.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code [mcp_servers.ginko]} table of Codex's {@code config.toml}, edited in place: values that differ are
 * replaced where they stand, missing keys are added after the table's last key, and a missing table is appended at
 * the end. Every other byte of the file (comments, blank lines, other tables and keys, the variables and arguments
 * the user added to ginko's own entry) stays as it was, and when nothing differs the text is returned unchanged.
 *
 * <p>The entry must be a {@code [mcp_servers.ginko]} table (its variables inline as {@code env = {…}}, as dotted
 * {@code env.NAME} keys or as an {@code [mcp_servers.ginko.env]} table). Defined any other way (dotted keys under
 * {@code [mcp_servers]}, an inline table, an array of tables) it is refused, naming the line, rather than edited
 * unsafely or defined twice.
 */
final class CodexToml {

    private static final List<String> SERVER = List.of("mcp_servers", McpServerEntry.NAME);
    private static final List<String> ENV = List.of("mcp_servers", McpServerEntry.NAME, "env");

    private record Edit(int start, int end, String text) {
    }

    private final Path file;
    private final String text;
    private final McpServerEntry entry;
    private final List<TomlStatement> statements;
    private final List<Edit> edits = new ArrayList<>();

    private CodexToml(Path file, String text, McpServerEntry entry) {
        this.file = file;
        this.text = text;
        this.entry = entry;
        this.statements = TomlReader.read(file, text);
    }

    static String merge(Path file, String text, McpServerEntry entry) {
        return new CodexToml(file, text, entry).merged();
    }

    private String merged() {
        refuseOtherForms();
        Optional<TomlStatement> header = header(SERVER);
        if (header.isEmpty()) {
            return appendTable();
        }
        List<TomlStatement> body = body(header.get());
        int insertAt = body.isEmpty() ? header.get().end() : body.getLast().end();
        StringBuilder added = new StringBuilder();
        Optional<TomlStatement> command = pair(body, List.of("command"));
        if (command.isEmpty()) {
            added.append("command = ").append(TomlText.string(entry.command())).append('\n');
        } else if (!entry.command().equals(command.get().value())) {
            replaceValue(command.get(), TomlText.string(entry.command()));
        }
        Optional<TomlStatement> args = pair(body, List.of("args"));
        if (args.isEmpty()) {
            added.append("args = ").append(TomlText.value(entry.args())).append('\n');
        } else if (!(args.get().value() instanceof List<?> list && !list.isEmpty()
                && entry.args().getFirst().equals(list.getFirst()))) {
            replaceValue(args.get(), TomlText.value(entry.args()));
        }
        mergeEnv(body, added);
        if (!added.isEmpty()) {
            insert(insertAt, added.toString());
        }
        return applied();
    }

    private void mergeEnv(List<TomlStatement> body, StringBuilder added) {
        if (entry.env().isEmpty()) {
            return;
        }
        Optional<TomlStatement> envTable = header(ENV);
        Optional<TomlStatement> inline = pair(body, List.of("env"));
        if (envTable.isPresent()) {
            List<TomlStatement> envBody = body(envTable.get());
            StringBuilder envAdded = new StringBuilder();
            entry.env().forEach((variable, value) -> setPair(envBody, List.of(variable), value, envAdded));
            if (!envAdded.isEmpty()) {
                insert(envBody.isEmpty() ? envTable.get().end() : envBody.getLast().end(), envAdded.toString());
            }
        } else if (inline.isPresent()) {
            Map<Object, Object> merged = new LinkedHashMap<>();
            if (inline.get().value() instanceof Map<?, ?> existing) {
                merged.putAll(existing);
            }
            merged.putAll(entry.env());
            if (!merged.equals(inline.get().value())) {
                replaceValue(inline.get(), TomlText.inlineTable(merged));
            }
        } else if (body.stream().anyMatch(statement -> statement.key().getFirst().equals("env"))) {
            entry.env().forEach((variable, value) -> setPair(body, List.of("env", variable), value, added));
        } else {
            added.append("env = ").append(TomlText.inlineTable(entry.env())).append('\n');
        }
    }

    private void setPair(List<TomlStatement> body, List<String> key, String value, StringBuilder added) {
        Optional<TomlStatement> existing = pair(body, key);
        if (existing.isEmpty()) {
            added.append(TomlText.dottedKey(key)).append(" = ").append(TomlText.string(value)).append('\n');
        } else if (!value.equals(existing.get().value())) {
            replaceValue(existing.get(), TomlText.string(value));
        }
    }

    private String appendTable() {
        StringBuilder out = new StringBuilder(text);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            out.append('\n');
        }
        if (!text.isBlank()) {
            out.append('\n');
        }
        out.append("[mcp_servers.").append(TomlText.key(McpServerEntry.NAME)).append("]\n")
                .append("command = ").append(TomlText.string(entry.command())).append('\n')
                .append("args = ").append(TomlText.value(entry.args())).append('\n');
        if (!entry.env().isEmpty()) {
            out.append("env = ").append(TomlText.inlineTable(entry.env())).append('\n');
        }
        return out.toString();
    }

    /** Forms of the entry that an edit of the [mcp_servers.ginko] table would miss or contradict. */
    private void refuseOtherForms() {
        for (TomlStatement statement : statements) {
            List<String> path = statement.path();
            boolean underServers = !path.isEmpty() && path.getFirst().equals("mcp_servers");
            if (statement.kind() == Kind.ARRAY_OF_TABLES && underServers) {
                throw unsupported(statement, "[[" + TomlText.dottedKey(path) + "]] is an array of tables");
            }
            boolean inServerTable = statement.table().size() >= 2 && statement.table().subList(0, 2).equals(SERVER);
            if (statement.kind() == Kind.PAIR && underServers && !inServerTable
                    && (path.size() == 1 || path.get(1).equals(McpServerEntry.NAME))) {
                throw unsupported(statement, TomlText.dottedKey(path.subList(0, Math.min(2, path.size())))
                        + " is defined by an inline table or dotted keys");
            }
        }
    }

    private ConfigFileException unsupported(TomlStatement statement, String problem) {
        return new ConfigFileException(file, problem + " (line " + statement.line() + "), which setup does not "
                + "rewrite; make ginko's entry a [mcp_servers.ginko] table, or edit it by hand");
    }

    private Optional<TomlStatement> header(List<String> table) {
        return statements.stream()
                .filter(statement -> statement.kind() == Kind.TABLE && statement.table().equals(table))
                .findFirst();
    }

    /** The pairs that follow {@code header}, up to the next header. */
    private List<TomlStatement> body(TomlStatement header) {
        List<TomlStatement> body = new ArrayList<>();
        for (TomlStatement statement : statements.subList(statements.indexOf(header) + 1, statements.size())) {
            if (statement.isHeader()) {
                break;
            }
            body.add(statement);
        }
        return body;
    }

    private static Optional<TomlStatement> pair(List<TomlStatement> body, List<String> key) {
        return body.stream().filter(statement -> statement.key().equals(key)).findFirst();
    }

    private void replaceValue(TomlStatement statement, String value) {
        edits.add(new Edit(statement.valueStart(), statement.valueEnd(), value));
    }

    private void insert(int at, String lines) {
        // The statement before may be the file's last line, without a line break of its own.
        boolean needsBreak = at > 0 && text.charAt(at - 1) != '\n';
        edits.add(new Edit(at, at, needsBreak ? "\n" + lines : lines));
    }

    private String applied() {
        StringBuilder out = new StringBuilder(text);
        // From the end backwards, so that each edit's offsets still hold when it is applied.
        edits.stream()
                .sorted(Comparator.comparingInt(Edit::start).reversed())
                .forEach(edit -> out.replace(edit.start(), edit.end(), edit.text()));
        return out.toString();
    }
}
