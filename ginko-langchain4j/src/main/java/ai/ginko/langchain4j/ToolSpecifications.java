package ai.ginko.langchain4j;

import ai.ginko.tools.GinkoTool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A shared tool definition as LangChain4j's {@link ToolSpecification}: the input JSON Schema (a map) becomes
 * LangChain4j's schema objects. The shared tools use a small part of JSON Schema (objects of strings, enums,
 * integers, booleans, arrays and free-form objects), and each part maps onto one LangChain4j type; anything else is
 * refused rather than dropped, so that a new kind of argument cannot reach a model half-described.
 *
 * <p>Integer bounds ({@code minimum}, {@code maximum}) have no LangChain4j counterpart: the argument's description
 * states them, and the tool checks them.
 */
final class ToolSpecifications {

    private ToolSpecifications() {
    }

    static ToolSpecification of(GinkoTool tool) {
        return ToolSpecification.builder()
                .name(tool.name())
                .description(tool.description())
                .parameters(object(tool.name(), tool.inputSchema()))
                .build();
    }

    private static JsonObjectSchema object(String path, Map<?, ?> schema) {
        JsonObjectSchema.Builder object = JsonObjectSchema.builder();
        description(schema).ifPresent(object::description);
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            properties.forEach((name, property) -> object.addProperty((String) name,
                    element(path + "." + name, asMap(path + "." + name, property))));
        }
        if (schema.get("required") instanceof List<?> required) {
            object.required(required.stream().map(String.class::cast).toList());
        }
        if (schema.get("additionalProperties") instanceof Boolean additional) {
            object.additionalProperties(additional);
        }
        return object.build();
    }

    private static JsonSchemaElement element(String path, Map<?, ?> schema) {
        Optional<String> description = description(schema);
        Object type = schema.get("type");
        if ("string".equals(type) && schema.get("enum") instanceof List<?> values) {
            JsonEnumSchema.Builder element = JsonEnumSchema.builder()
                    .enumValues(values.stream().map(String.class::cast).toList());
            description.ifPresent(element::description);
            return element.build();
        }
        if ("string".equals(type)) {
            JsonStringSchema.Builder element = JsonStringSchema.builder();
            description.ifPresent(element::description);
            return element.build();
        }
        if ("integer".equals(type)) {
            JsonIntegerSchema.Builder element = JsonIntegerSchema.builder();
            description.ifPresent(element::description);
            return element.build();
        }
        if ("boolean".equals(type)) {
            JsonBooleanSchema.Builder element = JsonBooleanSchema.builder();
            description.ifPresent(element::description);
            return element.build();
        }
        if ("array".equals(type)) {
            JsonArraySchema.Builder element = JsonArraySchema.builder()
                    .items(element(path + "[]", asMap(path + "[]", schema.get("items"))));
            description.ifPresent(element::description);
            return element.build();
        }
        if ("object".equals(type)) {
            return object(path, schema);
        }
        throw new IllegalArgumentException(path + ": JSON Schema type " + type + " has no LangChain4j counterpart here");
    }

    private static Optional<String> description(Map<?, ?> schema) {
        return Optional.ofNullable(schema.get("description")).map(String.class::cast);
    }

    private static Map<?, ?> asMap(String path, @Nullable Object schema) {
        if (schema instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException(path + ": a JSON Schema must be an object, was " + schema);
    }
}
