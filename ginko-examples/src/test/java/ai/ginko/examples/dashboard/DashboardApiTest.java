package ai.ginko.examples.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * What the API tests share: one running dashboard per test class (on the shared embedded Neo4j), and for each test a
 * fresh organization with a token of its own, so that tests never see each other's data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DashboardApiTest {

    protected TestServer server;
    protected String organization;
    protected String token;

    /** The server the class runs against; override to change its options. */
    protected TestServer startServer() {
        return TestServer.start();
    }

    @BeforeAll
    void start() {
        server = startServer();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @BeforeEach
    void newOrganization() {
        organization = TestServer.newOrganization();
        token = server.tokenFor(organization);
    }
}
