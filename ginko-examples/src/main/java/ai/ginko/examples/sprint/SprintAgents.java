package ai.ginko.examples.sprint;

import ai.ginko.examples.EmbeddedDatabase;
import ai.ginko.examples.cli.SprintFile;
import ai.ginko.neo4j.Neo4jCoordination;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Runs two LangChain4j agents through a sprint file ({@code ### TASK-N: Title} sections, as {@code ginko task import}
 * reads them) in a fresh scope: on the server named by {@code GINKO_NEO4J_URI}, or on an embedded Neo4j when it is
 * not set; on a real model when {@code OPENAI_API_KEY} or {@code ANTHROPIC_API_KEY} is set, else on a scripted one.
 * Exits 0 when every task got completed, 1 otherwise, 2 on bad usage.
 */
public final class SprintAgents {

    private SprintAgents() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: SprintAgents <sprint file>");
            System.exit(2);
        }
        SprintFile.Parsed sprint = SprintFile.parse(Files.readAllLines(Path.of(args[0])), "");
        sprint.warnings().forEach(warning -> System.out.println("(" + warning + ")"));
        Map<String, String> env = System.getenv();
        boolean embedded = env.getOrDefault(Neo4jCoordination.URI_ENV, "").isBlank();
        boolean completed;
        try (@Nullable EmbeddedDatabase database = embedded ? EmbeddedDatabase.start() : null) {
            Neo4jCoordination.Builder connection = database != null
                    ? Neo4jCoordination.builder().uri(database.boltUri().toString())
                    : Neo4jCoordination.builder().fromEnvironment(env);
            String organization = "sprint-" + UUID.randomUUID();
            completed = SprintRun.run(user -> connection.scope(organization, "sprint").userId(user).build(),
                    sprint.tasks(), ModelChoice.fromEnvironment(env), System.out);
        }
        // Neo4j leaves non-daemon threads behind; the run's result is its exit code.
        System.exit(completed ? 0 : 1);
    }
}
