package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs {@code bin/ginko} as a user would, from another directory. The module's build has just written the classes
 * and the classpath file the script uses, so it runs them without building.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("bin", "ginko").toAbsolutePath();

    @Test
    void helpRunsThroughTheLauncherFromAnyDirectory(@TempDir Path elsewhere) throws Exception {
        Process process = new ProcessBuilder(LAUNCHER.toString(), "--help")
                .directory(elsewhere.toFile())
                .redirectErrorStream(true)
                .start();
        String output = read(process);

        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).startsWith("Usage: ginko").contains("devdb", "GINKO_NEO4J_URI");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void versionThroughTheLauncherPrintsWhatPicocliPrints(String option, @TempDir Path elsewhere) throws Exception {
        StringWriter picocli = new StringWriter();
        GinkoCli.commandLine(Map.of()).setOut(new PrintWriter(picocli, true)).execute(option);
        Process process = new ProcessBuilder(LAUNCHER.toString(), option).directory(elsewhere.toFile()).start();
        String output = read(process);

        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines()).isEqualTo(picocli.toString().lines().toList()).first().asString()
                .startsWith("ginko ");
    }

    @Test
    void launcherIsAnExecutableBashScript() throws IOException {
        assertThat(Files.isExecutable(LAUNCHER)).isTrue();
        assertThat(Files.readAllLines(LAUNCHER).getFirst()).isEqualTo("#!/usr/bin/env bash");
    }

    private static String read(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
