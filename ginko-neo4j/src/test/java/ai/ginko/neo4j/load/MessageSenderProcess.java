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
import java.util.List;

/**
 * The main class of a child JVM that sends messages: registers its agent, says {@value #READY}, waits for a
 * {@value #GO} line (so that every sender starts at once), sends its messages to the recipient by name, says
 * {@value #DONE}, then waits until the test JVM closes its standard input. Arguments: bolt URI, organization, agent
 * id, recipient name, message count.
 */
public final class MessageSenderProcess {

    static final String READY = "ready";
    static final String GO = "go";
    static final String DONE = "done";

    private MessageSenderProcess() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[4]);
        try (CoordinationClient client = Neo4jCoordination.builder().uri(args[0]).scope(args[1], "p")
                .userId("sender").build();
             AgentSession sender = client.startAgent(new AgentRegistration(args[2], args[2], List.of()))) {
            System.out.println(READY);
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if (!GO.equals(in.readLine())) {
                return;
            }
            for (int i = 0; i < count; i++) {
                sender.messages().send(MessageDraft.to(args[3]).subject(args[2] + " #" + i).build());
            }
            System.out.println(DONE);
            System.out.flush();
            in.transferTo(Writer.nullWriter());
        }
    }
}
