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
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Messages from many processes at once to one recipient: none lost, none twice, in sequence order, in the inbox and
 * through a subscription. The smallest load that races: 8 sender JVMs, each with its own driver, released together.
 */
@Timeout(300)
class MessageLoadTest {

    private static final int SENDERS = 8;
    private static final int EACH = 50;

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
    void eightProcessesSendingFiftyMessagesEachToOneRecipientDeliverAllFourHundredOnceInOrder() throws Exception {
        String org = "org-" + UUID.randomUUID();
        try (CoordinationClient client = EmbeddedNeo4j.clientBuilder().scope(org, "p").userId("recipient")
                .pollInterval(Duration.ofMillis(25)).build();
             AgentSession recipient = client.startAgent(AgentRegistration.named("Recipient"))) {
            EventRecorder subscription = new EventRecorder();
            client.subscribe(client.latestSequence(), EventFilter.categories(EventCategory.MESSAGE), subscription);
            for (int i = 0; i < SENDERS; i++) {
                children.add(ChildJvm.start(MessageSenderProcess.class, List.of(), MessageSenderProcess.READY,
                        EmbeddedNeo4j.boltUri().toString(), org, "sender_" + i, "Recipient", String.valueOf(EACH)));
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
            assertThat(inbox.stream().map(Message::subject).toList()).containsAll(IntStream.range(0, SENDERS)
                    .boxed().flatMap(s -> IntStream.range(0, EACH).mapToObj(i -> "sender_" + s + " #" + i)).toList());
            assertThat(subscription.awaitCount(total, Duration.ofSeconds(30))).isTrue();
            List<Event> delivered = subscription.events();
            assertThat(delivered).hasSize(total);
            assertThat(delivered.stream().map(Event::id).toList())
                    .containsExactlyElementsOf(inbox.stream().map(Message::id).toList());
        }
    }
}
