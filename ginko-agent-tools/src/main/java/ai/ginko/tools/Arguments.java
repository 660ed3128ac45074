package ai.ginko.tools;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tool call's arguments after {@link ToolInput#read}: every name is known, every required one present, every
 * value of its declared JSON type. The getters convert; they never fail on a value that passed the check.
 */
final class Arguments {

    private final Map<String, Object> values;

    Arguments(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    /** A required string argument. */
    String string(String name) {
        return optionalString(name).orElseThrow(() -> new IllegalArgumentException(name + " is required"));
    }

    Optional<String> optionalString(String name) {
        return Optional.ofNullable((String) values.get(name));
    }

    Optional<Long> optionalLong(String name) {
        return Optional.ofNullable((Number) values.get(name)).map(Number::longValue);
    }

    boolean bool(String name, boolean absent) {
        return Optional.ofNullable((Boolean) values.get(name)).orElse(absent);
    }

    Optional<Boolean> optionalBool(String name) {
        return Optional.ofNullable((Boolean) values.get(name));
    }

    Optional<List<String>> optionalStrings(String name) {
        return Optional.ofNullable((List<?>) values.get(name))
                .map(list -> list.stream().map(String.class::cast).toList());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(String name) {
        return Optional.ofNullable((Map<String, Object>) values.get(name)).orElse(Map.of());
    }

    static void checkType(Parameter parameter, Object value) {
        boolean ok = switch (parameter.type()) {
            case STRING -> value instanceof String;
            case INTEGER -> isIntegral(value);
            case BOOLEAN -> value instanceof Boolean;
            case STRING_LIST -> value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
            case OBJECT -> value instanceof Map<?, ?> map && map.keySet().stream().allMatch(String.class::isInstance);
        };
        if (!ok) {
            throw new IllegalArgumentException(parameter.name() + " must be " + parameter.type().expected()
                    + ", was " + describe(value));
        }
        parameter.range().ifPresent(range -> {
            long number = ((Number) value).longValue();
            if (number < range.min() || number > range.max()) {
                throw new IllegalArgumentException(parameter.name() + " must be between " + range.min() + " and "
                        + range.max() + ", was " + number);
            }
        });
    }

    private static boolean isIntegral(Object value) {
        return switch (value) {
            case Integer i -> true;
            case Long l -> true;
            case Short s -> true;
            case Byte b -> true;
            case java.math.BigInteger big -> big.bitLength() < 64;
            case Double d -> d == Math.rint(d) && Math.abs(d) < 0x1p53;
            case Float f -> f == Math.rint(f) && Math.abs(f) < 0x1p24;
            default -> false;
        };
    }

    private static String describe(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }
}
