package ai.ginko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientSettingsTest {

    private static final Scope SCOPE = Scope.of("acme", "web");

    @Test
    void defaults() {
        ClientSettings settings = builder(Map.of()).build();

        assertThat(settings.scope()).isEqualTo(SCOPE);
        assertThat(settings.userId()).isEqualTo("chris");
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofMillis(100));
        assertThat(settings.heartbeatInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.offlineAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.realtimeCursor()).isTrue();
        assertThat(settings.subscriberBufferSize()).isEqualTo(1024);
        assertThat(settings.burstPollInterval()).isZero();
        assertThat(settings.metrics()).isSameAs(ClientMetrics.NONE);
    }

    @Test
    void offlineAfterDefaultsToThreeHeartbeatIntervals() {
        ClientSettings settings = builder(Map.of()).heartbeatInterval(Duration.ofSeconds(2)).build();

        assertThat(settings.offlineAfter()).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void everySettingCanBeChanged() {
        ClientMetrics metrics = new ClientMetrics() { };
        ClientSettings settings = builder(Map.of()).scope("globex", "api").userId("dana")
                .pollInterval(Duration.ofMillis(20)).heartbeatInterval(Duration.ofMillis(100))
                .offlineAfter(Duration.ofMillis(150)).realtimeCursor(false).subscriberBufferSize(4)
                .burstPollInterval(Duration.ofMillis(5)).metrics(metrics).build();

        assertThat(settings).isEqualTo(new ClientSettings(Scope.of("globex", "api"), "dana", Duration.ofMillis(20),
                Duration.ofMillis(100), Duration.ofMillis(150), false, 4, Duration.ofMillis(5), metrics));
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", " false ", "0", "no", "off"})
    void theEnvironmentCanTurnRealtimeCursorsOff(String value) {
        assertThat(builder(Map.of(ClientSettings.REALTIME_CURSOR_ENV, value)).build().realtimeCursor()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "True", "1", "yes", "on", "", " "})
    void theEnvironmentCanLeaveRealtimeCursorsOn(String value) {
        assertThat(builder(Map.of(ClientSettings.REALTIME_CURSOR_ENV, value)).build().realtimeCursor()).isTrue();
    }

    @Test
    void anExplicitSettingWinsOverTheEnvironment() {
        ClientSettings settings = builder(Map.of(ClientSettings.REALTIME_CURSOR_ENV, "false"))
                .realtimeCursor(true).build();

        assertThat(settings.realtimeCursor()).isTrue();
    }

    @Test
    void anInvalidEnvironmentValueIsRejectedNamingTheVariableAndTheValue() {
        assertThatThrownBy(() -> ClientSettings.builder(Map.of(ClientSettings.REALTIME_CURSOR_ENV, "sometimes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("GINKO_REALTIME_CURSOR")
                .hasMessageContaining("true or false")
                .hasMessageContaining("sometimes");
    }

    @Test
    void theProcessEnvironmentIsReadByDefault() {
        assumeTrue(System.getenv(ClientSettings.REALTIME_CURSOR_ENV) == null, "GINKO_REALTIME_CURSOR is set here");

        assertThat(ClientSettings.builder().scope(SCOPE).userId("chris").build().realtimeCursor()).isTrue();
    }

    @Test
    void scopeAndUserAreRequired() {
        assertThatThrownBy(() -> ClientSettings.builder(Map.of()).userId("chris").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("scope");
        assertThatThrownBy(() -> ClientSettings.builder(Map.of()).scope(SCOPE).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("userId");
    }

    @Test
    void theUserIdIsAnId() {
        assertThatThrownBy(() -> builder(Map.of()).userId(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("userId");
    }

    @Test
    void burstPollIntervalMustBeShorterThanThePollInterval() {
        assertThatThrownBy(() -> builder(Map.of()).burstPollInterval(Duration.ofMillis(100)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("burstPollInterval must be zero (off) or positive and shorter than pollInterval (PT0.1S), "
                        + "was PT0.1S");
        assertThatThrownBy(() -> builder(Map.of()).burstPollInterval(Duration.ofMillis(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("burstPollInterval");
        assertThatThrownBy(() -> builder(Map.of()).burstPollInterval(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("burstPollInterval");
        assertThat(builder(Map.of()).burstPollInterval(Duration.ofMillis(99)).build().burstPollInterval())
                .isEqualTo(Duration.ofMillis(99));
    }

    @Test
    void pollIntervalMustBePositiveAndAtMostAMinute() {
        assertThatThrownBy(() -> builder(Map.of()).pollInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("pollInterval");
        assertThatThrownBy(() -> builder(Map.of()).pollInterval(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("pollInterval");
        assertThatThrownBy(() -> builder(Map.of()).pollInterval(Duration.ofSeconds(61)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("pollInterval");
        assertThat(builder(Map.of()).pollInterval(Duration.ofMinutes(1)).build().pollInterval())
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void heartbeatIntervalAndOfflineAfterMustBePositive() {
        assertThatThrownBy(() -> builder(Map.of()).heartbeatInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("heartbeatInterval");
        assertThatThrownBy(() -> builder(Map.of()).offlineAfter(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("offlineAfter");
    }

    @Test
    void offlineAfterMustBeAtLeastOneHeartbeatInterval() {
        assertThatThrownBy(() -> builder(Map.of()).heartbeatInterval(Duration.ofSeconds(10))
                .offlineAfter(Duration.ofSeconds(9)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("offlineAfter");
        assertThat(builder(Map.of()).heartbeatInterval(Duration.ofSeconds(10))
                .offlineAfter(Duration.ofSeconds(10)).build().offlineAfter()).isEqualTo(Duration.ofSeconds(10));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1_000_001})
    void subscriberBufferSizeMustBeBetweenOneAndAMillion(int size) {
        assertThatThrownBy(() -> builder(Map.of()).subscriberBufferSize(size).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("subscriberBufferSize");
    }

    @Test
    void theEnvironmentMapIsRequired() {
        assertThatThrownBy(() -> ClientSettings.builder(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("environment");
    }

    private static ClientSettings.Builder builder(Map<String, String> environment) {
        return ClientSettings.builder(environment).scope(SCOPE).userId("chris");
    }
}
