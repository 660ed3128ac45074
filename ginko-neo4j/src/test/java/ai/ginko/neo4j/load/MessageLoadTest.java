package ai.ginko.neo4j.load;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.InboxQuery;
import ai.ginko.core.Message;
import ai.ginko.core.contract.EventRecorder;
import ai.ginko.neo4j.ChildJvm;
import ai.ginko.neo4j.EmbeddedNeo4j;
import ai.ginko.neo4j.TestLoad;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Messages from many processes at once to one recipient: none lost, none twice, in sequence order, in the inbox and
 * through a subscription. What races is 8 senders' write transactions for the one sequence counter and the
 * recipient's deliveries, each sender with a client and a driver of its own (its own Bolt connections), so that the
 * database sees 8 independent writers, released together, from more than one process. The build runs 8 senders in 2
 * processes × 25 messages; {@code -Dginko.test.load=full} runs the load issue 18 names, 8 processes × 50 messages
 * (see {@link TestLoad}). The children run with C1 only and the serial collector, as bin/ginko runs the command
 * line, to cut their start: their work is waiting on the database.
 */
@Timeout(300)
class MessageLoadTest {

    private static final int SENDERS = 8;
    private static final int PROCESSES = TestLoad.of(2, 8);
    private static final int SENDERS_PER_PROCESS = SENDERS / PROCESSES;
    private static final int EACH = TestLoad.of(25, 50);
    private static final List<String> CHILD_JVM_OPTIONS = List.of("-XX:+UseSerialGC");

    private final List<Process> children = new ArrayList<>();

    /** The database starts here, not in the test: the class's timeout bounds the test, not a server's start. */
    @BeforeAll
    static void startDatabase() {
        EmbeddedNeo4j.boltUri();
    }

    @AfterEach
    void stopChildren() throws InterruptedException {
        for (Process child : children) {
            ChildJvm.kill(child);
        }
    }

    @Test
    void eightSendersInSeveralProcessesSendingAtOnceToOneRecipientDeliverEveryMessageOnceInOrder() throws Exception {
        String org = "org-" + UUID.randomUUID();
        try (CoordinationClient client = EmbeddedNeo4j.clientBuilder().scope(org, "p").userId("recipient")
                .pollInterval(Duration.ofMillis(25)).build();
             AgentSession recipient = client.startAgent(AgentRegistration.named("Recipient"))) {
            EventRecorder subscription = new EventRecorder();
            client.subscribe(client.latestSequence(), EventFilter.categories(EventCategory.MESSAGE), subscription);
            for (int p = 0; p < PROCESSES; p++) {
                children.add(ChildJvm.start(MessageSenderProcess.class, List.of(), CHILD_JVM_OPTIONS, Map.of(),
                        MessageSenderProcess.READY, EmbeddedNeo4j.boltUri().toString(), org, "sender_" + p,
                        String.valueOf(SENDERS_PER_PROCESS), "Recipient", String.valueOf(EACH)));
            }

            for (Process child : children) {
                OutputStream in = child.getOutputStream();
                in.write((MessageSenderProcess.GO + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
            }
            for (Process child : children) {
                BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8));
                assertThat(out.readLine()).isEqualTo(MessageSenderProcess.DONE);
            }

            int total = SENDERS * EACH;
            List<Message> inbox = recipient.messages().inbox(InboxQuery.builder().afterSequence(0).limit(1000)
                    .build());
            assertThat(inbox).hasSize(total);
            assertThat(inbox.stream().map(Message::subject).distinct()).hasSize(total);
            assertThat(inbox.stream().map(Message::sequence).toList()).isSorted().doesNotHaveDuplicates();
            List<String> senders = IntStream.range(0, PROCESSES).boxed()
                    .flatMap(p -> IntStream.range(0, SENDERS_PER_PROCESS).mapToObj(s -> "sender_" + p + "_" + s))
                    .toList();
            assertThat(inbox.stream().map(Message::subject).toList()).containsAll(senders.stream()
                    .flatMap(sender -> IntStream.range(0, EACH).mapToObj(i -> sender + " #" + i)).toList());
            assertThat(subscription.awaitCount(total, Duration.ofSeconds(30))).isTrue();
            List<Event> delivered = subscription.events();
            assertThat(delivered).hasSize(total);
            assertThat(delivered.stream().map(Event::id).toList())
                    .containsExactlyElementsOf(inbox.stream().map(Message::id).toList());
        }
    }
}
