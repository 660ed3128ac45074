package ai.ginko.examples.cli;

import ai.ginko.examples.dashboard.TokenService;
import java.util.concurrent.Callable;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ginko token}: API tokens for the dashboard's HTTP API. */
@Command(name = "token", description = "Create API tokens for 'ginko dashboard'.",
        subcommands = TokenCommand.Create.class)
final class TokenCommand {

    /**
     * {@code ginko token create --org ORG}: prints a new token once. Only its hash is stored, so it cannot be
     * shown again.
     */
    @Command(name = "create", description = {
        "Create a token that gives read access to one organization's projects through the HTTP API.",
        "The token is printed once; only its SHA-256 hash is stored."})
    static final class Create implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--label", paramLabel = "TEXT", defaultValue = "ginko token create",
                description = "What the token is for (default: ${DEFAULT-VALUE}).")
        private String label;

        @Mixin
        private ConnectionOptions connection;

        @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
        @Mixin
        private VerboseOption verbose;

        @Override
        public Integer call() {
            String organization = connection.organization();
            try (Driver driver = connection.driver()) {
                String token = new TokenService(driver, connection.database()).create(organization, label);
                spec.commandLine().getOut().println(token);
                spec.commandLine().getErr().println("Token for organization '" + organization
                        + "'; it is shown only now. Use it as: Authorization: Bearer <token>");
            }
            return 0;
        }
    }
}
