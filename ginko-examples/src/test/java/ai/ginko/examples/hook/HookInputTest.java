package ai.ginko.examples.hook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HookInputTest {

    @Test
    void readsTheEventTheFolderTheToolAndItsFile() {
        HookInput input = HookInput.parse(HookInputs.preToolUse("/work/repo", "Edit", "/work/repo/src/A.java"));

        assertThat(input.event()).isEqualTo("PreToolUse");
        assertThat(input.sessionId()).contains(HookInputs.SESSION);
        assertThat(input.cwd()).contains(Path.of("/work/repo"));
        assertThat(input.toolName()).contains("Edit");
        assertThat(input.files()).containsExactly("/work/repo/src/A.java");
    }

    @Test
    void filesAreMadeRelativeToTheWorkingFolderAndThoseOutsideItLeftOut() {
        HookInput input = HookInput.parse(HookInputs.postToolBatch("/work/repo", "/elsewhere/B.java"));

        assertThat(input.files()).containsExactly("/work/repo/README.md", "/elsewhere/B.java");
        assertThat(input.relativeFiles()).containsExactly("README.md");
    }

    @Test
    void aNotebookEditNamesItsNotebook() {
        HookInput input = HookInput.parse("""
                {"hook_event_name":"PreToolUse","cwd":"/r","tool_name":"NotebookEdit",\
                "tool_input":{"notebook_path":"/r/a.ipynb","new_source":"x"}}""");

        assertThat(input.relativeFiles()).containsExactly("a.ipynb");
    }

    @Test
    void inputThatIsNotJsonIsRefusedSayingSo() {
        assertThatThrownBy(() -> HookInput.parse("not json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("hook input must be JSON");
    }

    @Test
    void inputWithoutAnEventNameIsRefusedNamingTheField() {
        assertThatThrownBy(() -> HookInput.parse("{\"session_id\":\"x\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("hook_event_name is required");
    }
}
