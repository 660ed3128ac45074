package ai.ginko.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void noArgumentsGiveTheDocumentedDefaults() {
        BenchOptions options = BenchOptions.parse();

        assertThat(options.events()).isEqualTo(2000);
        assertThat(options.rate()).isEqualTo(200.0);
        assertThat(options.pollInterval()).isEqualTo(Duration.ofMillis(100));
        assertThat(options.json()).isFalse();
        assertThat(options.soakMinutes()).isZero();
        assertThat(options.realtimeCursor()).isTrue();
        assertThat(options.help()).isFalse();
        assertThat(options.fleet()).isEmpty();
        assertThat(options.fleetSeconds()).isEqualTo(20);
        assertThat(options.burstPollInterval()).isZero();
    }

    @Test
    void takesABurstPollIntervalShorterThanThePollIntervalInAnyOrder() {
        BenchOptions options = BenchOptions.parse("--burst-poll-ms", "150", "--poll-interval-ms", "200");

        assertThat(options.burstPollInterval()).isEqualTo(Duration.ofMillis(150));
        assertThatThrownBy(() -> BenchOptions.parse("--burst-poll-ms", "100"))
                .hasMessageContaining("shorter than --poll-interval-ms (100), was 100");
        assertThatThrownBy(() -> BenchOptions.parse("--burst-poll-ms", "-1")).hasMessageContaining("negative");
    }

    @Test
    void onlyScaleSelectsTheScaleSectionAlone() {
        assertThat(BenchOptions.parse().scaleOnly()).isFalse();
        assertThat(BenchOptions.parse("--only", "scale").scaleOnly()).isTrue();
        assertThatThrownBy(() -> BenchOptions.parse("--only", "fleet"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--only takes the section to run alone: scale, was fleet");
    }

    @Test
    void takesTheFleetSizesInOrder() {
        BenchOptions options = BenchOptions.parse("--fleet", "1,10,50,100", "--fleet-seconds=5");

        assertThat(options.fleet()).containsExactly(1, 10, 50, 100);
        assertThat(options.fleetSeconds()).isEqualTo(5);
    }

    @Test
    void takesValuesAfterASpaceOrAnEqualsSign() {
        BenchOptions options = BenchOptions.parse("--events", "500", "--rate=50.5", "--poll-interval-ms", "20",
                "--json", "--realtime-cursor=false", "--soak-minutes", "3");

        assertThat(options.events()).isEqualTo(500);
        assertThat(options.rate()).isEqualTo(50.5);
        assertThat(options.pollInterval()).isEqualTo(Duration.ofMillis(20));
        assertThat(options.json()).isTrue();
        assertThat(options.realtimeCursor()).isFalse();
        assertThat(options.soakMinutes()).isEqualTo(3);
    }

    @Test
    void recognizesHelp() {
        assertThat(BenchOptions.parse("--help").help()).isTrue();
        assertThat(BenchOptions.parse("-h").help()).isTrue();
    }

    @Test
    void namesWhatIsWrong() {
        assertThatThrownBy(() -> BenchOptions.parse("--event", "5")).hasMessageContaining("unknown option --event");
        assertThatThrownBy(() -> BenchOptions.parse("--events")).hasMessageContaining("--events needs a value");
        assertThatThrownBy(() -> BenchOptions.parse("--events", "many")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> BenchOptions.parse("--events", "0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> BenchOptions.parse("--rate", "0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> BenchOptions.parse("--rate", "NaN")).hasMessageContaining("positive");
        assertThatThrownBy(() -> BenchOptions.parse("--poll-interval-ms", "0")).hasMessageContaining("between 1");
        assertThatThrownBy(() -> BenchOptions.parse("--soak-minutes", "-1")).hasMessageContaining("negative");
        assertThatThrownBy(() -> BenchOptions.parse("--realtime-cursor", "yes")).hasMessageContaining("true or false");
        assertThatThrownBy(() -> BenchOptions.parse("--json=true")).hasMessageContaining("takes no value");
        assertThatThrownBy(() -> BenchOptions.parse("--fleet", "1,,10"))
                .hasMessageContaining("--fleet must be a whole");
        assertThatThrownBy(() -> BenchOptions.parse("--fleet", "0")).hasMessageContaining("between 1 and 1000, was 0");
        assertThatThrownBy(() -> BenchOptions.parse("--fleet-seconds", "0")).hasMessageContaining("at least 1");
    }
}
