package ai.ginko.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.AgentDeregisteredException;
import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Importance;
import ai.ginko.core.InboxCounts;
import ai.ginko.core.InboxQuery;
import ai.ginko.core.Message;
import ai.ginko.core.MessageDraft;
import ai.ginko.core.NotARecipientException;
import ai.ginko.core.Receipt;
import ai.ginko.core.ReplyDraft;
import ai.ginko.core.UnknownMessageException;
import ai.ginko.core.UnknownRecipientException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Messages between agents: sent as events of the log, delivered to named agents or to all, read from an inbox that
 * reading does not change, marked read and acknowledged once, answered in threads.
 */
public abstract class MessageContract extends ContractTestSupport {

    private CoordinationClient client;
    private AgentSession alice;
    private AgentSession bob;
    private AgentSession carol;

    @BeforeEach
    void threeAgents() {
        client = client();
        alice = client.startAgent(new AgentRegistration("agent_alice", "Alice", List.of()));
        bob = client.startAgent(new AgentRegistration("agent_bob", "Bob", List.of()));
        carol = client.startAgent(new AgentRegistration("agent_carol", "Carol", List.of()));
    }

    private static MessageDraft.Builder toBob() {
        return MessageDraft.to("Bob").subject("TASK-4 is ready for your review");
    }

    private static List<String> ids(List<Message> messages) {
        return messages.stream().map(Message::id).toList();
    }

    @Test
    void aMessageIsAnEventOfTheLogWithItsHeader() {
        Message sent = alice.messages().send(MessageDraft.to("Bob").subject("Review TASK-4").body("**Please**")
                .importance(Importance.HIGH).ackRequired(true).taskId("TASK-4").build());

        Event event = client.eventsSince(0, 100).getLast();
        assertThat(event.id()).isEqualTo(sent.id());
        assertThat(event.sequence()).isEqualTo(client.latestSequence()).isEqualTo(sent.sequence());
        assertThat(event.category()).isEqualTo(EventCategory.MESSAGE);
        assertThat(event.agentId()).contains(alice.agentId());
        assertThat(event.description()).isEqualTo("Review TASK-4");
        assertThat(event.taskId()).contains("TASK-4");
        assertThat(event.message()).hasValueSatisfying(header -> {
            assertThat(header.recipients()).containsExactly(bob.agentId());
            assertThat(header.broadcast()).isFalse();
            assertThat(header.threadId()).as("a first message starts its own thread").isEqualTo(event.id());
            assertThat(header.importance()).isEqualTo(Importance.HIGH);
            assertThat(header.ackRequired()).isTrue();
            assertThat(header.body()).contains("**Please**");
        });
        assertThat(sent.event()).isEqualTo(event);
    }

    @Test
    void defaultsAreNormalImportanceNoAcknowledgementAndNoBody() {
        Message sent = alice.messages().send(toBob().build());

        assertThat(sent.importance()).isEqualTo(Importance.NORMAL);
        assertThat(sent.ackRequired()).isFalse();
        assertThat(sent.body()).isEmpty();
        assertThat(sent.taskId()).isEmpty();
    }

    @Test
    void recipientsAreNamedByIdOrByRegisteredNameAndEachCountsOnce() {
        Message sent = alice.messages().send(MessageDraft.to(List.of("agent_bob", "Carol", "Bob")).subject("Hi")
                .build());

        assertThat(sent.to()).containsExactly(bob.agentId(), carol.agentId());
        assertThat(ids(bob.messages().inbox(InboxQuery.newest()))).containsExactly(sent.id());
        assertThat(ids(carol.messages().inbox(InboxQuery.newest()))).containsExactly(sent.id());
    }

    @Test
    void aBroadcastReachesEveryRegisteredAgentButTheSenderAndNoDeregisteredOne() {
        AgentSession gone = client.startAgent(agentNamed("Gone"));
        client.deregisterAgent(gone.agentId());

        Message sent = alice.messages().send(MessageDraft.toAll().subject("Schema migration starts now").build());

        assertThat(sent.header().broadcast()).isTrue();
        assertThat(sent.to()).containsExactlyInAnyOrder(bob.agentId(), carol.agentId());
        assertThat(ids(bob.messages().inbox(InboxQuery.newest()))).containsExactly(sent.id());
        assertThat(ids(carol.messages().inbox(InboxQuery.newest()))).containsExactly(sent.id());
        assertThat(alice.messages().inbox(InboxQuery.newest())).isEmpty();
    }

