package ai.ginko.core.internal;

import ai.ginko.core.EventCategory;
import ai.ginko.core.MessageDraft;
import ai.ginko.core.MessageHeader;
import ai.ginko.core.NewEvent;
import ai.ginko.core.Scope;
import ai.ginko.core.UnknownRecipientException;
import ai.ginko.core.spi.EventDraft;
import ai.ginko.core.spi.MessageSend;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every store does the same way when it sends a message: resolve the recipients against the scope's agents,
 * and turn the send into the event draft it appends. Shared, so that both stores refuse the same sends with the
 * same words.
 */
public final class MessageEvents {

    /** An agent of the scope as the resolution sees it. */
    public record Agent(String id, String name, boolean deregistered) {
    }

    private MessageEvents() {
    }

    /**
     * The recipients' agent ids: for a broadcast every agent not deregistered but the sender, by id; otherwise each
     * name in the order given, as an agent id if one agent has it, else as the registered name of exactly one agent
     * not deregistered. Duplicates (an agent named by id and by name) count once.
     *
     * @param agents every agent of the scope
     * @throws UnknownRecipientException when a name matches no agent, a deregistered one, or several
     * @throws IllegalArgumentException  when the sender would be the only recipient
     */
    public static List<String> recipients(Scope scope, MessageSend send, List<Agent> agents) {
        List<String> ids = send.draft().broadcast() ? everyoneBut(send.senderId(), agents)
                : named(scope, send.draft().to(), agents);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("to: the broadcast reaches no agent but the sender "
                    + send.senderId() + "; no other agent is registered in " + scope);
        }
        if (ids.equals(List.of(send.senderId()))) {
            throw new IllegalArgumentException("to: a message needs a recipient other than its sender, was only "
                    + send.senderId());
        }
        return ids;
    }

    private static List<String> everyoneBut(String senderId, List<Agent> agents) {
        return agents.stream().filter(a -> !a.deregistered() && !a.id().equals(senderId)).map(Agent::id)
                .sorted().toList();
    }

    private static List<String> named(Scope scope, List<String> to, List<Agent> agents) {
        Set<String> ids = new LinkedHashSet<>();
        for (String name : to) {
            ids.add(resolve(scope, name, agents));
        }
        return List.copyOf(ids);
    }

    private static String resolve(Scope scope, String name, List<Agent> agents) {
        Optional<Agent> byId = agents.stream().filter(a -> a.id().equals(name)).findFirst();
        if (byId.isPresent()) {
            if (byId.get().deregistered()) {
                throw UnknownRecipientException.deregistered(name, scope);
            }
            return byId.get().id();
        }
        List<Agent> byName = agents.stream().filter(a -> a.name().equals(name))
                .sorted(Comparator.comparing(Agent::id)).toList();
        List<Agent> active = byName.stream().filter(a -> !a.deregistered()).toList();
        if (active.size() == 1) {
            return active.getFirst().id();
        }
        if (active.size() > 1) {
            throw UnknownRecipientException.ambiguous(name, active.stream().map(Agent::id).toList(), scope);
        }
        throw byName.isEmpty() ? UnknownRecipientException.unknown(name, scope)
                : UnknownRecipientException.deregistered(name, scope);
    }

    /**
     * The event a send appends: category message, the subject as description, its task, and the header with the
     * resolved recipients; a message outside any thread starts its own, named by its id.
     */
    public static EventDraft draft(MessageSend send, List<String> recipients, String eventId) {
        MessageDraft draft = send.draft();
        NewEvent.Builder event = NewEvent.builder(EventCategory.MESSAGE, draft.subject());
        draft.taskId().ifPresent(event::taskId);
        MessageHeader header = new MessageHeader(new ArrayList<>(recipients), draft.broadcast(),
                draft.threadId().orElse(eventId), draft.importance(), draft.ackRequired(), draft.body());
        return new EventDraft(event.build(), Optional.of(send.senderId()), send.userId(), send.cursor(),
                Optional.of(header));
    }
}
