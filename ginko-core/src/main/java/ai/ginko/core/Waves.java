package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.util.List;
import java.util.OptionalInt;

/**
 * The open (not completed) tasks of a project in topological layers: wave 1 holds the tasks with no open
 * dependency, wave 2 those whose open dependencies are all in wave 1, and so on. The tasks of one wave can be
 * worked on in parallel once the waves before it are done. Within a wave, tasks are in ready order (priority,
 * then age, then id).
 *
 * @param waves the layers, wave 1 first; never an empty layer
 */
public record Waves(List<List<TaskView>> waves) {

    public Waves {
        Checks.notNull(waves, "waves");
        waves = waves.stream().map(List::copyOf).toList();
        if (waves.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("waves must not contain an empty wave");
        }
    }

    /** How many waves there are; 0 when every task is completed. */
    public int count() {
        return waves.size();
    }

    /** Wave {@code number}, counting from 1. */
    public List<TaskView> wave(int number) {
        if (number < 1 || number > waves.size()) {
            throw new IllegalArgumentException("number must be between 1 and " + waves.size() + ", was " + number);
        }
        return waves.get(number - 1);
    }

    /** The wave (from 1) of an open task; empty for a completed or unknown one. */
    public OptionalInt waveOf(String taskId) {
        Checks.id(taskId, "taskId");
        for (int i = 0; i < waves.size(); i++) {
            if (waves.get(i).stream().anyMatch(task -> task.id().equals(taskId))) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }
}
