package ai.ginko.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.Blocker;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import ai.ginko.core.MessageDraft;
import ai.ginko.core.Severity;
import ai.ginko.core.TaskDefinition;
import java.nio.file.Files;
import ai.ginko.neo4j.RequiresSystemTool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The page in real headless Chromium (Debian's chromium and chromium-driver packages), against the server on the
 * embedded Neo4j. Skipped, with a line in the build output, where they are not installed; under CI=true it fails
 * instead (see {@link RequiresSystemTool}).
 */
@RequiresSystemTool(path = AgentStatusPageTest.CHROMIUM_PATH, debianPackage = "chromium")
@RequiresSystemTool(path = AgentStatusPageTest.CHROMEDRIVER_PATH, debianPackage = "chromium-driver")
class AgentStatusPageTest {

    static final String CHROMIUM_PATH = "/usr/bin/chromium";
    static final String CHROMEDRIVER_PATH = "/usr/bin/chromedriver";
    private static final Path CHROMIUM = Path.of(CHROMIUM_PATH);
    private static final Path CHROMEDRIVER = Path.of(CHROMEDRIVER_PATH);
    private static final Path SCREENSHOT = Path.of("target", "dashboard.png");
    private static final Path NARROW_SCREENSHOT = Path.of("target", "dashboard-narrow.png");

    private static TestServer server;
    private static WebDriver browser;

    private final List<AgentSession> agents = new ArrayList<>();
    private DashboardPage page;
    private CoordinationClient client;
    private String token;

    @BeforeAll
    static void startBrowserAndServer(@TempDir Path profile) {
        server = TestServer.start();
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options(profile));
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile.toAbsolutePath());
        return options;
    }

    @AfterAll
    static void stopBrowserAndServer() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void newOrganization() {
        String organization = TestServer.newOrganization();
        client = server.client(organization, "checkout");
        token = server.tokenFor(organization);
        page = new DashboardPage(browser);
    }

    @AfterEach
    void stopAgents() {
        agents.forEach(AgentSession::close);
    }

    private AgentSession agent(String name, String... capabilities) {
        AgentSession agent = client.startAgent(AgentRegistration.named(name).withCapabilities(List.of(capabilities)));
        agents.add(agent);
        return agent;
    }

    @Test
    void asksForATokenThenShowsTheAgents() {
        AgentSession implementer = agent("Claude-Implementer");
        AgentSession reviewer = agent("GPT-Reviewer");

        page.open(server.server().pageUri());
        assertThat(page.asksForAToken()).isTrue();
        page.signIn(token);

        page.await(b -> page.agentRows().size() == 2);
        assertThat(page.headers("agents"))
                .containsExactly("Agent", "Name", "Status", "Current task", "Last heartbeat");
        assertThat(page.rowOf(implementer.agentId())).containsSequence(implementer.agentId(), "Claude-Implementer",
                "idle", "—");
        assertThat(page.rowOf(reviewer.agentId()).get(4)).matches("\\d+s ago");
        assertThat(page.projectChoices()).containsExactly("checkout");
        page.await(b -> page.mode().equals("Live (SSE)"));
    }

    @Test
    void showsAClaimedTaskWithoutReloading() {
        AgentSession implementer = agent("Claude-Implementer");
        page.open(server.server().pageUri()).signIn(token);
        page.await(b -> page.mode().equals("Live (SSE)") && !page.rowOf(implementer.agentId()).isEmpty());
        page.markDocument();

        implementer.claim("TASK-7");

        page.await(b -> page.rowOf(implementer.agentId()).get(2).equals("busy"));
        assertThat(page.rowOf(implementer.agentId()).get(3)).isEqualTo("TASK-7");
        assertThat(page.documentStillMarked()).isTrue();
    }

    @Test
    void filtersAgentsByStatus() {
        AgentSession busy = agent("Claude-Implementer");
        AgentSession idle = agent("GPT-Reviewer");
        busy.claim("TASK-4");
        page.open(server.server().pageUri()).signIn(token);
        page.await(b -> page.agentRows().size() == 2);

        page.filterStatus("Busy");
        page.await(b -> page.agentRows().size() == 1);
        assertThat(page.rowOf(busy.agentId())).isNotEmpty();

        page.filterStatus("Idle");
        page.await(b -> !page.rowOf(idle.agentId()).isEmpty() && page.agentRows().size() == 1);
    }

    @Test
    void showsAnUnreadBadgeAndTheAgentsRecentMessages() {
        AgentSession implementer = agent("Claude-Implementer");
        AgentSession reviewer = agent("GPT-Reviewer");
        reviewer.messages().send(MessageDraft.to("Claude-Implementer").subject("TASK-4 looks good")
                .ackRequired(true).build());
        page.open(server.server().pageUri()).signIn(token);
        page.await(b -> page.agentRows().size() == 2);

        page.rowElement(implementer.agentId()).click();

        page.await(b -> page.details().contains("TASK-4 looks good"));
        assertThat(page.rowOf(implementer.agentId()).get(1)).isEqualTo("Claude-Implementer 1 unread");
        assertThat(page.details()).contains("Recent messages", "unread", reviewer.agentId());
    }

    @Test
    void showsTheDetailsOfAClickedAgent() {
        AgentSession implementer = agent("Claude-Implementer", "java", "neo4j");
        AgentSession reviewer = agent("GPT-Reviewer");
        implementer.claim("TASK-4");
        implementer.logger().log(EventCategory.FEATURE, "Checkout API validates carts");
        implementer.logger().logBlocker("Waiting for the API quota to reset",
                Blocker.of("API rate limit", Severity.HIGH, List.of("TASK-4", "TASK-8")));
        reviewer.logger().log(EventCategory.DECISION, "Use a per-project counter for event order");
        client.tasks().define(List.of(TaskDefinition.of("TASK-4", "Checkout API"),
                TaskDefinition.builder("TASK-6", "Payment retries").dependsOn(List.of("TASK-4")).build(),
                TaskDefinition.builder("TASK-8", "Receipts").dependsOn(List.of("TASK-4", "TASK-6")).build(),
                TaskDefinition.of("TASK-9", "Docs")));
        page.open(server.server().pageUri()).signIn(token);
        page.await(b -> page.agentRows().size() == 2 && page.blockers().contains("API rate limit")
                && page.taskRows().size() == 4);

        page.rowElement(implementer.agentId()).click();

        page.await(b -> page.details().contains("Checkout API validates carts"));
        assertThat(page.details()).contains("Claude-Implementer", "java, neo4j", "TASK-4",
                "Waiting for the API quota to reset").doesNotContain("per-project counter");
        assertThat(page.rowOf(implementer.agentId()).get(3)).contains("TASK-4", "blocked");
        assertThat(page.blockers()).as("the reporter's name beside its id")
                .contains("Claude-Implementer " + implementer.agentId());
        page.await(b -> page.mode().equals("Live (SSE)"));
        // Tall enough for the task graph's picture below the tables.
        browser.manage().window().setSize(new Dimension(1280, 1400));
        page.screenshot(SCREENSHOT);
        browser.manage().window().setSize(new Dimension(390, 1200));
        page.screenshot(NARROW_SCREENSHOT);
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void showsTheTasksWithTheirStateHolderAndDependenciesAndUpdatesThemLive() {
        AgentSession implementer = agent("Claude-Implementer");
        client.tasks().define(List.of(TaskDefinition.of("TASK-1", "Event log"),
                TaskDefinition.builder("TASK-2", "Long-poll API").dependsOn(List.of("TASK-1")).build()));
        page.open(server.server().pageUri()).signIn(token);
        page.await(b -> page.taskRows().size() == 2 && page.mode().equals("Live (SSE)"));
        assertThat(page.headers("tasks")).containsExactly("Task", "Title", "State", "Holder", "Waits on");
        assertThat(page.taskRow("TASK-1")).containsExactly("TASK-1", "Event log", "ready", "—", "—");
        assertThat(page.taskRow("TASK-2")).containsExactly("TASK-2", "Long-poll API", "waiting", "—", "TASK-1");
        page.markDocument();

        implementer.claim("TASK-1");
        page.await(b -> page.taskRow("TASK-1").get(2).equals("in progress"));
        assertThat(page.taskRow("TASK-1").get(3)).isEqualTo("Claude-Implementer " + implementer.agentId());

        implementer.complete("TASK-1");
        page.await(b -> page.taskRow("TASK-2").get(2).equals("ready"));
        assertThat(page.taskRow("TASK-1").get(2)).isEqualTo("completed");
        assertThat(page.taskRow("TASK-2").get(4)).isEqualTo("—");
        assertThat(page.documentStillMarked()).isTrue();
    }

    @Test
    void drawsTheTaskGraphInColumnsByWaveWithArrowsAndStatesThatUpdateLive() {
        AgentSession implementer = agent("Claude-Implementer");
        client.tasks().define(List.of(TaskDefinition.of("TASK-1", "Event log"),
                TaskDefinition.builder("TASK-2", "Long-poll API").dependsOn(List.of("TASK-1")).build(),
                TaskDefinition.builder("TASK-3", "SSE endpoint").dependsOn(List.of("TASK-1")).build(),
                TaskDefinition.builder("TASK-4", "Dashboard").dependsOn(List.of("TASK-2", "TASK-3")).build()));
        page.open(server.server().pageUri()).signIn(token);
        page.await(b -> graphNodes().size() == 4 && page.mode().equals("Live (SSE)"));

        assertThat(graphColumns()).containsExactly(List.of("TASK-1"), List.of("TASK-2", "TASK-3"),
                List.of("TASK-4"));
        assertThat(browser.findElements(By.cssSelector("#task-graph .task-edge")))
                .extracting(edge -> edge.getAttribute("data-from") + "->" + edge.getAttribute("data-to"))
                .containsExactlyInAnyOrder("TASK-1->TASK-2", "TASK-1->TASK-3", "TASK-2->TASK-4", "TASK-3->TASK-4");
        assertThat(graphStates()).containsExactly("TASK-1=ready", "TASK-2=waiting", "TASK-3=waiting",
                "TASK-4=waiting");

        implementer.claim("TASK-1");
        implementer.complete("TASK-1");

        page.await(b -> graphStates().equals(List.of("TASK-1=completed", "TASK-2=ready", "TASK-3=ready",
                "TASK-4=waiting")));
        assertThat(browser.findElement(By.cssSelector("#task-graph [data-task-id='TASK-1']")).getAttribute("class"))
                .contains("task-completed");
    }

    private List<WebElement> graphNodes() {
        return browser.findElements(By.cssSelector("#task-graph .task-node"));
    }

    /** The nodes' ids grouped by their x position, left to right. */
    private List<List<String>> graphColumns() {
        TreeMap<Double, List<String>> columns = new TreeMap<>();
        for (WebElement node : graphNodes()) {
            String transform = node.getAttribute("transform");
            double x = Double.parseDouble(transform.substring(transform.indexOf('(') + 1, transform.indexOf(' ')));
            columns.computeIfAbsent(x, k -> new ArrayList<>()).add(node.getAttribute("data-task-id"));
        }
        return List.copyOf(columns.values());
    }

    private List<String> graphStates() {
        return graphNodes().stream().map(node -> node.getAttribute("data-task-id") + "="
                + node.getAttribute("data-status")).sorted().toList();
    }

    @Test
    void showsDetailsFromTheKeyboard() {
        AgentSession reviewer = agent("GPT-Reviewer");
        reviewer.logger().log(EventCategory.INSIGHT, "Reviews go faster in pairs");
        page.open(server.server().pageUri()).signIn(token);
        page.await(b -> !page.rowOf(reviewer.agentId()).isEmpty());

        page.rowElement(reviewer.agentId()).sendKeys(Keys.ENTER);

        page.await(b -> page.details().contains("Reviews go faster in pairs"));
    }

    @Test
    void fallsBackToPollingWhenServerSentEventsAreUnavailable() {
        try (TestServer pollingOnly = TestServer.start(options -> options.sseEnabled(false))) {
            String organization = TestServer.newOrganization();
            CoordinationClient pollingClient = pollingOnly.client(organization, "checkout");
            AgentSession implementer = pollingClient.startAgent(AgentRegistration.named("Claude-Implementer"));
            agents.add(implementer);
            page.open(pollingOnly.server().pageUri()).signIn(pollingOnly.tokenFor(organization));
            page.await(b -> page.mode().equals("Polling every 5 s") && !page.rowOf(implementer.agentId()).isEmpty());
            page.markDocument();

            implementer.claim("TASK-9");

            page.await(b -> page.rowOf(implementer.agentId()).get(3).equals("TASK-9"));
            assertThat(page.documentStillMarked()).isTrue();
            assertThat(page.mode()).isEqualTo("Polling every 5 s");
        }
    }
}
