package ai.ginko.examples.cli;

import ai.ginko.examples.dashboard.ApiToken;
import ai.ginko.examples.dashboard.TokenService;
import ai.ginko.tools.views.TextTable;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ginko token}: API tokens for the dashboard's HTTP API. */
@Command(name = "token", description = "Create, list and revoke API tokens for 'ginko dashboard'.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand {

    /** The shortest id prefix {@code token list} shows; longer where two ids of the list share it. */
    static final int MIN_ID_PREFIX = 8;

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

    /** {@code ginko token list --org ORG}: the organization's tokens, never the tokens themselves. */
    @Command(name = "list", description = {
        "List the organization's tokens: id (its start), when created, when last used (to the minute), label.",
        "Neither a token nor its hash is ever shown."})
    static final class ListTokens implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private ConnectionOptions connection;

        @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
        @Mixin
        private VerboseOption verbose;

        @Override
        public Integer call() {
            String organization = connection.organization();
            List<ApiToken> tokens;
            try (Driver driver = connection.driver()) {
                tokens = new TokenService(driver, connection.database()).list(organization);
            }
            if (tokens.isEmpty()) {
                spec.commandLine().getErr().println("Organization '" + organization + "' has no tokens "
                        + "(see 'ginko token create').");
                return 0;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("ID", "CREATED", "LAST USED", "LABEL"));
            List<String> ids = tokens.stream().map(ApiToken::id).toList();
            for (ApiToken token : tokens) {
                rows.add(List.of(shortId(token.id(), ids), time(token.createdAt()),
                        token.lastUsedAt().map(TokenCommand::time).orElse("never"), token.label().orElse("")));
            }
            PrintWriter out = spec.commandLine().getOut();
            TextTable.align(rows).forEach(out::println);
            return 0;
        }
    }

    /** {@code ginko token revoke ID}: the dashboard refuses the token from its next request on. */
    @Command(name = "revoke", description = {
        "Revoke one of the organization's tokens, by its id or the start of its id (as 'ginko token list'",
        "shows it). The dashboard refuses the token from its next request on."})
    static final class Revoke implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The token's id, or the start of it that no other id shares.")
        private String id;

        @Mixin
        private ConnectionOptions connection;

        @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
        @Mixin
        private VerboseOption verbose;

        @Override
        public Integer call() {
            String organization = connection.organization();
            ApiToken revoked;
            try (Driver driver = connection.driver()) {
                revoked = new TokenService(driver, connection.database()).revoke(organization, id);
            }
            spec.commandLine().getOut().println("Revoked token " + revoked.id() + " of organization '"
                    + organization + "' (created " + time(revoked.createdAt())
                    + revoked.label().map(label -> ", label '" + label + "'").orElse("") + ").");
            return 0;
        }
    }

    /** The start of {@code id} that no other of {@code ids} shares, at least {@link #MIN_ID_PREFIX} long. */
    static String shortId(String id, List<String> ids) {
        int length = Math.min(MIN_ID_PREFIX, id.length());
        for (String other : ids) {
            while (!other.equals(id) && length < id.length() && other.startsWith(id.substring(0, length))) {
                length++;
            }
        }
        return id.substring(0, length);
    }

    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
