package ai.ginko.neo4j.load;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.MessageDraft;
import ai.ginko.neo4j.Neo4jCoordination;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The main class of a child JVM that sends messages from several senders at once: each sender is a thread with a
 * client of its own (its own driver, hence its own Bolt connections) and an agent of its own, so that the database
 * sees as many independent writers as there are threads, exactly as it would from as many processes. Registers
 * every sender, says {@value #READY}, waits for a {@value #GO} line (so that every sender of every process starts at
 * once), sends each sender's messages to the recipient by name, says {@value #DONE} (or {@code failed: } and the
 * first error), then waits until the test JVM closes its standard input. Arguments: bolt URI, organization, agent id
 * prefix, sender count, recipient name, message count per sender. Sender {@code i} is agent {@code <prefix>_<i>}.
 */
public final class MessageSenderProcess {

    static final String READY = "ready";
    static final String GO = "go";
    static final String DONE = "done";

    private MessageSenderProcess() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String prefix = args[2];
        int senders = Integer.parseInt(args[3]);
        String recipient = args[4];
        int count = Integer.parseInt(args[5]);
        List<CoordinationClient> clients = new ArrayList<>();
        List<AgentSession> sessions = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(senders)) {
            for (int s = 0; s < senders; s++) {
                String agentId = prefix + "_" + s;
                CoordinationClient client = Neo4jCoordination.builder().uri(args[0]).scope(args[1], "p")
                        .userId("sender").build();
                clients.add(client);
                sessions.add(client.startAgent(new AgentRegistration(agentId, agentId, List.of())));
            }
            System.out.println(READY);
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if (!GO.equals(in.readLine())) {
                return;
            }
            List<Future<?>> sending = new ArrayList<>();
            for (AgentSession sender : sessions) {
                sending.add(threads.submit(() -> send(sender, recipient, count)));
            }
            System.out.println(outcome(sending));
            System.out.flush();
            in.transferTo(Writer.nullWriter());
        } finally {
            sessions.forEach(AgentSession::close);
            clients.forEach(CoordinationClient::close);
        }
    }

    private static void send(AgentSession sender, String recipient, int count) {
        for (int i = 0; i < count; i++) {
            sender.messages().send(MessageDraft.to(recipient).subject(sender.agentId() + " #" + i).build());
        }
    }

    /** {@value #DONE} once every sender sent all its messages, else the first sender's error. */
    private static String outcome(List<Future<?>> sending) throws InterruptedException {
        for (Future<?> sender : sending) {
            try {
                sender.get();
            } catch (ExecutionException e) {
                return "failed: " + e.getCause();
            }
        }
        return DONE;
    }
}
