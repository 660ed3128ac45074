package ai.ginko.core.contract;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Scope;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/**
 * Base of the contract suite that every {@link CoordinationClient} implementation must pass. An implementation
 * extends each contract class and supplies {@link #newClient(ClientSettings)}; all clients it returns must share
 * one store, as agent processes share one database.
 *
 * <p>Each test runs in a fresh random {@link Scope}, so tests stay independent on a shared, never-emptied database.
 * Clients made through the helpers are closed after each test.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class ContractTestSupport {

    /** Short, so that waits for the poller stay far below the bounds the tests assert. */
    protected static final Duration POLL_INTERVAL = Duration.ofMillis(25);
    /** How long another client may take to see a committed event. */
    protected static final Duration VISIBLE = Duration.ofSeconds(5);
    /** How long a pushed event may take from the call that logs it to a subscriber of another client. */
    protected static final Duration PUSH = Duration.ofSeconds(1);
    /** How long to watch for something that must not happen: a dozen poll intervals. */
    protected static final Duration QUIET = Duration.ofMillis(300);
    protected static final String USER_ID = "user-1";

    private static final Set<Class<?>> STARTED = ConcurrentHashMap.newKeySet();

    private final List<CoordinationClient> clients = new CopyOnWriteArrayList<>();
    private Scope scope;

    /** A new client on the store shared by the whole test class. */
    protected abstract CoordinationClient newClient(ClientSettings settings);

    @BeforeEach
    void enterFreshScope() {
        scope = freshScope();
        startStoreOnce();
    }

    /**
     * Opens one client per test class before its first test, so that a store that starts on first use (an embedded
     * Neo4j takes seconds, longer on a busy machine) starts here: the class's {@link Timeout} bounds its tests, not
     * its lifecycle methods, and a test's bound is about the behaviour it checks, not about a server's start.
     */
    private void startStoreOnce() {
        if (STARTED.add(getClass())) {
            newClient(settingsFor(scope).build()).close();
        }
    }

    /**
     * Closes the test's clients side by side, each completely, before the next test starts: a client that owns its
     * driver waits out the driver's 200 ms shutdown, once per test rather than once per client.
     */
    @AfterEach
    void closeClients() throws InterruptedException {
        List<Thread> closing = clients.stream().map(client -> Thread.ofVirtual().start(client::close)).toList();
        for (Thread thread : closing) {
            thread.join();
        }
        clients.clear();
    }

    /** The scope of the current test. */
    protected Scope scope() {
        return scope;
    }

    /** A scope no other test uses: a random organization with the common project id {@code proj}. */
    protected static Scope freshScope() {
        return Scope.of("org-" + UUID.randomUUID(), "proj");
    }

    /** A client in the test's scope with the test defaults (see {@link #settingsFor}). */
    protected CoordinationClient client() {
        return client(settings -> { });
    }

    protected CoordinationClient client(Consumer<ClientSettings.Builder> customizer) {
        return clientIn(scope, customizer);
    }

    protected CoordinationClient clientIn(Scope clientScope) {
        return clientIn(clientScope, settings -> { });
    }

    protected CoordinationClient clientIn(Scope clientScope, Consumer<ClientSettings.Builder> customizer) {
        ClientSettings.Builder builder = settingsFor(clientScope);
        customizer.accept(builder);
        CoordinationClient client = newClient(builder.build());
        clients.add(client);
        return client;
    }

    /**
     * Settings with a short poll interval, user {@link #USER_ID}, and real-time cursors on. The environment is
     * ignored so that a {@code GINKO_REALTIME_CURSOR} set on the build machine cannot change the outcome.
     */
    protected static ClientSettings.Builder settingsFor(Scope clientScope) {
        return ClientSettings.builder(Map.of()).scope(clientScope).userId(USER_ID).pollInterval(POLL_INTERVAL);
    }

    protected static AgentRegistration agentNamed(String name) {
        return AgentRegistration.named(name);
    }

    /** Waits until the condition holds; fails naming {@code what} when it still does not after {@code timeout}. */
    protected static void awaitTrue(Duration timeout, String what, BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Timed out after " + timeout + " waiting until " + what);
            }
            Thread.sleep(10);
        }
    }
}
