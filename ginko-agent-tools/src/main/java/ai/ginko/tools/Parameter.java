package ai.ginko.tools;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One argument of a tool: its name, JSON type, whether it is required, and what an LLM needs to know to fill it in.
 * {@link ToolInput} turns a list of them into the tool's input schema and checks calls against the same list, so
 * that the schema a client sees and the checks the tool makes cannot drift apart.
 *
 * @param name        snake_case, as the client sends it
 * @param type        its JSON type
 * @param description what it means, for the LLM
 * @param isRequired  whether a call must give it
 * @param values      the allowed values of a string (or of each string of a list), shown in the schema; the tool
 *                    checks them with the library's own parser, whose message lists them
 * @param range       for integers, the smallest and largest allowed value
 */
record Parameter(String name, Type type, String description, boolean isRequired, List<String> values,
        Optional<Range> range) {

    Parameter {
        values = List.copyOf(values);
    }

    static Parameter string(String name, String description) {
        return new Parameter(name, Type.STRING, description, false, List.of(), Optional.empty());
    }

    static Parameter oneOf(String name, Collection<String> values, String description) {
        return new Parameter(name, Type.STRING, description, false, List.copyOf(values), Optional.empty());
    }

    static Parameter integer(String name, long min, long max, String description) {
        return new Parameter(name, Type.INTEGER, description, false, List.of(), Optional.of(new Range(min, max)));
    }

    static Parameter bool(String name, String description) {
        return new Parameter(name, Type.BOOLEAN, description, false, List.of(), Optional.empty());
    }

    static Parameter strings(String name, String description) {
        return new Parameter(name, Type.STRING_LIST, description, false, List.of(), Optional.empty());
    }

    static Parameter listOf(String name, Collection<String> values, String description) {
        return new Parameter(name, Type.STRING_LIST, description, false, List.copyOf(values), Optional.empty());
    }

    static Parameter object(String name, String description) {
        return new Parameter(name, Type.OBJECT, description, false, List.of(), Optional.empty());
    }

    Parameter required() {
        return new Parameter(name, type, description, true, values, range);
    }

    /** This parameter's JSON Schema. */
    Map<String, Object> schema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", type.jsonType);
        schema.put("description", description);
        if (!values.isEmpty()) {
            if (type == Type.STRING_LIST) {
                schema.put("items", Map.of("type", "string", "enum", values));
            } else {
                schema.put("enum", values);
            }
        } else if (type == Type.STRING_LIST) {
            schema.put("items", Map.of("type", "string"));
        }
        range.ifPresent(r -> {
            schema.put("minimum", r.min());
            schema.put("maximum", r.max());
        });
        return schema;
    }

    /** The JSON types arguments come in. */
    enum Type {
        STRING("string", "a string"),
        INTEGER("integer", "an integer"),
        BOOLEAN("boolean", "true or false"),
        STRING_LIST("array", "an array of strings"),
        OBJECT("object", "a JSON object");

        private final String jsonType;
        private final String expected;

        Type(String jsonType, String expected) {
            this.jsonType = jsonType;
            this.expected = expected;
        }

        String expected() {
            return expected;
        }
    }

    /** The allowed values of an integer, both ends included. */
    record Range(long min, long max) {
    }
}
