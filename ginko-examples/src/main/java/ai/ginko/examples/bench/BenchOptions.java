package ai.ginko.examples.bench;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's command line.
 *
 * @param events         events the cross-process writer logs
 * @param rate           events per second the latency writers aim for
 * @param pollInterval   the clients' poll interval
 * @param json           whether to end stdout with one JSON line of the results
 * @param soakMinutes    minutes of soak instead of the benchmark; 0 for the benchmark
 * @param realtimeCursor whether loggers write their cursor after every event (the library's default)
 * @param help           whether to print the usage and stop
 * @param fleet          the fleet sizes to measure, in order; empty for no fleet measure
 * @param fleetSeconds   how long the writer logs for each fleet size
 * @param burstPollInterval the clients' burst poll interval; zero for none (the library's default)
 * @param scaleOnly      whether to run the floor and the scale section only ({@code --only scale})
 * @param messages       whether to measure messages too ({@link MessageBench})
 * @param hookCalls      hooks to measure instead of the benchmark (the hook section); 0 for the benchmark
 */
record BenchOptions(int events, double rate, Duration pollInterval, boolean json, int soakMinutes,
        boolean realtimeCursor, boolean help, List<Integer> fleet, int fleetSeconds, Duration burstPollInterval,
        boolean scaleOnly, boolean messages, int hookCalls) {

    static final String USAGE = """
            Usage: Benchmark [options]
              --events N              events the cross-process writer logs (default 2000)
              --rate R                events per second the latency writers aim for (default 200)
              --poll-interval-ms MS   the clients' poll interval (default 100, the library's default)
              --burst-poll-ms MS      the clients' burst poll interval: after a poll found events they poll
                                      this often for one poll interval (default 0: off, the library's default)
              --realtime-cursor B     true|false: loggers write their cursor after every event (default true)
              --fleet N,N,...         also measure fleets of N clients (each with its own driver, in one JVM)
                                      following a writer at 20 events/s, e.g. --fleet 1,10,50,100
              --fleet-seconds S       how long the writer logs for each fleet size (default 20)
              --only scale            run the floor and the scale section only: claimNext and ready(10) with
                                      100, 1,000 and 10,000 open tasks, claimNext throughput of 8 workers
                                      among 10,000 open tasks, agents() with 1,000 agents (100 online)
              --messages              also measure messages: send to the recipient's subscription across
                                      processes, and an inbox read with 100 and with 100,000 messages
              --json                  end stdout with one JSON line of the results
              --reservations          instead of the benchmark, only the reservation section beside the floor
              --soak-minutes M        instead of the benchmark, log steadily for M minutes and report
                                      heap and threads every minute
              --hooks N               instead of the benchmark, time N `ginko hook` calls answered by a running
                                      `ginko mcp` (and up to 20 without one), and `ginko mcp` ready times
              --help                  print this and exit
            Uses GINKO_NEO4J_URI (with GINKO_NEO4J_USER and GINKO_NEO4J_PASSWORD) when set, else an embedded Neo4j.
            """;

    static final BenchOptions DEFAULTS = new BenchOptions(2000, 200, Duration.ofMillis(100), false, 0, true, false,
            List.of(), 20, Duration.ZERO, false, false, 0);
    private static final int MAX_FLEET = 1000;

    BenchOptions {
        if (events < 1) {
            throw new IllegalArgumentException("--events must be at least 1, was " + events);
        }
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("--rate must be a positive number, was " + rate);
        }
        if (pollInterval.toMillis() < 1 || pollInterval.toMillis() > 60_000) {
            throw new IllegalArgumentException("--poll-interval-ms must be between 1 and 60000, was "
                    + pollInterval.toMillis());
        }
        if (hookCalls < 0) {
            throw new IllegalArgumentException("--hooks must not be negative, was " + hookCalls);
        }
        if (soakMinutes < 0) {
            throw new IllegalArgumentException("--soak-minutes must not be negative, was " + soakMinutes);
        }
        fleet = List.copyOf(fleet);
        for (int size : fleet) {
            if (size < 1 || size > MAX_FLEET) {
                throw new IllegalArgumentException("--fleet sizes must be between 1 and " + MAX_FLEET + ", was "
                        + size);
            }
        }
        if (fleetSeconds < 1) {
            throw new IllegalArgumentException("--fleet-seconds must be at least 1, was " + fleetSeconds);
        }
        if (burstPollInterval.isNegative()) {
            throw new IllegalArgumentException("--burst-poll-ms must not be negative, was "
                    + burstPollInterval.toMillis());
        }
    }

    /** @throws IllegalArgumentException naming the first unknown, incomplete or invalid option */
    static BenchOptions parse(String... args) {
        Deque<String> rest = new ArrayDeque<>(List.of(args));
        BenchOptions options = DEFAULTS;
        while (!rest.isEmpty()) {
            options = options.apply(rest);
        }
        if (options.burstPollInterval().compareTo(options.pollInterval()) >= 0) {
            throw new IllegalArgumentException("--burst-poll-ms must be 0 (off) or shorter than --poll-interval-ms ("
                    + options.pollInterval().toMillis() + "), was " + options.burstPollInterval().toMillis());
        }
        return options;
    }

    /** Takes one option (and its value, as {@code --name value} or {@code --name=value}) off the front. */
    private BenchOptions apply(Deque<String> rest) {
        String arg = rest.removeFirst();
        int equals = arg.indexOf('=');
        String name = equals > 0 ? arg.substring(0, equals) : arg;
        if (equals > 0) {
            rest.addFirst(arg.substring(equals + 1));
        }
        return switch (name) {
            case "--events" -> withEvents(parseInt(name, value(name, rest)));
            case "--rate" -> withRate(parseDouble(name, value(name, rest)));
            case "--poll-interval-ms" -> withPollInterval(Duration.ofMillis(parseInt(name, value(name, rest))));
            case "--realtime-cursor" -> withRealtimeCursor(parseBoolean(name, value(name, rest)));
            case "--soak-minutes" -> withSoakMinutes(parseInt(name, value(name, rest)));
            case "--fleet" -> withFleet(parseIntList(name, value(name, rest)));
            case "--fleet-seconds" -> withFleetSeconds(parseInt(name, value(name, rest)));
            case "--burst-poll-ms" -> withBurstPollInterval(Duration.ofMillis(parseInt(name, value(name, rest))));
            case "--only" -> withOnly(value(name, rest));
            case "--hooks" -> withHookCalls(parseInt(name, value(name, rest)));
            case "--json" -> flag(name, equals, withJson());
            case "--messages" -> flag(name, equals, withMessages());
            case "--help", "-h" -> flag(name, equals, withHelp());
            default -> throw new IllegalArgumentException("unknown option " + arg);
        };
    }

    private static BenchOptions flag(String name, int equals, BenchOptions result) {
        if (equals > 0) {
            throw new IllegalArgumentException(name + " takes no value");
        }
        return result;
    }

    private static String value(String name, Deque<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return rest.removeFirst();
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was " + value);
        }
    }

    private static List<Integer> parseIntList(String name, String value) {
        return Arrays.stream(value.split(",", -1)).map(part -> parseInt(name, part)).toList();
    }

    private static double parseDouble(String name, String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was " + value);
        }
    }

    private static boolean parseBoolean(String name, String value) {
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, was " + value);
        };
    }

    BenchOptions withEvents(int newEvents) {
        return new BenchOptions(newEvents, rate, pollInterval, json, soakMinutes, realtimeCursor, help, fleet,
                fleetSeconds, burstPollInterval, scaleOnly, messages, hookCalls);
    }

    BenchOptions withRate(double newRate) {
        return new BenchOptions(events, newRate, pollInterval, json, soakMinutes, realtimeCursor, help, fleet,
                fleetSeconds, burstPollInterval, scaleOnly, messages, hookCalls);
    }

    BenchOptions withPollInterval(Duration newInterval) {
        return new BenchOptions(events, rate, newInterval, json, soakMinutes, realtimeCursor, help, fleet,
                fleetSeconds, burstPollInterval, scaleOnly, messages, hookCalls);
    }

    BenchOptions withRealtimeCursor(boolean newRealtimeCursor) {
        return new BenchOptions(events, rate, pollInterval, json, soakMinutes, newRealtimeCursor, help, fleet,
                fleetSeconds, burstPollInterval, scaleOnly, messages, hookCalls);
    }

    BenchOptions withJson() {
        return new BenchOptions(events, rate, pollInterval, true, soakMinutes, realtimeCursor, help, fleet,
                fleetSeconds, burstPollInterval, scaleOnly, messages, hookCalls);
    }

    BenchOptions withHelp() {
        return new BenchOptions(events, rate, pollInterval, json, soakMinutes, realtimeCursor, true, fleet,
                fleetSeconds, burstPollInterval, scaleOnly, messages, hookCalls);
    }

    BenchOptions withSoakMinutes(int newSoakMinutes) {
        return new BenchOptions(events, rate, pollInterval, json, newSoakMinutes, realtimeCursor, help, fleet,
                fleetSeconds, burstPollInterval, scaleOnly, messages, hookCalls);
    }

    BenchOptions withFleet(List<Integer> newFleet) {
        return new BenchOptions(events, rate, pollInterval, json, soakMinutes, realtimeCursor, help, newFleet,
                fleetSeconds, burstPollInterval, scaleOnly, messages, hookCalls);
    }

    BenchOptions withFleetSeconds(int newFleetSeconds) {
        return new BenchOptions(events, rate, pollInterval, json, soakMinutes, realtimeCursor, help, fleet,
                newFleetSeconds, burstPollInterval, scaleOnly, messages, hookCalls);
    }

    BenchOptions withBurstPollInterval(Duration newBurstPollInterval) {
        return new BenchOptions(events, rate, pollInterval, json, soakMinutes, realtimeCursor, help, fleet,
                fleetSeconds, newBurstPollInterval, scaleOnly, messages, hookCalls);
    }

    BenchOptions withOnly(String section) {
        if (!"scale".equals(section.strip())) {
            throw new IllegalArgumentException("--only takes the section to run alone: scale, was " + section);
        }
        return new BenchOptions(events, rate, pollInterval, json, soakMinutes, realtimeCursor, help, fleet,
                fleetSeconds, burstPollInterval, true, messages, hookCalls);
    }

    BenchOptions withMessages() {
        return new BenchOptions(events, rate, pollInterval, json, soakMinutes, realtimeCursor, help, fleet,
                fleetSeconds, burstPollInterval, scaleOnly, true, hookCalls);
    }

    BenchOptions withHookCalls(int newHookCalls) {
        return new BenchOptions(events, rate, pollInterval, json, soakMinutes, realtimeCursor, help, fleet,
                fleetSeconds, burstPollInterval, scaleOnly, messages, newHookCalls);
    }
}
