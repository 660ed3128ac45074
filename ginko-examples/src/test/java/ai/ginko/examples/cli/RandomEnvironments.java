package ai.ginko.examples.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Environments for comparing the two readings of a command's settings (with picocli and without): the edge cases
 * (no variable set; every variable set to its first, second, third value) and then environments in which each
 * variable is absent or one of its values, drawn with a fixed seed so that a failure can be replayed.
 */
final class RandomEnvironments {

    private static final int DRAWN = 60;

    private RandomEnvironments() {
    }

    static Stream<Map<String, String>> of(Map<String, List<String>> unordered) {
        // In the order of their names: a Map.of's order changes from one JVM to the next, and with it the draws.
        Map<String, List<String>> variables = new TreeMap<>(unordered);
        Random random = new Random(20_261_203L);
        Stream<Map<String, String>> edges = Stream.of(Map.of(), everyVariable(variables, 0),
                everyVariable(variables, 1), everyVariable(variables, 2));
        Stream<Map<String, String>> drawn = IntStream.range(0, DRAWN).mapToObj(i -> {
            Map<String, String> environment = new HashMap<>();
            variables.forEach((name, values) -> {
                int choice = random.nextInt(values.size() + 1);
                if (choice < values.size()) {
                    environment.put(name, values.get(choice));
                }
            });
            return environment;
        });
        return Stream.concat(edges, drawn);
    }

    /** Every variable set to its value at {@code valueIndex}, or its last one when it has fewer. */
    static Map<String, String> everyVariable(Map<String, List<String>> variables, int valueIndex) {
        Map<String, String> environment = new HashMap<>();
        variables.forEach((name, values) -> environment.put(name, values.get(Math.min(valueIndex, values.size() - 1))));
        return environment;
    }
}
