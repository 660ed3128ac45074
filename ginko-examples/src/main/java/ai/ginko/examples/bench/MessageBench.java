package ai.ginko.examples.bench;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.InboxQuery;
import ai.ginko.core.MessageDraft;
import ai.ginko.core.Scope;
import java.util.Map;
import java.util.function.LongConsumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * The message section ({@code --messages}): how long a message takes from the sender's {@code send} to the
 * recipient's subscription in another JVM (the cross-process measure of events, with a sender of messages); and
 * whether an inbox read costs the same in a project of 100 messages and in one of 100,000.
 *
 * <p>The large project's other messages (to another agent) are written in bulk with the same nodes and properties
 * a send writes (an event and its delivery, numbered from the project's counter): sent one by one they would take
 * minutes at the write floor, and the read under test only sees the graph. The recipient's own messages are sent
 * through the library, after them.
 */
final class MessageBench {

    /** The recipient's messages, in both projects; an inbox read returns them all. */
    static final int INBOX = 50;
    static final int SMALL_PROJECT = 100;
    static final int LARGE_PROJECT = 100_000;
    private static final int BULK_BATCH = 10_000;
    private static final int WARM_READS = 200;
    private static final int READS = 500;
    private static final InboxQuery NEWEST = InboxQuery.builder().limit(CoordinationClient.DEFAULT_LIMIT).build();
    /**
     * Messages per second the sender offers: agents send a few messages a minute, not hundreds a second. A send is
     * one write transaction of its own (no group commit: each send is checked and may be refused on its own), so
     * the events' 200/s, offered open loop, would saturate the project's counter lock and measure the queue.
     */
    static final double RATE = 50;
    /** Messages measured: 20 s at {@link #RATE}, after the writer's warm-up. */
    static final long MESSAGES = 1_000;

    /**
     * The other messages of a project, each an event of the log and one delivery to {@code $other}, numbered after
     * the project's counter, which moves past them (as {@code Cypher.APPEND_EVENTS} and {@code Cypher.DELIVER} do).
     */
    private static final String BULK_MESSAGES = """
            MERGE (p:Project {organization_id: $org, project_id: $project})
              ON CREATE SET p.event_seq = 0
            SET p.event_seq = p.event_seq + $count
            WITH p.event_seq - $count AS base
            UNWIND range(1, $count) AS i
            CREATE (e:Event {id: randomUUID(), organization_id: $org, project_id: $project, sequence: base + i,
                             agent_id: $sender, user_id: 'bench', category: 'message',
                             description: 'background message ' + i, timestamp: datetime(), recipients: [$other],
                             broadcast: false, importance: 'normal', ack_required: false})
            SET e.thread_id = e.id
            CREATE (:Delivery {organization_id: $org, project_id: $project, recipient_id: $other,
                               sequence: e.sequence, event_id: e.id, thread_id: e.id, importance: 'normal',
                               ack_required: false, sent_at: e.timestamp})
            """;

    private MessageBench() {
    }

    static MessageBenchResult run(RunSpec events, ClientFactory clients, String organization, String uri)
            throws InterruptedException {
        RunSpec delivery = new RunSpec(events.scope(), events.pollInterval(), events.burstPollInterval(),
                events.realtimeCursor(), MESSAGES, RATE);
        Benchmark.progress("Messages: %d sent at %s/s to a recipient's subscription in another JVM ..."
                .formatted(delivery.events(), delivery.rate()));
        LatencyResult latency = CrossProcessLatency.run(delivery, uri, MessageWriterProcess.class);
        Benchmark.progress("Messages: inbox reads with %d and with %d messages in the project ..."
                .formatted(SMALL_PROJECT, LARGE_PROJECT));
        try (Inbox small = Inbox.of(clients, Scope.of(organization, "inbox-small"), SMALL_PROJECT, uri);
             Inbox large = Inbox.of(clients, Scope.of(organization, "inbox-large"), LARGE_PROJECT, uri)) {
            // Both projects are written before either is read, and the reads alternate: a project read right
            // after 100,000 messages were written in bulk would be measured while the database digests them.
            Samples smallReads = new Samples(READS);
            Samples largeReads = new Samples(READS);
            for (int i = 0; i < WARM_READS + READS; i++) {
                small.read(i < WARM_READS ? nanos -> { } : smallReads);
                large.read(i < WARM_READS ? nanos -> { } : largeReads);
            }
            return new MessageBenchResult(latency, INBOX, SMALL_PROJECT, smallReads.summary(), LARGE_PROJECT,
                    largeReads.summary());
        }
    }

    /** A recipient with {@value #INBOX} messages in a project holding {@code total}, and its client. */
    private record Inbox(CoordinationClient client, AgentSession recipient) implements AutoCloseable {

        static Inbox of(ClientFactory clients, Scope scope, int total, String uri) {
            CoordinationClient client = clients.open(scope, "bench-inbox");
            AgentSession sender = client.startAgent(AgentRegistration.named("bench-sender"));
            AgentSession other = client.startAgent(AgentRegistration.named("bench-other"));
            AgentSession recipient = client.startAgent(AgentRegistration.named("bench-recipient"));
            bulk(scope, uri, sender.agentId(), other.agentId(), total - INBOX);
            for (int i = 0; i < INBOX; i++) {
                sender.messages().send(MessageDraft.to(recipient.agentId()).subject("inbox message " + i).build());
            }
            return new Inbox(client, recipient);
        }

        /** Reads the newest {@value #INBOX} messages once; the duration goes to {@code sink}. */
        void read(LongConsumer sink) {
            long start = System.nanoTime();
            int read = recipient.messages().inbox(NEWEST).size();
            sink.accept(System.nanoTime() - start);
            if (read != INBOX) {
                throw new BenchmarkFailure("the inbox held " + read + " messages, not " + INBOX);
            }
        }

        @Override
        public void close() {
            client.close();
        }
    }

    private static void bulk(Scope scope, String uri, String senderId, String otherId, int count) {
        try (Driver driver = GraphDatabase.driver(uri, Floor.auth(System.getenv()));
             Session session = driver.session()) {
            for (int done = 0; done < count; done += BULK_BATCH) {
                int batch = Math.min(BULK_BATCH, count - done);
                session.executeWrite(tx -> tx.run(BULK_MESSAGES, Map.of("org", scope.organizationId(),
                        "project", scope.projectId(), "count", batch, "sender", senderId, "other", otherId))
                        .consume());
            }
        }
    }
}
