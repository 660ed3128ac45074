package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandSuggestionsTest {

    private static final List<String> COMMANDS = List.of("agent", "setup", "task", "log", "events", "reserve",
            "release", "reservations", "inbox", "msg", "hook", "guard");

    @Test
    void aSwapOfNeighbouringLettersIsOneEdit() {
        assertThat(CommandSuggestions.distance("agnet", "agent")).isEqualTo(1);
        assertThat(CommandSuggestions.of("agnet", COMMANDS)).containsExactly("agent");
    }

    @Test
    void aMissingLetterIsOneEditAndUnrelatedNamesAreNotSuggested() {
        assertThat(CommandSuggestions.of("relase", COMMANDS)).containsExactly("release");
        assertThat(CommandSuggestions.of("tsak", COMMANDS)).containsExactly("task");
        assertThat(CommandSuggestions.of("dashboardz", COMMANDS)).isEmpty();
    }
}
