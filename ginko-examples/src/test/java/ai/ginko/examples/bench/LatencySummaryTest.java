package ai.ginko.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    private static final long MS = 1_000_000;

    @Test
    void nearestRankOfOneToHundredMillisIsTheRankItself() {
        long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37 % 100 + 1) * MS).toArray();

        LatencySummary summary = LatencySummary.of(shuffled);

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50Ms()).isEqualTo(50.0);
        assertThat(summary.p90Ms()).isEqualTo(90.0);
        assertThat(summary.p99Ms()).isEqualTo(99.0);
        assertThat(summary.maxMs()).isEqualTo(100.0);
    }

    @Test
    void percentilesAreMeasuredValuesNotInterpolations() {
        long[] ascending = {10, 20, 30, 40};

        assertThat(LatencySummary.percentile(ascending, 50)).isEqualTo(20);
        assertThat(LatencySummary.percentile(ascending, 51)).isEqualTo(30);
        assertThat(LatencySummary.percentile(ascending, 99)).isEqualTo(40);
        assertThat(LatencySummary.percentile(ascending, 100)).isEqualTo(40);
        assertThat(LatencySummary.percentile(ascending, 1)).isEqualTo(10);
    }

    @Test
    void aSingleSampleIsEveryPercentile() {
        LatencySummary summary = LatencySummary.of(new long[] {1_500_000});

        assertThat(summary.p50Ms()).isEqualTo(1.5);
        assertThat(summary.p99Ms()).isEqualTo(1.5);
        assertThat(summary.maxMs()).isEqualTo(1.5);
    }

    @Test
    void leavesTheCallersArrayAlone() {
        long[] samples = {3, 1, 2};

        LatencySummary.of(samples);

        assertThat(samples).containsExactly(3, 1, 2);
    }

    @Test
    void refusesNoSamplesAndPercentilesOutOfRange() {
        assertThatThrownBy(() -> LatencySummary.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencySummary.percentile(new long[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencySummary.percentile(new long[] {1}, 101))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
