package ai.ginko.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataTest {

    /** {@code {"k":"…"}} is eight bytes plus the string. */
    private static final int LARGEST_STRING = Metadata.MAX_JSON_BYTES - 8;

    @Test
    void integralNumbersBecomeLongAndFloatingPointDouble() {
        Map<String, Object> normalized = Metadata.normalize(Map.of(
                "byte", (byte) 1, "short", (short) 2, "int", 3, "long", 4L, "float", 0.5f, "double", 0.25),
                "metadata");

        assertThat(normalized).isEqualTo(Map.of(
                "byte", 1L, "short", 2L, "int", 3L, "long", 4L, "float", 0.5d, "double", 0.25d));
    }

    @Test
    void nestedValuesAreNormalizedToo() {
        Map<String, Object> normalized = Metadata.normalize(
                Map.of("list", List.of(1, Map.of("n", 2f), List.of(true, "s"))), "metadata");

        assertThat(normalized).isEqualTo(Map.of("list", List.of(1L, Map.of("n", 2d), List.of(true, "s"))));
    }

    @Test
    void theCopyIsDeepAndImmutable() {
        List<Object> inner = new ArrayList<>(List.of("a"));
        Map<String, Object> source = new HashMap<>(Map.of("inner", inner));
        Map<String, Object> normalized = Metadata.normalize(source, "metadata");

        inner.add("b");
        source.put("later", "x");

        assertThat(normalized).isEqualTo(Map.of("inner", List.of("a")));
        assertThatThrownBy(() -> normalized.put("k", "v")).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        List<Object> copiedInner = (List<Object>) normalized.get("inner");
        assertThatThrownBy(() -> copiedInner.add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullsAreRejectedNamingTheirPath() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("value", null);
        List<Object> listWithNull = new ArrayList<>();
        listWithNull.add("x");
        listWithNull.add(null);

        assertThatThrownBy(() -> Metadata.normalize(Map.of("a", withNull), "metadata"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("metadata.a.value must not be null");
        assertThatThrownBy(() -> Metadata.normalize(Map.of("a", listWithNull), "metadata"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("metadata.a[1] must not be null");
        assertThatThrownBy(() -> Metadata.normalize(null, "metadata"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("metadata must not be null");
    }

    @Test
    void keysMustBeStrings() {
        assertThatThrownBy(() -> Metadata.normalize(Map.of("a", Map.of(1, "one")), "metadata"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("metadata.a keys must be non-null strings");
    }

    @Test
    void unsupportedTypesAreRejectedNamingTheSupportedOnes() {
        assertThatThrownBy(() -> Metadata.normalize(Map.of("amount", BigDecimal.ONE), "metadata"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("metadata.amount has unsupported type java.math.BigDecimal")
                .hasMessageContaining("String, Boolean, Long, Double, List or Map");
    }

    @Test
    void nonFiniteNumbersAreRejected() {
        assertThatThrownBy(() -> Metadata.normalize(Map.of("x", Double.POSITIVE_INFINITY), "metadata"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("metadata.x must be a finite");
        assertThatThrownBy(() -> Metadata.normalize(Map.of("x", Float.NaN), "metadata"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("metadata.x must be a finite");
    }

    @Test
    void nestingIsLimitedTo32Levels() {
        assertThat(Metadata.normalize(Map.of("k", nested(32)), "metadata")).isNotEmpty();
        assertThatThrownBy(() -> Metadata.normalize(Map.of("k", nested(33)), "metadata"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nests deeper than 32 levels");
    }

    @Test
    void sizeIsLimitedTo256KiBAsJson() {
        assertThat(Metadata.normalize(Map.of("k", "x".repeat(LARGEST_STRING)), "metadata")).hasSize(1);
        assertThatThrownBy(() -> Metadata.normalize(Map.of("k", "x".repeat(LARGEST_STRING + 1)), "metadata"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("metadata must be at most 262144 bytes as JSON");
    }

    @Test
    void sizeCountsJsonEscapes() {
        String quotes = "\"".repeat(LARGEST_STRING / 2 + 1);

        assertThatThrownBy(() -> Metadata.normalize(Map.of("k", quotes), "metadata"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("metadata must be at most");
    }

    @Test
    void sizeCountsEveryEntryAndElement() {
        List<Object> numbers = new ArrayList<>();
        for (long i = 0; i < 40_000; i++) {
            numbers.add(1_000_000L + i);
        }

        assertThatThrownBy(() -> Metadata.normalize(Map.of("numbers", numbers), "metadata"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("metadata must be at most");
    }

    /** {@code levels} maps, one inside the other, around a string. */
    private static Object nested(int levels) {
        Object value = "leaf";
        for (int i = 0; i < levels; i++) {
            value = Map.of("k", value);
        }
        return value;
    }
}
