package ai.ginko.examples.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The message section's figures (see {@link MessageBench}), beside the event figures of the same run.
 *
 * @param delivery        send to the recipient's subscription in another JVM, with the sender's send calls
 * @param smallInboxRead  the recipient's inbox read, {@code inboxMessages} of the project's {@code smallProject}
 * @param largeInboxRead  the same read with {@code largeProject} messages in the project
 */
record MessageBenchResult(LatencyResult delivery, int inboxMessages, int smallProject, LatencySummary smallInboxRead,
        int largeProject, LatencySummary largeInboxRead) {

    double largeToSmall() {
        return largeInboxRead.p50Ms() / smallInboxRead.p50Ms();
    }

    void putJson(ObjectNode json) {
        json.put("message_p50_ms", round(delivery.latency().p50Ms()));
        json.put("message_p90_ms", round(delivery.latency().p90Ms()));
        json.put("message_p99_ms", round(delivery.latency().p99Ms()));
        json.put("message_max_ms", round(delivery.latency().maxMs()));
        json.put("message_sender_rate_per_s", round(delivery.writerRatePerSecond()));
        json.put("message_send_p50_ms", round(delivery.logCall().p50Ms()));
        json.put("message_send_p99_ms", round(delivery.logCall().p99Ms()));
        json.put("inbox_messages", inboxMessages);
        json.put("inbox_read_p50_ms_" + smallProject, round(smallInboxRead.p50Ms()));
        json.put("inbox_read_p50_ms_" + largeProject, round(largeInboxRead.p50Ms()));
        json.put("inbox_read_large_to_small", round(largeToSmall()));
    }

    List<String> lines() {
        LatencySummary latency = delivery.latency();
        LatencySummary send = delivery.logCall();
        return List.of(
                format("%-46s %9s %9s %9s %9s %9s", "Messages (ms)", "p50", "p90", "p99", "max", "rate/s"),
                format("%-46s %9.1f %9.1f %9.1f %9.1f %9.1f", "send to the recipient's subscription, cross-process",
                        latency.p50Ms(), latency.p90Ms(), latency.p99Ms(), latency.maxMs(),
                        delivery.writerRatePerSecond()),
                format("%-46s %9.1f %9.1f %9.1f %9.1f", "  the sender's send() calls", send.p50Ms(), send.p90Ms(),
                        send.p99Ms(), send.maxMs()),
                format("%-46s %9.2f", "inbox read, %d messages, %d in the project".formatted(inboxMessages,
                        smallProject), smallInboxRead.p50Ms()),
                format("%-46s %9.2f (%.2f times the small project's)", "inbox read, %d messages, %d in the project"
                        .formatted(inboxMessages, largeProject), largeInboxRead.p50Ms(), largeToSmall()));
    }

    @SuppressWarnings("AnnotateFormatMethod") // private, and every caller passes a literal format
    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
