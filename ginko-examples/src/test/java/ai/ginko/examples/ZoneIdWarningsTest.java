package ai.ginko.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ZoneIdWarningsTest {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final PrintStream target = new PrintStream(written, true, StandardCharsets.UTF_8);

    @Test
    void dropsTheTimeZoneLinesAndPassesEveryOtherLine() {
        ZoneIdWarnings.LineFilter filter = new ZoneIdWarnings.LineFilter(target);
        PrintStream err = new PrintStream(filter, true, StandardCharsets.UTF_8);

        err.printf("WARNING: Use of the three-letter time zone ID \"EST\" is deprecated and it will be removed%n");
        err.println("ERROR: the store is locked");
        err.print("WARNING: Use of the three-letter time zone ID \"PST\" ");
        err.println("is deprecated");
        err.print("a last line without its end");
        filter.finish();

        assertThat(written.toString(StandardCharsets.UTF_8))
                .isEqualTo("ERROR: the store is locked" + System.lineSeparator() + "a last line without its end");
    }

    @Test
    void restoresStandardErrorAfterTheWork() {
        PrintStream before = System.err;

        String result = ZoneIdWarnings.droppedDuring(() -> System.err == before ? "not replaced" : "replaced");

        assertThat(result).isEqualTo("replaced");
        assertThat(System.err).isSameAs(before);
    }
}
