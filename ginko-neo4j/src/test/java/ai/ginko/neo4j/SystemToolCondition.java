package ai.ginko.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a test class annotated {@link RequiresSystemTool} when the programs it needs are installed, skips it with a
 * line in the build output when one is missing, and fails it instead when {@code CI=true}.
 */
public final class SystemToolCondition implements ExecutionCondition {

    /** Set to {@code true} by CI systems (and by {@code .ci/run}'s caller): there, a missing tool is an error. */
    static final String CI_VARIABLE = "CI";
    /**
     * A folder to look for the tools under instead of {@code /}, e.g. {@code -Dginko.test.toolRoot=/nowhere}: shows
     * what a machine without them gets (the skip, or the failure under CI=true) on one that has them.
     */
    static final String TOOL_ROOT_PROPERTY = "ginko.test.toolRoot";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<RequiresSystemTool> tools = context.getElement()
                .map(element -> AnnotationSupport.findRepeatableAnnotations(element, RequiresSystemTool.class))
                .orElse(List.of());
        if (tools.isEmpty()) {
            return ConditionEvaluationResult.enabled("needs no system tool");
        }
        String test = context.getTestClass().map(Class::getSimpleName).orElse(context.getDisplayName());
        String root = System.getProperty(TOOL_ROOT_PROPERTY, "");
        Verdict verdict = verdict(test, tools, path -> Files.isExecutable(Path.of(root + path)), System.getenv());
        return switch (verdict) {
            case Verdict.Run run -> ConditionEvaluationResult.enabled(run.message());
            case Verdict.Skip skip -> {
                // Surefire shows what a test prints, so the skip and its remedy are in the build output.
                System.out.println("[SKIPPED] " + skip.message());
                yield ConditionEvaluationResult.disabled(skip.message());
            }
            case Verdict.Fail fail -> throw new IllegalStateException(fail.message());
        };
    }

    /** What to do with a test that needs these tools, given which paths are installed and the environment. */
    static Verdict verdict(String test, List<RequiresSystemTool> tools, Predicate<String> installed,
            Map<String, String> environment) {
        List<RequiresSystemTool> missing = tools.stream().filter(tool -> !installed.test(tool.path())).toList();
        if (missing.isEmpty()) {
            return new Verdict.Run(test + " runs: " + paths(tools) + " installed");
        }
        String problem = test + " needs " + paths(missing) + ", not installed here; install with: apt-get install "
                + missing.stream().map(RequiresSystemTool::debianPackage).distinct().collect(Collectors.joining(" "));
        if ("true".equalsIgnoreCase(environment.getOrDefault(CI_VARIABLE, "").strip())) {
            return new Verdict.Fail(problem + " (CI=true: a missing test tool fails the build rather than skip)");
        }
        return new Verdict.Skip(problem + ". Skipped; with CI=true this fails the build.");
    }

    private static String paths(List<RequiresSystemTool> tools) {
        return tools.stream().map(RequiresSystemTool::path).collect(Collectors.joining(" and "));
    }

    /** The outcome for one test class, with the line that explains it. */
    sealed interface Verdict {
        String message();

        record Run(String message) implements Verdict {
        }

        record Skip(String message) implements Verdict {
        }

        record Fail(String message) implements Verdict {
        }
    }
}
