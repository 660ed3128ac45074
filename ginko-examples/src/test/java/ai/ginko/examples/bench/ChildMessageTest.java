package ai.ginko.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.Scope;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChildMessageTest {

    @Test
    void aDeliveryCrossesTheProcessBoundaryUnchanged() {
        Delivery delivery = new Delivery(7, 8, 12_345_678);

        String line = delivery.toMessage().format();

        assertThat(line).isEqualTo("#bench event 7 8 12345678");
        assertThat(Delivery.from(ChildMessage.parse(line).orElseThrow())).isEqualTo(delivery);
    }

    @Test
    void aWriterReportCrossesTheProcessBoundaryUnchanged() {
        WriterReport report = new WriterReport(2000, 10_000_000_000L, new LatencySummary(2000, 1.5, 2.25, 9.0, 40.125),
                4000, 3.25);

        WriterReport parsed = WriterReport.from(ChildMessage.parse(report.toMessage().format()).orElseThrow());

        assertThat(parsed).isEqualTo(report);
        assertThat(parsed.ratePerSecond()).isEqualTo(200.0);
        assertThat(parsed.writeTransactionsPerLog()).isEqualTo(2.0);
    }

    @Test
    void aFleetReportCrossesTheProcessBoundaryUnchanged() {
        FleetReport report = new FleetReport(100, 400, new LatencySummary(40_000, 50.5, 90.25, 120.0, 300.125),
                new FleetWindow(5000, 5_000_000_000L, 3_000_000_000L),
                new FleetWindow(20_000, 20_000_000_000L, 12_000_000_000L));

        FleetReport parsed = FleetReport.from(ChildMessage.parse(report.toMessage().format()).orElseThrow());

        assertThat(parsed).isEqualTo(report);
        assertThat(parsed.idle().queriesPerSecond()).isEqualTo(1000.0);
        assertThat(parsed.active().cpuMsPerQuery()).isEqualTo(0.6);
    }

    @Test
    void otherOutputIsNotAMessage() {
        assertThat(ChildMessage.parse("WARNING: sun.misc.Unsafe::allocateMemory has been called")).isEmpty();
        assertThat(ChildMessage.parse("#bench")).isEmpty();
        assertThat(ChildMessage.parse("")).isEmpty();
        assertThat(ChildMessage.parse("#bench ready").orElseThrow().kind()).isEqualTo("ready");
    }

    @Test
    void anUnexpectedKindFails() {
        assertThatThrownBy(() -> new ChildMessage("done").expect("ready"))
                .isInstanceOf(BenchmarkFailure.class).hasMessageContaining("expected a 'ready' message");
    }

    @Test
    void aRunSpecCrossesTheProcessBoundaryUnchanged() {
        RunSpec spec = new RunSpec(Scope.of("bench-1", "cross-process"), Duration.ofMillis(20), Duration.ofMillis(5),
                false, 2000, 200.0);

        assertThat(RunSpec.parse(spec.toArgs().toArray(String[]::new))).isEqualTo(spec);
        assertThat(spec.loggingTime()).isEqualTo(Duration.ofSeconds(10));
    }
}