    @Test
    void theInboxHoldsOnlyTheMessagesAddressedToTheAgent() {
        Message toBob = alice.messages().send(toBob().build());
        alice.messages().send(MessageDraft.to("Carol").subject("Not for Bob").build());
        alice.logger().log(EventCategory.FEATURE, "not a message");
        Message broadcast = carol.messages().send(MessageDraft.toAll().subject("For all").build());

        assertThat(ids(bob.messages().inbox(InboxQuery.newest()))).containsExactly(broadcast.id(), toBob.id());
        assertThat(ids(client.inbox(bob.agentId(), InboxQuery.newest())))
                .as("the same inbox read through the client").containsExactly(broadcast.id(), toBob.id());
    }

    @Test
    void theInboxReadsNewestFirstOrOldestFirstAfterASequenceAndPages() {
        List<String> sent = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> alice.messages().send(toBob().subject("m" + i).build()).id()).toList();
        long second = bob.messages().message(sent.get(1)).orElseThrow().sequence();
        long fourth = bob.messages().message(sent.get(3)).orElseThrow().sequence();

        assertThat(ids(bob.messages().inbox(InboxQuery.builder().limit(2).build())))
                .containsExactly(sent.get(4), sent.get(3));
        assertThat(ids(bob.messages().inbox(InboxQuery.builder().beforeSequence(fourth).limit(2).build())))
                .containsExactly(sent.get(2), sent.get(1));
        assertThat(ids(bob.messages().inbox(InboxQuery.builder().afterSequence(second).limit(2).build())))
                .containsExactly(sent.get(2), sent.get(3));
        assertThat(ids(bob.messages().inbox(InboxQuery.builder().afterSequence(0).build())))
                .containsExactlyElementsOf(sent);
    }

    @Test
    void theInboxFiltersByUnreadUnacknowledgedImportanceAndThread() {
        Message plain = alice.messages().send(toBob().build());
        Message urgent = alice.messages().send(toBob().importance(Importance.URGENT).ackRequired(true).build());
        Message other = carol.messages().send(MessageDraft.to("Bob").subject("Another thread").build());
        Message reply = alice.messages().reply(urgent.id(), ReplyDraft.withBody("also this"));
        bob.messages().markRead(List.of(plain.id()));

        assertThat(ids(bob.messages().inbox(InboxQuery.builder().unreadOnly().build())))
                .containsExactly(reply.id(), other.id(), urgent.id());
        assertThat(ids(bob.messages().inbox(InboxQuery.builder().unacknowledgedOnly().build())))
                .as("the reply inherits the acknowledgement flag").containsExactly(reply.id(), urgent.id());
        assertThat(ids(bob.messages().inbox(InboxQuery.builder().importances(Set.of(Importance.URGENT)).build())))
                .containsExactly(reply.id(), urgent.id());
        assertThat(ids(bob.messages().inbox(InboxQuery.builder().threadId(urgent.id()).build())))
                .containsExactly(reply.id(), urgent.id());
    }

    @Test
    void readingTheInboxChangesNothing() {
        Message sent = alice.messages().send(toBob().ackRequired(true).build());
        long sequence = client.latestSequence();

        bob.messages().inbox(InboxQuery.newest());
        bob.messages().message(sent.id());
        bob.messages().thread(sent.id());

        Message seen = bob.messages().inbox(InboxQuery.builder().unreadOnly().build()).getFirst();
        assertThat(seen.id()).isEqualTo(sent.id());
        assertThat(seen.readAt()).isEmpty();
        assertThat(seen.acknowledgedAt()).isEmpty();
        assertThat(client.latestSequence()).isEqualTo(sequence);
    }

    @Test
    void markReadIsIdempotentAndReturnsTheFirstTimes() throws InterruptedException {
        Message sent = alice.messages().send(toBob().build());

        Receipt first = bob.messages().markRead(List.of(sent.id())).getFirst();
        Thread.sleep(20);
        Receipt second = bob.messages().markRead(List.of(sent.id())).getFirst();

        assertThat(first.messageId()).isEqualTo(sent.id());
        assertThat(first.recipientId()).isEqualTo(bob.agentId());
        assertThat(first.acknowledgedAt()).isEmpty();
        assertThat(second).isEqualTo(first);
        assertThat(bob.messages().message(sent.id()).orElseThrow().readAt()).contains(first.readAt());
        assertThat(first.readAt()).isAfterOrEqualTo(sent.sentAt());
    }

    @Test
    void acknowledgingMarksReadTooAndIsIdempotent() throws InterruptedException {
        Message sent = alice.messages().send(toBob().ackRequired(true).build());
        Receipt read = bob.messages().markRead(List.of(sent.id())).getFirst();

        Receipt acknowledged = bob.messages().acknowledge(List.of(sent.id())).getFirst();
        Thread.sleep(20);
        Receipt again = bob.messages().acknowledge(List.of(sent.id())).getFirst();

        assertThat(acknowledged.readAt()).as("read before, read time kept").isEqualTo(read.readAt());
        assertThat(acknowledged.acknowledgedAt()).isPresent();
        assertThat(again).isEqualTo(acknowledged);
        Message unread = alice.messages().send(toBob().ackRequired(true).build());
        Receipt direct = bob.messages().acknowledge(List.of(unread.id())).getFirst();
        assertThat(direct.readAt()).as("acknowledging an unread message reads it")
                .isEqualTo(direct.acknowledgedAt().orElseThrow());
    }

    @Test
    void concurrentAcknowledgementsOfOneMessageStoreOneTime() throws Exception {
        Message sent = alice.messages().send(toBob().ackRequired(true).build());
        int callers = 8;
        CoordinationClient another = client();
        List<AgentSession> sessions = IntStream.range(0, callers)
                .mapToObj(i -> another.attachAgent(bob.agentId())).toList();
        List<Callable<Receipt>> acks = sessions.stream()
                .<Callable<Receipt>>map(s -> () -> s.messages().acknowledge(List.of(sent.id())).getFirst()).toList();

        List<Receipt> receipts;
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            List<Future<Receipt>> futures = pool.invokeAll(acks);
            receipts = futures.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).toList();
        }

        assertThat(receipts).hasSize(callers);
        assertThat(receipts.stream().distinct()).hasSize(1);
        Instant stored = bob.messages().message(sent.id()).orElseThrow().acknowledgedAt().orElseThrow();
        assertThat(receipts.getFirst().acknowledgedAt()).contains(stored);
    }

    @Test
    void onlyARecipientCanMarkOrAcknowledgeAMessage() {
        Message sent = alice.messages().send(toBob().build());

        assertThatThrownBy(() -> carol.messages().markRead(List.of(sent.id())))
                .isInstanceOf(NotARecipientException.class)
                .hasMessage("messageIds: agent 'agent_carol' is not a recipient of message '" + sent.id() + "'");
        assertThatThrownBy(() -> alice.messages().acknowledge(List.of(sent.id())))
                .as("not even its sender").isInstanceOf(NotARecipientException.class);
        assertThat(bob.messages().message(sent.id()).orElseThrow().readAt()).isEmpty();
    }

    @Test
    void aBatchWithOneRefusedIdMarksNothing() {
        Message first = alice.messages().send(toBob().build());
        Message notBobs = alice.messages().send(MessageDraft.to("Carol").subject("Carol's").build());
        Event notAMessage = alice.logger().log(EventCategory.FEATURE, "a feature");

        assertThatThrownBy(() -> bob.messages().markRead(List.of(first.id(), "no-such-id")))
                .isInstanceOf(UnknownMessageException.class)
                .hasMessage("messageIds: no message 'no-such-id' in " + scope());
        assertThatThrownBy(() -> bob.messages().markRead(List.of(first.id(), notAMessage.id())))
                .isInstanceOf(UnknownMessageException.class);
        assertThatThrownBy(() -> bob.messages().acknowledge(List.of(first.id(), notBobs.id())))
                .isInstanceOf(NotARecipientException.class);
        assertThat(bob.messages().message(first.id()).orElseThrow().readAt()).isEmpty();
    }

    @Test
    void aReplyGoesToTheOriginalSenderInTheSameThreadWithReOnce() {
        Message question = alice.messages().send(MessageDraft.to("Bob").subject("Who owns the payment client?")
                .taskId("TASK-7").build());

        Message answer = bob.messages().reply(question.id(), ReplyDraft.withBody("Carol does"));
        Message thanks = alice.messages().reply(answer.id(), ReplyDraft.withBody("thanks"));

        assertThat(answer.to()).containsExactly(alice.agentId());
        assertThat(answer.subject()).isEqualTo("Re: Who owns the payment client?");
        assertThat(answer.threadId()).isEqualTo(question.id());
        assertThat(answer.taskId()).contains("TASK-7");
        assertThat(answer.body()).contains("Carol does");
        assertThat(thanks.subject()).isEqualTo("Re: Who owns the payment client?");
        assertThat(thanks.threadId()).isEqualTo(question.id());
        assertThat(thanks.to()).containsExactly(bob.agentId());
        assertThat(ids(alice.messages().thread(thanks.id())))
                .containsExactly(question.id(), answer.id(), thanks.id());
    }

    @Test
    void aReplyInheritsImportanceAndAcknowledgementUnlessSetAndMayNameRecipients() {
        Message original = alice.messages().send(toBob().importance(Importance.HIGH).ackRequired(true).build());

        Message inherited = bob.messages().reply(original.id(), ReplyDraft.withBody("ok"));
        Message changed = bob.messages().reply(original.id(), ReplyDraft.builder().body("cc Carol")
                .to(List.of("Carol", "Alice")).importance(Importance.LOW).ackRequired(false).build());

        assertThat(inherited.importance()).isEqualTo(Importance.HIGH);
        assertThat(inherited.ackRequired()).isTrue();
        assertThat(changed.importance()).isEqualTo(Importance.LOW);
        assertThat(changed.ackRequired()).isFalse();
        assertThat(changed.to()).containsExactly(carol.agentId(), alice.agentId());
    }

    @Test
    void aReplyToOnesOwnMessageGoesToItsRecipients() {
        Message original = alice.messages().send(MessageDraft.to("Bob", "Carol").subject("Standup").build());

        Message followUp = alice.messages().reply(original.id(), ReplyDraft.withBody("moved to 10:00"));

        assertThat(followUp.to()).containsExactly(bob.agentId(), carol.agentId());
    }

    @Test
    void aThreadShowsItsMessagesInOrderWithTheViewersReadState() {
        Message first = alice.messages().send(toBob().build());
        Message inThread = carol.messages().send(MessageDraft.to("Bob").subject("more").threadId(first.id()).build());
        alice.messages().send(toBob().subject("unrelated").build());
        bob.messages().markRead(List.of(inThread.id()));

        List<Message> thread = bob.messages().thread(first.id());

        assertThat(ids(thread)).containsExactly(first.id(), inThread.id());
        assertThat(thread.get(0).readAt()).isEmpty();
        assertThat(thread.get(1).readAt()).isPresent();
    }

    @Test
    void ackOverdueSelectsAckRequiredMessagesNotAcknowledgedWithinTheDuration() {
        Message asks = alice.messages().send(toBob().ackRequired(true).build());
        Message acked = alice.messages().send(toBob().ackRequired(true).build());
        alice.messages().send(toBob().build());
        bob.messages().acknowledge(List.of(acked.id()));

        assertThat(ids(bob.messages().inbox(InboxQuery.builder().ackOverdue(Duration.ZERO).build())))
                .containsExactly(asks.id());
        assertThat(bob.messages().inbox(InboxQuery.builder().ackOverdue(Duration.ofHours(1)).build())).isEmpty();
        assertThat(client.inboxCounts(Duration.ZERO))
                .containsExactly(new InboxCounts(bob.agentId(), 2, 1));
        assertThat(client.inboxCounts(Duration.ofHours(1)))
                .containsExactly(new InboxCounts(bob.agentId(), 2, 0));
    }

    @Test
    void aRecipientsSubscriptionDeliversItsMessagesAsEvents() throws InterruptedException {
        EventRecorder recorder = new EventRecorder();
        client().subscribe(client.latestSequence(), EventFilter.categories(EventCategory.MESSAGE), recorder);

        Message sent = alice.messages().send(toBob().build());

        assertThat(recorder.awaitEvent(sent.id(), VISIBLE)).isTrue();
        assertThat(recorder.events().getFirst().message().orElseThrow().recipients()).containsExactly(bob.agentId());
    }

    @Test
    void sendingIsASignOfLifeOfTheSender() throws InterruptedException {
        Instant before = client.agent(alice.agentId()).orElseThrow().lastHeartbeat();
        Thread.sleep(20);

        alice.messages().send(toBob().build());

        assertThat(client.agent(alice.agentId()).orElseThrow().lastHeartbeat()).isAfter(before);
    }

    @Test
    void anUnknownRecipientIsRefusedByNameAndNothingIsSent() {
        assertRefusedWritingNothing(() -> alice.messages().send(MessageDraft.to(List.of("Bob", "Dave"))
                        .subject("hi").build()),
                UnknownRecipientException.class, "to: no agent with id or name 'Dave' is registered in " + scope());
        assertThat(bob.messages().inbox(InboxQuery.newest())).isEmpty();
    }

    @Test
    void aDeregisteredRecipientIsRefused() {
        client.deregisterAgent(carol.agentId());

        assertRefusedWritingNothing(() -> alice.messages().send(MessageDraft.to("Carol").subject("hi").build()),
                UnknownRecipientException.class, "to: agent 'Carol' was deregistered from " + scope()
                        + "; it cannot receive messages");
    }

    @Test
    void aNameSharedByTwoAgentsIsRefusedAsAmbiguous() {
        client.registerAgent(new AgentRegistration("agent_bob2", "Bob", List.of()));

        assertRefusedWritingNothing(() -> alice.messages().send(toBob().build()), UnknownRecipientException.class,
                "to: 'Bob' is the name of several agents of " + scope()
                        + " (agent_bob, agent_bob2); name one by its id");
    }

    @Test
    void aSenderWritingOnlyToItselfIsRefused() {
        assertRefusedWritingNothing(() -> alice.messages().send(MessageDraft.to("Alice", "agent_alice")
                        .subject("note to self").build()),
                IllegalArgumentException.class,
                "to: a message needs a recipient other than its sender, was only agent_alice");
    }

    @Test
    void aBroadcastWithNoOtherAgentIsRefused() {
        AgentSession alone = clientIn(freshScope()).startAgent(agentNamed("Alone"));

        assertThatThrownBy(() -> alone.messages().send(MessageDraft.toAll().subject("anyone?").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("to: the broadcast reaches no");
    }

    @Test
    void aDeregisteredSenderIsRefused() {
        client.deregisterAgent(alice.agentId());

        assertRefusedWritingNothing(() -> alice.messages().send(toBob().build()), AgentDeregisteredException.class,
                "agentId: agent 'agent_alice' was deregistered from " + scope() + "; register it again to act as it");
        assertThatThrownBy(() -> alice.messages().markRead(List.of("any")))
                .isInstanceOf(AgentDeregisteredException.class);
    }

    @Test
    void aReplyToAMessageThatDoesNotExistInThisProjectIsRefused() {
        Event notAMessage = alice.logger().log(EventCategory.FEATURE, "a feature");

        assertRefusedWritingNothing(() -> bob.messages().reply("no-such-id", ReplyDraft.withBody("?")),
                UnknownMessageException.class, "messageId: no message 'no-such-id' in " + scope());
        assertRefusedWritingNothing(() -> bob.messages().reply(notAMessage.id(), ReplyDraft.withBody("?")),
                UnknownMessageException.class, "messageId: no message '" + notAMessage.id() + "' in " + scope());
        assertRefusedWritingNothing(() -> bob.messages().send(MessageDraft.to("Alice").subject("x")
                .threadId("no-such-thread").build()),
                UnknownMessageException.class, "threadId: no message 'no-such-thread' in " + scope());
    }

    @Test
    void aMessageCannotBeLoggedAsAnEvent() {
        assertRefusedWritingNothing(() -> alice.logger().log(EventCategory.MESSAGE, "sneaky"),
                IllegalArgumentException.class, "category: message events are sent through a Mailbox, not logged");
    }

    private void assertRefusedWritingNothing(Executable call, Class<? extends Exception> type, String message) {
        long sequence = client.latestSequence();
        List<List<Message>> inboxes = List.of(bob.messages().inbox(InboxQuery.newest()),
                carol.messages().inbox(InboxQuery.newest()));

        assertThatThrownBy(call::execute).isInstanceOf(type).hasMessage(message);

        assertThat(client.latestSequence()).isEqualTo(sequence);
        assertThat(List.of(bob.messages().inbox(InboxQuery.newest()), carol.messages().inbox(InboxQuery.newest())))
                .isEqualTo(inboxes);
    }
}
