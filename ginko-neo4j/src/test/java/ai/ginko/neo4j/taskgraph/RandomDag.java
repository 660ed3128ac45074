package ai.ginko.neo4j.taskgraph;

import ai.ginko.core.TaskDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A random task graph with no cycle: task {@code i} (in a hidden topological order) depends on up to
 * {@value #MAX_DEPENDENCIES} tasks before it; ids are shuffled so that they do not give the order away, and so is
 * the order of the definitions.
 */
final class RandomDag {

    static final int MAX_DEPENDENCIES = 3;

    private RandomDag() {
    }

    static List<TaskDefinition> of(int size, long seed) {
        Random random = new Random(seed);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            numbers.add(i);
        }
        Collections.shuffle(numbers, random);
        List<TaskDefinition> tasks = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Set<String> dependsOn = new TreeSet<>();
            int wanted = i == 0 ? 0 : random.nextInt(MAX_DEPENDENCIES + 1);
            for (int d = 0; d < wanted; d++) {
                dependsOn.add(id(numbers.get(random.nextInt(i))));
            }
            tasks.add(TaskDefinition.builder(id(numbers.get(i)), "Task " + numbers.get(i))
                    .priority(random.nextInt(TaskDefinition.LOWEST_PRIORITY + 1)).dependsOn(dependsOn).build());
        }
        Collections.shuffle(tasks, random);
        return tasks;
    }

    private static String id(int number) {
        return "DAG-" + number;
    }
}
