package ai.ginko.neo4j.faults;

import java.lang.instrument.Instrumentation;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.bytebuddy.agent.ByteBuddyAgent;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * Shifts the {@code java.time} clock of a child JVM, for a clock-skew test that needs nothing but the JDK.
 *
 * <p>Every wall-clock read of {@code java.time} goes through {@code Clock.currentInstant()}: {@code Instant.now()},
 * the system clocks' {@code instant()}, and so {@code LocalDateTime.now()} and its siblings. Byte Buddy (Mockito's,
 * already on the test class path) adds the shift to what that method returns. {@code System.currentTimeMillis()}
 * is native and stays as it is; {@link WallClockReadsTest} shows that the library never calls it.
 */
final class ShiftedClock {

    /** The shift in seconds, read by the advice in the child JVM (inside java.time, where no class of ours is). */
    static final String SHIFT_SECONDS = "ginko.test.clockShiftSeconds";

    private ShiftedClock() {
    }

    /**
     * Options for a child JVM: Byte Buddy's agent jar as {@code -javaagent} (so that the child has its
     * {@link Instrumentation} without attaching to itself) and the shift; {@link AgentProcess} calls
     * {@link #installIfRequested()} first thing.
     */
    static List<String> jvmOptions(Duration shift) throws URISyntaxException {
        Path agentJar = Path.of(ByteBuddyAgent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return List.of("-javaagent:" + agentJar, "-D" + SHIFT_SECONDS + "=" + shift.toSeconds());
    }

    /** Shifts this JVM's clock when it was started with {@link #jvmOptions}; does nothing otherwise. */
    static void installIfRequested() {
        if (System.getProperty(SHIFT_SECONDS) == null) {
            return;
        }
        new AgentBuilder.Default()
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(AgentBuilder.TypeStrategy.Default.REDEFINE)
                .ignore(ElementMatchers.none())
                .type(ElementMatchers.named("java.time.Clock"))
                .transform((builder, type, loader, module, domain) ->
                        builder.visit(Advice.to(Shift.class).on(ElementMatchers.named("currentInstant"))))
                .installOn(ByteBuddyAgent.getInstrumentation());
    }

    /** Inlined into {@code java.time.Clock.currentInstant()}: it may use JDK classes only. */
    static final class Shift {

        private Shift() {
        }

        @Advice.OnMethodExit
        static void exit(@Advice.Return(readOnly = false) Instant instant) {
            instant = instant.plusSeconds(Long.getLong(SHIFT_SECONDS, 0L));
        }
    }
}
