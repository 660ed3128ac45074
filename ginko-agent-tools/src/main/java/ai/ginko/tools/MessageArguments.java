package ai.ginko.tools;

import ai.ginko.core.Importance;
import java.util.Arrays;
import java.util.List;

/** The arguments and result shapes the message tools share. */
final class MessageArguments {

    static final List<String> IMPORTANCES = Arrays.stream(Importance.values()).map(Importance::wireName).toList();

    private MessageArguments() {
    }

    static Parameter body() {
        return Parameter.string("body", "The text, in Markdown (at most 64 KiB).");
    }

    static Parameter importance(String absent) {
        return Parameter.oneOf("importance", IMPORTANCES, "How much it matters; " + absent + ".");
    }

    static Parameter ackRequired(String absent) {
        return Parameter.bool("ack_required", "Ask each recipient to acknowledge it (acknowledge_message); "
                + absent + ".");
    }

    static Parameter messageIds() {
        return Parameter.strings("message_ids", "The ids of messages addressed to this agent (1-1000).").required();
    }
}
