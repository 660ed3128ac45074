package ai.ginko.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.neo4j.SystemToolCondition.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SystemToolConditionTest {

    private static final List<RequiresSystemTool> BROWSER =
            Arrays.asList(NeedsABrowser.class.getAnnotationsByType(RequiresSystemTool.class));

    @RequiresSystemTool(path = "/usr/bin/chromium", debianPackage = "chromium")
    @RequiresSystemTool(path = "/usr/bin/chromedriver", debianPackage = "chromium-driver")
    private static final class NeedsABrowser {
    }

    @Test
    void aTestWhoseToolsAreInstalledRuns() {
        Verdict verdict = SystemToolCondition.verdict("BrowserTest", BROWSER,
                Set.of("/usr/bin/chromium", "/usr/bin/chromedriver")::contains, Map.of("CI", "true"));

        assertThat(verdict).isInstanceOf(Verdict.Run.class);
    }

    @Test
    void aMissingToolSkipsTheTestNamingItAndHowToInstallIt() {
        Verdict verdict = SystemToolCondition.verdict("BrowserTest", BROWSER,
                Set.of("/usr/bin/chromium")::contains, Map.of());

        assertThat(verdict).isInstanceOf(Verdict.Skip.class);
        assertThat(verdict.message()).startsWith("BrowserTest needs /usr/bin/chromedriver, not installed here; "
                + "install with: apt-get install chromium-driver");
    }

    @Test
    void everyMissingToolIsNamed() {
        Verdict verdict = SystemToolCondition.verdict("BrowserTest", BROWSER, path -> false, Map.of("CI", "false"));

        assertThat(verdict).isInstanceOf(Verdict.Skip.class);
        assertThat(verdict.message()).contains("/usr/bin/chromium and /usr/bin/chromedriver",
                "apt-get install chromium chromium-driver");
    }

    @Test
    void underCiAMissingToolFailsInsteadOfSkipping() {
        Verdict verdict = SystemToolCondition.verdict("BrowserTest", BROWSER, path -> false, Map.of("CI", "true"));

        assertThat(verdict).isInstanceOf(Verdict.Fail.class);
        assertThat(verdict.message()).contains("BrowserTest needs /usr/bin/chromium", "CI=true");
    }
}
