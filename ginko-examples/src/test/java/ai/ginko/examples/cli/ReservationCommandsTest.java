package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code ginko reserve}, {@code ginko release} and {@code ginko reservations}, run in-process. */
class ReservationCommandsTest {

    private final GinkoShell shell = GinkoShell.fresh();

    @Test
    void reserveGrantsEveryPatternAndReservationsListsThem() throws Exception {
        String agent = shell.register("Implementer");

        GinkoShell.Result reserved = shell.asAgent(agent).run("reserve", "src/api/**", "docs/", "--ttl", "2h",
                "--reason", "API rework");

        assertThat(reserved.exitCode()).as(reserved.err()).isZero();
        assertThat(reserved.outLines()).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("(exclusive) by " + agent + " (Implementer) until "));
        assertThat(shell.run("reservations").outLines()).first().isEqualTo("Reservations (2):");
        JsonNode json = new ObjectMapper().readTree(shell.run("reservations", "--json").out());
        assertThat(json.get("reservations").findValuesAsText("pattern")).containsExactly("docs/", "src/api/**");
        assertThat(json.get("reservations").findValuesAsText("reason")).containsOnly("API rework");
    }

    @Test
    void aConflictingReserveExitsOneListingEachConflictAndReservesNothing() {
        String holder = shell.register("Holder");
        String other = shell.register("Other");
        shell.asAgent(holder).run("reserve", "src/api/**", "docs/");

        GinkoShell.Result refused = shell.asAgent(other).run("reserve", "src/*/Client.java", "lib/**",
                "docs/index.md", "--shared");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.errLines()).containsExactly(
                "ginko: src/*/Client.java conflicts with src/api/**, held exclusive by " + holder + " (Holder) until "
                        + expiryOf(refused.errLines().get(0)),
                "ginko: docs/index.md conflicts with docs/, held exclusive by " + holder + " (Holder) until "
                        + expiryOf(refused.errLines().get(1)),
                "ginko: nothing reserved (2 conflicts)");
        assertThat(shell.run("reservations").outLines()).first().isEqualTo("Reservations (2):");
    }

    @Test
    void releaseByPatternByIdOrAllIsIdempotent() throws Exception {
        GinkoShell agent = shell.asAgent(shell.register("Implementer"));
        agent.run("reserve", "a/**", "b/**", "c/**");
        String id = new ObjectMapper().readTree(shell.run("reservations", "--json").out()).get("reservations")
                .get(0).get("reservation_id").asText();

        assertThat(agent.run("release", "--id", id).out()).startsWith("Released a/** ");
        assertThat(agent.run("release", "b/**").out()).startsWith("Released b/** ");
        assertThat(agent.run("release", "--all").out()).startsWith("Released c/** ");
        GinkoShell.Result again = agent.run("release", "--all");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo("Nothing to release\n");
        assertThat(shell.run("reservations").out()).isEqualTo("Reservations (0):\n");
    }

    @Test
    void releaseWithoutWhatToReleaseIsAUsageError() {
        GinkoShell.Result result = shell.asAgent(shell.register("Implementer")).run("release");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().getFirst()).isEqualTo("ginko: give exactly one of: PATTERN..., --id ID..., --all");
    }

    @Test
    void checkExitsOneNamingHolderPatternAndExpiryWhenAnotherAgentHoldsAPathExclusively() {
        String holder = shell.register("Holder");
        String other = shell.register("Other");
        shell.asAgent(holder).run("reserve", "src/api/**");
        shell.asAgent(holder).run("reserve", "docs/**", "--shared");

        GinkoShell.Result asOther = shell.asAgent(other).run("reservations", "--check", "src/api/Client.java",
                "docs/a.md", "README.md");
        GinkoShell.Result asHolder = shell.asAgent(holder).run("reservations", "--check", "src/api/Client.java");
        GinkoShell.Result asHumanOnFreePaths = shell.run("reservations", "--check", "docs/a.md", "README.md");

        assertThat(asOther.exitCode()).isEqualTo(1);
        assertThat(asOther.errLines()).singleElement().asString().startsWith("ginko: src/api/Client.java is "
                + "reserved by " + holder + " (Holder) with src/api/** (exclusive) until ");
        assertThat(asOther.outLines()).hasSize(2);
        assertThat(asHolder.exitCode()).isZero();
        assertThat(asHumanOnFreePaths.exitCode()).isZero();
        assertThat(asHumanOnFreePaths.outLines()).singleElement().asString().startsWith("docs/a.md is reserved by ");
    }

    @Test
    void aBadPatternIsAUsageErrorNamingIt() {
        GinkoShell.Result result = shell.asAgent(shell.register("Implementer")).run("reserve", "ok/**", "/etc/**");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().getFirst()).isEqualTo("ginko: patterns[1] must be relative to the repository's "
                + "root (no leading '/'), was '/etc/**'");
    }

    @Test
    void aTtlOutOfRangeIsAUsageError() {
        GinkoShell.Result result = shell.asAgent(shell.register("Implementer")).run("reserve", "ok/**", "--ttl",
                "30s");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().getFirst()).isEqualTo("ginko: ttl must be between PT1M and PT24H, was PT30S");
    }

    private static String expiryOf(String line) {
        return line.substring(line.lastIndexOf(' ') + 1);
    }
}
