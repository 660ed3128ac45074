package ai.ginko.examples.setup;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Merges into a JSON configuration file. The file is parsed strictly (no comments, no duplicate keys, nothing
 * after the value) so that a file setup cannot read is refused rather than rewritten with something lost. The
 * merged tree is written with two-space indentation, as Claude Code, Gemini CLI and Cursor write these files; when
 * the merge changes nothing, the text is returned as it was, so a second run leaves the file byte for byte alone.
 */
final class JsonConfig {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Numbers come back as they were written: 1.50 stays 1.50, not 1.5.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonConfig() {
    }

    /** The text of {@code file} after {@code merge} changed its root object; an empty text is an empty object. */
    static String merge(Path file, String text, Consumer<ObjectNode> merge) {
        ObjectNode root = parse(file, text);
        ObjectNode merged = root.deepCopy();
        merge.accept(merged);
        if (!text.isBlank() && merged.equals(root)) {
            return text;
        }
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(merged) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** The object under {@code name}, created when absent; refused when something else is there. */
    static ObjectNode object(Path file, ObjectNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null) {
            return parent.putObject(name);
        }
        if (!node.isObject()) {
            throw new ConfigFileException(file, path + " must be a JSON object, was " + kind(node));
        }
        return (ObjectNode) node;
    }

    /** The array under {@code name}, created when absent; refused when something else is there. */
    static ArrayNode array(Path file, ObjectNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null) {
            return parent.putArray(name);
        }
        if (!node.isArray()) {
            throw new ConfigFileException(file, path + " must be a JSON array, was " + kind(node));
        }
        return (ArrayNode) node;
    }

    private static ObjectNode parse(Path file, String text) {
        if (text.isBlank()) {
            return MAPPER.createObjectNode();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ConfigFileException(file, "is not valid JSON (" + e.getOriginalMessage() + ", at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        }
        if (!root.isObject()) {
            throw new ConfigFileException(file, "must hold a JSON object, was " + kind(root));
        }
        return (ObjectNode) root;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
