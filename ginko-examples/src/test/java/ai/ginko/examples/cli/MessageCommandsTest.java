package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ginko msg …} and {@code ginko inbox}, through the real command against the embedded Neo4j. */
class MessageCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GinkoShell shell = GinkoShell.fresh();
    private final String implementerId = shell.register("Claude-Implementer");
    private final String reviewerId = shell.register("GPT-Reviewer");
    private final GinkoShell implementer = shell.asAgent(implementerId);
    private final GinkoShell reviewer = shell.asAgent(reviewerId);

    private String send(GinkoShell from, String... args) {
        GinkoShell.Result sent = from.run(concat(new String[] {"msg", "send"}, args));
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        return sent.out().replaceAll("(?s).*\\(id ([0-9a-f-]{36})\\).*", "$1");
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private List<JsonNode> inboxJson(GinkoShell of, String... options) throws Exception {
        GinkoShell.Result inbox = of.run(concat(new String[] {"inbox", "--json"}, options));
        assertThat(inbox.exitCode()).as(inbox.err()).isZero();
        return inbox.outLines().stream().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).toList();
    }

    @Test
    void sendPrintsTheSequenceAndIdAndTheRecipientsInboxHasIt() throws Exception {
        GinkoShell.Result sent = implementer.run("msg", "send", "--to", "GPT-Reviewer",
                "--subject", "TASK-4 is ready for your review", "--body", "See the PR", "--importance", "high",
                "--ack-required", "--task", "TASK-4");

        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(sent.out()).matches("Sent message #1 \\(id [0-9a-f-]{36}\\) to " + reviewerId + "\\R");
        JsonNode message = inboxJson(reviewer).getFirst();
        assertThat(message.get("from").asText()).isEqualTo(implementerId);
        assertThat(message.get("subject").asText()).isEqualTo("TASK-4 is ready for your review");
        assertThat(message.get("body").asText()).isEqualTo("See the PR");
        assertThat(message.get("importance").asText()).isEqualTo("high");
        assertThat(message.get("ack_required").asBoolean()).isTrue();
        assertThat(message.get("task_id").asText()).isEqualTo("TASK-4");
        assertThat(message.get("read_at").isNull()).isTrue();
    }

    @Test
    void theBodyComesFromAFile(@TempDir Path dir) throws Exception {
        Path body = Files.writeString(dir.resolve("notes.md"), "# Migration\nDo not touch the schema.");

        send(implementer, "--all", "--subject", "Schema migration", "--body-file", body.toString());

        assertThat(inboxJson(reviewer).getFirst().get("body").asText())
                .isEqualTo("# Migration\nDo not touch the schema.");
    }

    @Test
    void theInboxListsNewestFirstAndReadingItMarksNothing() {
        String first = send(implementer, "--to", "GPT-Reviewer", "--subject", "first");
        String second = send(implementer, "--to", reviewerId, "--subject", "second", "--ack-required");

        GinkoShell.Result inbox = reviewer.run("inbox");

        assertThat(inbox.exitCode()).as(inbox.err()).isZero();
        assertThat(inbox.outLines()).hasSize(3);
        assertThat(inbox.outLines().get(0)).isEqualTo("Inbox of " + reviewerId + " (2):");
        assertThat(inbox.outLines().get(1)).contains(second, "ack required, unread", "second");
        assertThat(inbox.outLines().get(2)).contains(first, "unread", "first");
        assertThat(reviewer.run("inbox", "--unread").outLines()).hasSize(3);
    }

    @Test
    void readAndAckAreIdempotentAndFilterTheInbox() throws Exception {
        String plain = send(implementer, "--to", "GPT-Reviewer", "--subject", "plain");
        String asks = send(implementer, "--to", "GPT-Reviewer", "--subject", "asks", "--ack-required");

        GinkoShell.Result read = reviewer.run("msg", "read", plain);
        GinkoShell.Result again = reviewer.run("msg", "read", plain);
        GinkoShell.Result overdue = reviewer.run("inbox", "--ack-overdue", "0s", "--json");
        GinkoShell.Result ack = reviewer.run("msg", "ack", asks);

        assertThat(read.exitCode()).as(read.err()).isZero();
        assertThat(read.out()).startsWith("Read " + plain + " (read ");
        assertThat(again.out()).isEqualTo(read.out());
        assertThat(overdue.outLines()).singleElement().asString().contains(asks);
        assertThat(ack.out()).startsWith("Acknowledged " + asks).contains("acknowledged");
        assertThat(inboxJson(reviewer, "--unread")).isEmpty();
        assertThat(inboxJson(reviewer, "--ack-overdue", "0s")).isEmpty();
    }

    @Test
    void aReplyGoesBackInTheThread() {
        String question = send(implementer, "--to", "GPT-Reviewer", "--subject", "Who owns the payment client?");

        GinkoShell.Result reply = reviewer.run("msg", "reply", question, "--body", "Carol does");
        GinkoShell.Result thread = implementer.run("msg", "thread", question);
        GinkoShell.Result shown = implementer.run("msg", "show",
                reply.out().replaceAll("(?s).*\\(id ([0-9a-f-]{36})\\).*", "$1"));

        assertThat(reply.exitCode()).as(reply.err()).isZero();
        assertThat(reply.out()).startsWith("Replied with message #2 ").endsWith("to " + implementerId + "\n");
        assertThat(thread.outLines()).hasSize(3);
        assertThat(thread.outLines().get(0)).isEqualTo("Thread " + question + " (2 messages):");
        assertThat(thread.outLines().get(2)).contains("from " + reviewerId, "Re: Who owns the payment client?");
        assertThat(shown.out()).contains("Subject: Re: Who owns the payment client?", "Thread:  " + question,
                "\nCarol does\n");
    }

    @Test
    void anUnknownRecipientFailsNamingItAndSendsNothing() {
        GinkoShell.Result sent = implementer.run("msg", "send", "--to", "GPT-Reviewer,Nobody", "--subject", "hi");

        assertThat(sent.exitCode()).isEqualTo(1);
        assertThat(sent.errLines()).singleElement().asString()
                .startsWith("ginko: to: no agent with id or name 'Nobody' is registered in org-");
        assertThat(shell.run("events", "--timeout=0").out()).isEmpty();
    }

    @Test
    void badInputIsAUsageErrorNamingTheField() {
        GinkoShell.Result longSubject = implementer.run("msg", "send", "--to", "GPT-Reviewer",
                "--subject", "x".repeat(201));
        GinkoShell.Result both = implementer.run("msg", "send", "--to", "GPT-Reviewer", "--all", "--subject", "x");
        GinkoShell.Result noAgent = shell.run("msg", "send", "--to", "GPT-Reviewer", "--subject", "x");
        GinkoShell.Result badImportance = implementer.run("msg", "send", "--to", "GPT-Reviewer", "--subject", "x",
                "--importance", "huge");

        assertThat(longSubject.exitCode()).isEqualTo(2);
        assertThat(longSubject.err()).startsWith("ginko: subject must be at most 200 characters, was 201");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(noAgent.exitCode()).isEqualTo(2);
        assertThat(noAgent.err()).contains("no agent: set GINKO_AGENT_ID");
        assertThat(badImportance.exitCode()).isEqualTo(2);
        assertThat(badImportance.err()).contains("importance must be one of low, normal, high, urgent, was huge");
    }

    @Test
    void agentStatusShowsUnreadAndAckOverdueCounts() throws Exception {
        send(implementer, "--to", "GPT-Reviewer", "--subject", "one", "--ack-required");
        send(implementer, "--to", "GPT-Reviewer", "--subject", "two");

        GinkoShell.Result status = shell.run("agent", "status", "--ack-overdue", "0s");
        JsonNode json = JSON.readTree(shell.run("agent", "status", "--json").out());

        assertThat(status.outLines()).anySatisfy(line ->
                assertThat(line).contains(reviewerId).endsWith("2 unread, 1 ack overdue"));
        JsonNode reviewerRow = json.get("agents").findParents("agent_id").stream()
                .filter(agent -> agent.get("agent_id").asText().equals(reviewerId)).findFirst().orElseThrow();
        assertThat(reviewerRow.get("unread_messages").asLong()).isEqualTo(2);
        assertThat(reviewerRow.get("ack_overdue_messages").asLong()).as("not yet 30 minutes old").isZero();
    }
}
