package ai.ginko.examples.cli;

import ai.ginko.core.AgentSession;
import ai.ginko.core.Blocker;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.NewEvent;
import ai.ginko.core.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ginko log}: appends one event to the shared log, as the agent named by {@code GINKO_AGENT_ID} or
 * {@code --agent-id} when there is one, otherwise as the human user.
 */
@Command(name = "log", description = "Log an event: a decision, a fix, a blocker, a resolution, ...",
        footer = {"", "Examples:",
            "  ginko log \"Use a token bucket\" --category decision --task TASK-4",
            "  ginko log \"Rate limited\" --category blocker --blocked-by \"API rate limit\" \\",
            "      --blocking TASK-6,TASK-8 --severity high",
            "  ginko log --resolve 79021cd2-132f-4090-a6b5-50fa0e5cecec \"Quota raised\""})
final class LogCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MESSAGE", description = "What happened.")
    private String message;

    @Option(names = "--category", paramLabel = "CATEGORY", completionCandidates = WireValues.Categories.class,
            description = "One of: ${COMPLETION-CANDIDATES} (required unless --resolve).")
    private @Nullable EventCategory category;

    @Option(names = "--impact", paramLabel = "TEXT", description = "What it changes for others.")
    private @Nullable String impact;

    @Option(names = "--task", paramLabel = "TASK_ID",
            description = "The task it is about (a blocker logged by an agent defaults to the agent's current task).")
    private @Nullable String task;

    @Option(names = "--meta", paramLabel = "KEY=VALUE", description = "Metadata entry; repeatable.")
    private Map<String, String> metadata = new LinkedHashMap<>();

    @Option(names = "--blocked-by", paramLabel = "WHAT", description = "For blockers: what blocks.")
    private @Nullable String blockedBy;

    @Option(names = "--blocking", split = ",", paramLabel = "TASK_ID",
            description = "For blockers: the tasks that cannot proceed, comma-separated.")
    private List<String> blocking = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "SEVERITY", completionCandidates = WireValues.Severities.class,
            description = "For blockers: one of ${COMPLETION-CANDIDATES} (default: medium).")
    private @Nullable Severity severity;

    @Option(names = "--resolve", paramLabel = "BLOCKER_EVENT_ID",
            description = "Log that this blocker event is resolved.")
    private @Nullable String resolves;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private AgentOption agent;

    @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
    @Mixin
    private VerboseOption verbose;

    @Override
    public Integer call() throws InterruptedException {
        EventCategory resolved = resolveCategory();
        checkBlockerOptions(resolved);
        return connection.run(client -> {
            Optional<AgentSession> session = agent.attachIfSet(client);
            Event stored = session.map(AgentSession::logger).orElseGet(client::logger)
                    .log(newEvent(resolved, session));
            spec.commandLine().getOut().println("Logged event #" + stored.sequence() + " (id " + stored.id() + ")");
            return 0;
        });
    }

    private EventCategory resolveCategory() {
        if (resolves == null) {
            if (category == null) {
                throw usage("missing --category (one of " + EventCategory.validValues() + ")");
            }
            if (category == EventCategory.BLOCKER_RESOLVED) {
                throw usage("a blocker_resolved event needs --resolve BLOCKER_EVENT_ID");
            }
            return category;
        }
        if (category != null && category != EventCategory.BLOCKER_RESOLVED) {
            throw usage("--resolve logs a blocker_resolved event; drop --category " + category.wireName());
        }
        return EventCategory.BLOCKER_RESOLVED;
    }

    private void checkBlockerOptions(EventCategory resolved) {
        boolean anyBlockerOption = blockedBy != null || !blocking.isEmpty() || severity != null;
        if (resolved != EventCategory.BLOCKER && anyBlockerOption) {
            throw usage("--blocked-by, --blocking and --severity are only for --category blocker");
        }
        if (resolved == EventCategory.BLOCKER && blockedBy == null) {
            throw usage("a blocker needs --blocked-by WHAT");
        }
    }

    private NewEvent newEvent(EventCategory resolved, Optional<AgentSession> session) {
        NewEvent.Builder event = NewEvent.builder(resolved, message).metadata(metadata);
        Optional.ofNullable(impact).ifPresent(event::impact);
        Optional.ofNullable(resolves).ifPresent(event::resolves);
        if (resolved == EventCategory.BLOCKER) {
            // checkBlockerOptions has refused a blocker without --blocked-by.
            String what = Objects.requireNonNull(blockedBy, "blockedBy");
            event.blocker(Blocker.of(what, severity == null ? Severity.MEDIUM : severity, blocking));
        }
        taskOf(resolved, session).ifPresent(event::taskId);
        return event.build();
    }

    /** A blocker is about the task its agent is stuck on, unless told otherwise; status shows it that way. */
    private Optional<String> taskOf(EventCategory resolved, Optional<AgentSession> session) {
        if (task != null || resolved != EventCategory.BLOCKER) {
            return Optional.ofNullable(task);
        }
        return session.flatMap(s -> s.info().currentTask());
    }

    private ParameterException usage(String text) {
        return new ParameterException(spec.commandLine(), text);
    }
}
