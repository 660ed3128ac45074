package ai.ginko.neo4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.neo4j.EmbeddedNeo4j;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;
import org.neo4j.harness.Neo4j;

/**
 * The statements whose plans are kept ({@link Cypher#PINNED_PLAN}) are planned on an empty database, the worst case
 * for statistics, as they must be planned at any size: every look-up an index seek, no scan of a label or of an
 * index, and the poll read in index order without a sort. A plan made there is the plan kept for good.
 */
class PinnedPlansTest {

    private static Neo4j emptyDatabase;
    private static Driver driver;

    @BeforeAll
    static void emptyDatabaseWithTheSchema() {
        emptyDatabase = EmbeddedNeo4j.inProcessBuilder().build();
        driver = GraphDatabase.driver(emptyDatabase.boltURI(), AuthTokens.none());
        new Neo4jStore(driver, Optional.empty()).bootstrap();
    }

    @AfterAll
    static void stop() {
        driver.close();
        emptyDatabase.close();
    }

    @Test
    void everyPinnedStatementSeeksByIndexOnAnEmptyDatabase() throws IllegalAccessException {
        Map<String, List<String>> operators = new HashMap<>();
        try (Session session = driver.session()) {
            for (Map.Entry<String, String> statement : pinnedStatements().entrySet()) {
                Plan plan = session.run("EXPLAIN " + statement.getValue(), parameters()).consume().plan();
                operators.put(statement.getKey(), operatorsOf(plan));
            }
        }

        assertThat(operators).containsKeys("APPEND_EVENTS", "EVENTS_AFTER", "LOCK_TASK", "HEARTBEAT");
        assertThat(operators).allSatisfy((name, used) -> {
            assertThat(used).as(name).noneMatch(operator -> operator.contains("Scan"));
            assertThat(used).as(name).anyMatch(operator -> operator.contains("IndexSeek"));
        });
        assertThat(operators.get("EVENTS_AFTER")).noneMatch(operator -> operator.contains("Sort"));
        assertThat(operators).containsKeys("INBOX_ASCENDING", "INBOX_DESCENDING", "DELIVER", "MARK");
        assertThat(operators.get("INBOX_ASCENDING")).as("an inbox reads its deliveries in index order")
                .noneMatch(operator -> operator.contains("Sort"));
        assertThat(operators.get("INBOX_DESCENDING")).noneMatch(operator -> operator.contains("Sort"));
        assertThat(operators.get("CLAIMABLE_TASKS")).as("the ready-order seek reads the index in its order")
                .noneMatch(operator -> operator.contains("Sort"));
    }

    private static Map<String, String> pinnedStatements() throws IllegalAccessException {
        Map<String, String> pinned = new HashMap<>();
        for (Field field : Cypher.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().equals("PINNED_PLAN")) {
                String statement = (String) field.get(null);
                if (statement.startsWith(Cypher.PINNED_PLAN)) {
                    pinned.put(field.getName(), statement);
                }
            }
        }
        return pinned;
    }

    private static Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("org", "org");
        parameters.put("project", "project");
        parameters.put("agentIds", List.of("agent_1"));
        parameters.put("events", List.of());
        parameters.put("resolves", List.of());
        parameters.put("after", 0L);
        parameters.put("limit", 10L);
        parameters.put("agentId", "agent_1");
        parameters.put("taskId", "TASK-1");
        parameters.put("state", "completed");
        parameters.put("ownerId", "agent_1");
        parameters.put("currentTask", null);
        parameters.put("lastSequence", 0L);
        parameters.put("lastAction", "completed");
        parameters.put("handoffNote", null);
        parameters.put("before", Long.MAX_VALUE);
        parameters.put("unread", false);
        parameters.put("unacknowledged", false);
        parameters.put("overdueMillis", null);
        parameters.put("importances", List.of());
        parameters.put("threadId", null);
        parameters.put("sequence", 1L);
        parameters.put("recipients", List.of("agent_1"));
        parameters.put("sequences", List.of(1L));
        parameters.put("acknowledge", false);
        parameters.put("capabilities", List.of("java"));
        parameters.put("excluded", List.of("TASK-2"));
        parameters.put("skip", 0L);
        return parameters;
    }

    private static List<String> operatorsOf(Plan plan) {
        List<String> operators = new ArrayList<>();
        operators.add(plan.operatorType());
        plan.children().forEach(child -> operators.addAll(operatorsOf(child)));
        return operators;
    }
}
