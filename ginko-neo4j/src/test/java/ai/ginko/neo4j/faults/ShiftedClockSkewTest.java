package ai.ginko.neo4j.faults;

import java.util.List;
import java.util.Map;

/**
 * The agent's JVM has its {@code java.time} clock shifted by {@link ShiftedClock}, a Java agent: every
 * {@code Instant.now()}, {@code Clock.systemUTC().instant()} and {@code LocalDateTime.now()} of that JVM, the
 * library's and the driver's included, answers ten minutes behind. It needs nothing but the JDK, so it runs on every
 * machine; {@link WallClockReadsTest} shows that the library reads no other clock.
 */
class ShiftedClockSkewTest extends ClockSkewTest {

    @Override
    Process startSkewedAgent(String... agentArgs) throws Exception {
        return ChildAgents.start(List.of(), ShiftedClock.jvmOptions(SKEW), Map.of(), agentArgs);
    }
}
