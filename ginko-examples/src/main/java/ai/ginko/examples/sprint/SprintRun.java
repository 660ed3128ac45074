package ai.ginko.examples.sprint;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Subscription;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskStatus;
import ai.ginko.core.TaskView;
import ai.ginko.langchain4j.GinkoToolProvider;
import ai.ginko.langchain4j.NewsInjector;
import ai.ginko.langchain4j.NewsSource;
import ai.ginko.tools.views.EventLine;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.service.AiServices;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Two LangChain4j agents working through one sprint's tasks together, each on a client of its own (as if in a
 * process of its own): in rounds, each asks its model to take the next ready task, and the model does it through
 * the Ginko tools, hearing its agent's news (what others did, shared with the agent's hooks and MCP server: each item
 * once) before each of its model calls. The run ends when every task is completed, or after {@link #roundsFor} rounds
 * per agent.
 */
final class SprintRun {

    /** What each round asks an agent's model; {@link ScriptedSprintModel} recognizes it. */
    static final String INSTRUCTION = "Work on the next task.";

    private static final String[] NAMES = {"LangChain4j-A", "LangChain4j-B"};

    interface Assistant {
        String work(String instruction);
    }

    private final ModelChoice models;
    private final int rounds;
    private final PrintStream out;
    private final AtomicBoolean failed = new AtomicBoolean();

    private SprintRun(ModelChoice models, int rounds, PrintStream out) {
        this.models = models;
        this.rounds = rounds;
        this.out = out;
    }

    /**
     * Defines the tasks, runs the two agents and reports whether every task got completed.
     *
     * @param clients a new client of the run's scope for a user id; the run closes it
     */
    @SuppressWarnings("try") // the subscription works by being open; the try is there to close it
    static boolean run(Function<String, CoordinationClient> clients, List<TaskDefinition> tasks, ModelChoice models,
            PrintStream out) throws InterruptedException {
        SprintRun run = new SprintRun(models, roundsFor(tasks), out);
        try (CoordinationClient first = clients.apply("alice");
                CoordinationClient second = clients.apply("bob");
                AgentSession a = first.startAgent(AgentRegistration.named(NAMES[0]));
                AgentSession b = second.startAgent(AgentRegistration.named(NAMES[1]));
                Subscription feed = first.subscribe(first.latestSequence(), EventFilter.all(),
                        event -> out.println("  " + EventLine.format(event)))) {
            first.tasks().define(tasks);
            out.printf("%d tasks; %s is %s, %s is %s; model: %s%n", tasks.size(), NAMES[0], a.agentId(), NAMES[1],
                    b.agentId(), models.description());
            List<Thread> agents = List.of(
                    Thread.ofVirtual().start(() -> run.work(first, a, NAMES[0], NAMES[1])),
                    Thread.ofVirtual().start(() -> run.work(second, b, NAMES[1], NAMES[0])));
            for (Thread agent : agents) {
                agent.join();
            }
            boolean completed = allCompleted(first);
            out.println(completed ? "Every task is completed." : "Tasks are left: " + first.tasks().all().stream()
                    .filter(task -> task.status() != TaskStatus.COMPLETED).map(TaskView::id).toList());
            return completed && !run.failed.get();
        }
    }

    /** Enough for one agent to do every task, and to find nothing ready a few times while the other works. */
    static int roundsFor(List<TaskDefinition> tasks) {
        return tasks.size() + 3;
    }

    private void work(CoordinationClient client, AgentSession session, String name, String partner) {
        Assistant assistant = AiServices.builder(Assistant.class)
                .chatModel(models.model(name, partner))
                .chatMemory(MessageWindowChatMemory.withMaxMessages(40))
                .systemMessage(systemMessage(name, partner))
                .toolProvider(GinkoToolProvider.forAgent(client, session))
                .chatRequestTransformer(NewsInjector.of(NewsSource.of(session)))
                .build();
        try {
            for (int round = 1; round <= rounds && !allCompleted(client); round++) {
                String answer = assistant.work(INSTRUCTION).strip();
                out.println(name + ": " + answer.lines().findFirst().orElse(""));
            }
        } catch (RuntimeException e) {
            // The model's provider failed (a network error, a bad key): this agent stops, the run reports it.
            failed.set(true);
            out.println(name + " stopped: " + e);
        }
    }

    private static String systemMessage(String name, String partner) {
        return "You are " + name + ", one of two AI agents working through a sprint's tasks with " + partner
                + ", coordinating through the Ginko tools. When asked to work on the next task: claim it with "
                + "claim_next_task (timeout_seconds 5); if none was ready, answer NO_TASK. Otherwise do the work "
                + "(here: decide briefly how you would do it), log it with log_event (category feature, task_id "
                + "set), complete it with complete_task, and tell " + partner + " with send_message (to " + partner
                + ", task_id set). Then answer in one line. Messages that start with 'Ginko news' "
                + "tell you what the other agents did; take them into account.";
    }

    private static boolean allCompleted(CoordinationClient client) {
        return client.tasks().all().stream().allMatch(task -> task.status() == TaskStatus.COMPLETED);
    }
}
