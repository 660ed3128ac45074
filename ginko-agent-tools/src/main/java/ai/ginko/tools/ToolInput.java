package ai.ginko.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The arguments a tool takes: its input JSON Schema, and the check of a call's arguments against it.
 *
 * <p>Calls are checked here rather than by a framework's schema validator, so that a bad argument is answered with
 * one message in the project's style (the field, the rule, the value), the same message the library gives for the
 * rules it owns.
 */
final class ToolInput {

    private final Map<String, Parameter> parameters;

    private ToolInput(List<Parameter> parameters) {
        this.parameters = parameters.stream().collect(Collectors.toMap(Parameter::name, Function.identity(),
                (a, b) -> {
                    throw new IllegalArgumentException("duplicate parameter " + a.name());
                }, LinkedHashMap::new));
    }

    static ToolInput of(Parameter... parameters) {
        return new ToolInput(List.of(parameters));
    }

    /** The JSON Schema of the arguments: an object with these properties and no others. */
    Map<String, Object> schema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        parameters.values().forEach(parameter -> properties.put(parameter.name(), parameter.schema()));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", parameters.values().stream().filter(Parameter::isRequired).map(Parameter::name).toList());
        schema.put("additionalProperties", false);
        return schema;
    }

    /**
     * The call's arguments, checked for unknown names, missing required ones, and JSON types. A JSON {@code null}
     * counts as absent.
     *
     * @throws IllegalArgumentException naming the first argument that breaks a rule
     */
    Arguments read(Map<String, ? extends @Nullable Object> arguments) {
        Map<String, Object> given = new LinkedHashMap<>();
        arguments.forEach((name, value) -> {
            if (value != null) {
                given.put(name, value);
            }
        });
        List<String> unknown = new ArrayList<>(given.keySet());
        unknown.removeAll(parameters.keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown argument " + unknown.getFirst() + " (valid: "
                    + String.join(", ", parameters.keySet()) + ")");
        }
        for (Parameter parameter : parameters.values()) {
            Optional<Object> value = Optional.ofNullable(given.get(parameter.name()));
            if (value.isEmpty() && parameter.isRequired()) {
                throw new IllegalArgumentException(parameter.name() + " is required");
            }
            value.ifPresent(v -> Arguments.checkType(parameter, v));
        }
        return new Arguments(given);
    }
}
