package ai.ginko.neo4j.faults;

import ai.ginko.neo4j.RequiresSystemTool;
import java.util.List;
import java.util.Map;

/**
 * The agent's JVM runs under libfaketime, which shifts every wall-clock read of the process, the JVM's own and
 * native code's included: the strongest form of the skew, where Debian's {@code faketime} is installed.
 */
@RequiresSystemTool(path = FaketimeClockSkewTest.FAKETIME, debianPackage = "faketime")
class FaketimeClockSkewTest extends ClockSkewTest {

    static final String FAKETIME = "/usr/bin/faketime";

    @Override
    Process startSkewedAgent(String... agentArgs) throws Exception {
        // Only the wall clock is shifted: the JVM's timers run on the monotonic clock and stay sane.
        return ChildAgents.start(List.of(FAKETIME, "-f", SKEW.toMinutes() + "m"), List.of(),
                Map.of("FAKETIME_DONT_FAKE_MONOTONIC", "1"), agentArgs);
    }
}
