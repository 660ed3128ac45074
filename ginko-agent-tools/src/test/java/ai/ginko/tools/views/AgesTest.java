package ai.ginko.tools.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AgesTest {

    @Test
    void underAMinuteIsInSeconds() {
        assertThat(Ages.ago(Duration.ofSeconds(45))).isEqualTo("45s ago");
        assertThat(Ages.ago(Duration.ofMillis(59_999))).isEqualTo("59s ago");
    }

    @Test
    void underAnHourIsInWholeMinutes() {
        assertThat(Ages.ago(Duration.ofSeconds(60))).isEqualTo("1m ago");
        assertThat(Ages.ago(Duration.ofMinutes(12).plusSeconds(59))).isEqualTo("12m ago");
    }

    @Test
    void underADayIsInWholeHours() {
        assertThat(Ages.ago(Duration.ofHours(3).plusMinutes(59))).isEqualTo("3h ago");
    }

    @Test
    void longerIsInWholeDays() {
        assertThat(Ages.ago(Duration.ofDays(2).plusHours(23))).isEqualTo("2d ago");
    }

    @Test
    void negativeAgesCountAsNow() {
        assertThat(Ages.ago(Duration.ofSeconds(-5))).isEqualTo("0s ago");
    }
}
