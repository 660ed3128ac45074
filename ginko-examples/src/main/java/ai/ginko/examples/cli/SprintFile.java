package ai.ginko.examples.cli;

import ai.ginko.core.TaskDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tasks of a sprint file in the original tool's markdown: each {@code ### TASK-N: Title} heading starts
 * a task, which runs to the next heading or {@code ---} line (outside fenced code). In a task,
 * {@code **Effort:** Medium} becomes its estimate, {@code **Depends:** TASK-1, TASK-2} its dependencies, and its
 * whole text its description.
 *
 * <p>A {@code **Depends:**} entry that is not a bare task id, such as {@code Sprint 1 TASK-6} (a task of another
 * sprint, not this file's TASK-6) or {@code Sprint 1 (Agent Foundation)}, cannot be resolved here: it is left out
 * and reported as a warning. {@code None} and {@code -} mean no dependency. A bare id that is not in the file must
 * name a task already defined in the project (defining refuses it otherwise). With a prefix, every id of the file,
 * and every bare id it depends on, gets it, so that two sprints' TASK-1 stay apart.
 */
public final class SprintFile {

    private static final Pattern TASK_HEADING = Pattern.compile("^###\\s+([A-Za-z][A-Za-z0-9_.]*-\\d+):\\s*(.+?)\\s*$");
    private static final Pattern SECTION_END = Pattern.compile("^(#{1,3}\\s.*|---+\\s*)$");
    private static final Pattern EFFORT = Pattern.compile("^\\*\\*Effort:\\*\\*\\s*(.+?)\\s*$");
    private static final Pattern DEPENDS = Pattern.compile("^\\*\\*Depends:\\*\\*\\s*(.*?)\\s*$");
    private static final Pattern BARE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*-\\d+");
    private static final Set<String> NONE = Set.of("none", "-", "n/a", "");

    /**
     * What a sprint file holds.
     *
     * @param tasks    the tasks, in file order
     * @param warnings what could not be imported, one line each
     */
    public record Parsed(List<TaskDefinition> tasks, List<String> warnings) {
    }

    private SprintFile() {
    }

    /** The tasks of the file's lines, each id with {@code prefix} in front (none: {@code ""}). */
    public static Parsed parse(List<String> lines, String prefix) {
        List<TaskDefinition> tasks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher heading = TASK_HEADING.matcher(lines.get(i));
            if (!heading.matches()) {
                i++;
                continue;
            }
            int end = i + 1;
            boolean inCode = false;
            while (end < lines.size() && (inCode || !SECTION_END.matcher(lines.get(end)).matches())) {
                // A '# comment' in a fenced code block is no heading.
                inCode ^= lines.get(end).strip().startsWith("```");
                end++;
            }
            tasks.add(task(prefix + heading.group(1), heading.group(2), lines.subList(i + 1, end), prefix,
                    warnings));
            i = end;
        }
        return new Parsed(List.copyOf(tasks), List.copyOf(warnings));
    }

    private static TaskDefinition task(String id, String title, List<String> body, String prefix,
            List<String> warnings) {
        TaskDefinition.Builder task = TaskDefinition.builder(id, title);
        Set<String> dependsOn = new LinkedHashSet<>();
        for (String line : body) {
            Matcher effort = EFFORT.matcher(line);
            if (effort.matches()) {
                task.estimate(effort.group(1));
            }
            Matcher depends = DEPENDS.matcher(line);
            if (depends.matches()) {
                for (String entry : depends.group(1).split(",", -1)) {
                    String reference = entry.strip();
                    if (reference.isEmpty()) {
                        continue;
                    }
                    if (BARE_ID.matcher(reference).matches()) {
                        dependsOn.add(prefix + reference);
                    } else if (!NONE.contains(reference.toLowerCase(Locale.ROOT))) {
                        warnings.add(id + " depends on '" + reference + "', which is not a task of this file; "
                                + "left out");
                    }
                }
            }
        }
        String description = String.join("\n", body).strip();
        if (!description.isEmpty()) {
            task.description(description);
        }
        return task.dependsOn(dependsOn).build();
    }
}
