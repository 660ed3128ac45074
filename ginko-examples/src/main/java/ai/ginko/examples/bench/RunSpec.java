package ai.ginko.examples.bench;

import ai.ginko.core.Scope;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a child JVM is to do, passed on its command line as {@code key=value} words. The database URI travels in
 * the child's environment instead ({@code GINKO_NEO4J_URI}), as with any Ginko process.
 *
 * @param scope          the scope to log to or read from
 * @param pollInterval   the clients' poll interval
 * @param burstPollInterval the clients' burst poll interval; zero for none
 * @param realtimeCursor whether loggers write their cursor after every event
 * @param events         events to log (and to expect, for a reader)
 * @param rate           events per second to log
 */
record RunSpec(Scope scope, Duration pollInterval, Duration burstPollInterval, boolean realtimeCursor, long events,
        double rate) {

    List<String> toArgs() {
        return List.of("org=" + scope.organizationId(), "project=" + scope.projectId(),
                "poll-ms=" + pollInterval.toMillis(), "burst-poll-ms=" + burstPollInterval.toMillis(),
                "realtime-cursor=" + realtimeCursor,
                "events=" + events, "rate=" + rate);
    }

    static RunSpec parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("expected key=value, was " + arg);
            }
            values.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        return new RunSpec(Scope.of(required(values, "org"), required(values, "project")),
                Duration.ofMillis(Long.parseLong(required(values, "poll-ms"))),
                Duration.ofMillis(Long.parseLong(required(values, "burst-poll-ms"))),
                Boolean.parseBoolean(required(values, "realtime-cursor")),
                Long.parseLong(required(values, "events")),
                Double.parseDouble(required(values, "rate")));
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key + "=…");
        }
        return value;
    }

    /** How long logging all the events takes at the rate, if every log keeps up. */
    Duration loggingTime() {
        return Duration.ofNanos((long) (events / rate * 1e9));
    }

    /**
     * How long a reader or writer may take, start-up included: finite, so that nothing waits forever on a stuck
     * child, but enough for a writer that manages only 10 events per second whatever the rate asked for.
     */
    Duration timeLimit() {
        return loggingTime().multipliedBy(2).plus(Duration.ofMillis(100).multipliedBy(events)).plusMinutes(5);
    }

    ClientFactory clients(String uri) {
        return new ClientFactory(uri, pollInterval, burstPollInterval, realtimeCursor);
    }
}
