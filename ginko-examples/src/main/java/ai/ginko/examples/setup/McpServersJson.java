package ai.ginko.examples.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code mcpServers.ginko} entry of {@code .mcp.json} (Claude Code), {@code .gemini/settings.json} and
 * {@code .cursor/mcp.json}: {@code {"command": …, "args": ["mcp"], "env": {…}}}. Other servers and other keys of
 * the file are left as they are; in ginko's own entry, setup sets the command and its variables, keeps arguments
 * added after {@code mcp} (such as {@code --capability}) and every other key and variable.
 */
final class McpServersJson {

    private McpServersJson() {
    }

    static String merge(Path file, String text, McpServerEntry entry) {
        return JsonConfig.merge(file, text, root -> merge(file, root, entry));
    }

    private static void merge(Path file, ObjectNode root, McpServerEntry entry) {
        ObjectNode servers = JsonConfig.object(file, root, "mcpServers", "mcpServers");
        String path = "mcpServers." + McpServerEntry.NAME;
        ObjectNode server = JsonConfig.object(file, servers, McpServerEntry.NAME, path);
        server.put("command", entry.command());
        if (!startsWith(server.get("args"), entry.args().getFirst())) {
            server.putArray("args").addAll(entry.args().stream().map(server::textNode).toList());
        }
        if (!entry.env().isEmpty()) {
            ObjectNode env = JsonConfig.object(file, server, "env", path + ".env");
            for (Map.Entry<String, String> variable : entry.env().entrySet()) {
                env.put(variable.getKey(), variable.getValue());
            }
        }
    }

    private static boolean startsWith(JsonNode args, String first) {
        return args != null && args.isArray() && !args.isEmpty() && first.equals(args.get(0).textValue());
    }
}
