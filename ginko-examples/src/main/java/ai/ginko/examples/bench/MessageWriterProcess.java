package ai.ginko.examples.bench;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Mailbox;
import ai.ginko.neo4j.Neo4jCoordination;
import ai.ginko.neo4j.internal.Neo4jStore;
import java.io.IOException;
import java.util.List;

/**
 * The sending agent of the message measure, in its own JVM, as {@link WriterProcess} is for events: registers the
 * recipient and starts the sender, warms up sending messages and says {@code warm}; once the parent says go, sends
 * the messages to the recipient at the steady rate, each stamped with its send time, and reports a
 * {@link WriterReport} (its "log() calls" are the {@code send} calls).
 */
public final class MessageWriterProcess {

    static final String SENDER = "bench-sender";
    static final String RECIPIENT = "bench-recipient";

    private MessageWriterProcess() {
    }

    public static void main(String[] args) {
        RunSpec spec = RunSpec.parse(args);
        ChildGuard.run("message-writer", spec.timeLimit(), () -> {
            send(spec);
            return null;
        });
    }

    private static void send(RunSpec spec) throws InterruptedException, IOException {
        try (CoordinationClient client = spec.clients(System.getenv(Neo4jCoordination.URI_ENV))
                .open(spec.scope(), "bench-message-writer")) {
            client.registerAgent(new AgentRegistration(RECIPIENT, RECIPIENT, List.of()));
            try (AgentSession sender = client.startAgent(new AgentRegistration(SENDER, SENDER, List.of()))) {
                Mailbox mailbox = sender.messages();
                PacedWriter.Send send = index -> mailbox.send(
                        BenchEvents.message(RECIPIENT, index, BenchEvents.epochNanosNow()));
                for (int i = 0; i < Warmup.EVENTS; i++) {
                    send.send(i);
                }
                new PacedWriter(send, spec.rate()).runFor(Warmup.AT_RATE, nanos -> { });
                double writeFloorMs = Floor.writeMs(System.getenv(Neo4jCoordination.URI_ENV),
                        spec.scope().organizationId(), spec.rate());
                new ChildMessage(WriterProcess.WARM).sendTo(System.out);
                ChildGuard.awaitParent();
                Samples sendCalls = new Samples(Math.toIntExact(spec.events()));
                Neo4jStore store = StoreCounters.of(client);
                long writesBefore = store.writeTransactions();
                long nanos = new PacedWriter(send, spec.rate()).run(spec.events(), sendCalls);
                new WriterReport(spec.events(), nanos, sendCalls.summary(), store.writeTransactions() - writesBefore,
                        writeFloorMs).toMessage().sendTo(System.out);
            }
        }
    }
}
