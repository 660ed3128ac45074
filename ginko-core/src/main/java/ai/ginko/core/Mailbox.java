package ai.ginko.core;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * An agent's messages ({@link AgentSession#messages()}): what it sends and what it receives. A message is an event
 * of the project's log ({@link EventCategory#MESSAGE}): it has a sequence, it is in every feed, subscription and
 * long-poll, and it is sent in one transaction with its deliveries.
 *
 * <p>Sending, marking and acknowledging are actions of the agent: each is a sign of life, and each is refused with
 * {@link AgentDeregisteredException} once the agent is deregistered. Reading ({@link #inbox}, {@link #thread},
 * {@link #message}) changes nothing.
 *
 * <p>Thread-safe.
 */
public interface Mailbox {

    /** Most message ids in one {@link #markRead} or {@link #acknowledge}. */
    int MAX_IDS = 1000;

    /**
     * Sends a message, resolving each recipient by agent id, else by registered name.
     *
     * @return the message as stored, with its sequence
     * @throws UnknownRecipientException when a recipient is no agent of the project, was deregistered, or is a name
     *                                   that several agents share
     * @throws UnknownMessageException   when {@code threadId} names no message of the project
     * @throws IllegalArgumentException  when the message would reach only its sender (also a broadcast in a project
     *                                   with no other agent)
     */
    Message send(MessageDraft draft);

    /**
     * Replies to a message: same thread, subject {@code Re: } and the original's (prefixed once), to the original's
     * sender unless the draft names recipients (a reply to one's own message goes to its recipients), importance and acknowledgement flag inherited unless set.
     *
     * @throws UnknownMessageException when {@code messageId} names no message of the project
     */
    Message reply(String messageId, ReplyDraft draft);

    /** The messages addressed to this agent (by name or by broadcast) that the query selects, with its read state. */
    List<Message> inbox(InboxQuery query);

    /**
     * Marks messages read for this agent, all or none. Idempotent: a message already read keeps its first time.
     *
     * @param messageIds 1–{@value #MAX_IDS} distinct message ids
     * @return one receipt per id, in the order given
     * @throws UnknownMessageException when an id names no message of the project
     * @throws NotARecipientException  when this agent is not a recipient of one of them
     */
    List<Receipt> markRead(Collection<String> messageIds);

    /**
     * Acknowledges messages (and marks them read) for this agent, all or none; as {@link #markRead}. Concurrent
     * acknowledgements of one message store one time, and every caller gets it.
     */
    List<Receipt> acknowledge(Collection<String> messageIds);

    /**
     * The messages of a thread in sequence order, with this agent's read state.
     *
     * @param messageId any message of the thread
     * @throws UnknownMessageException when it names no message of the project
     */
    List<Message> thread(String messageId);

    /** A message of the project, with this agent's read state; empty when there is no such message. */
    Optional<Message> message(String messageId);
}
