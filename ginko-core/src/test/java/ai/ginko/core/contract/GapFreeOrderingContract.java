package ai.ginko.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.Blocker;
import ai.ginko.core.BlockerAlreadyResolvedException;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Concurrent writers in several processes still produce one gap-free, duplicate-free sequence. */
public abstract class GapFreeOrderingContract extends ContractTestSupport {

    private static final int WRITERS = 8;
    private static final int EVENTS_PER_WRITER = 50;
    private static final int TOTAL = WRITERS * EVENTS_PER_WRITER;

    @Test
    void concurrentWritersGetEverySequenceExactlyOnce() throws Exception {
        List<List<Event>> byWriter = writeConcurrently();

        List<Long> sequences = byWriter.stream().flatMap(List::stream).map(Event::sequence).sorted().toList();
        assertThat(sequences).containsExactlyElementsOf(expectedSequences());
        assertThat(client().latestSequence()).isEqualTo(TOTAL);
    }

    @Test
    void eachWriterSeesItsOwnEventsInCallOrder() throws Exception {
        List<List<Event>> byWriter = writeConcurrently();

        assertThat(byWriter).allSatisfy(events ->
                assertThat(events).extracting(Event::sequence).isSorted().doesNotHaveDuplicates());
    }

    @Test
    void readingTheLogReturnsEveryCommittedEvent() throws Exception {
        List<Event> written = writeConcurrently().stream().flatMap(List::stream)
                .sorted(Comparator.comparingLong(Event::sequence)).toList();

        CoordinationClient reader = client();
        List<Event> read = new ArrayList<>();
        List<Event> page = reader.eventsSince(0, 7);
        while (!page.isEmpty()) {
            read.addAll(page);
            page = reader.eventsSince(page.getLast().sequence(), 7);
        }

        assertThat(read).containsExactlyElementsOf(written);
    }

    @Test
    void aReaderNeverObservesAGapWhileWritersAppend() throws Exception {
        CoordinationClient reader = client();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> violations = new ArrayList<>();
        List<Long> seen = new ArrayList<>();
        Thread readerThread = Thread.ofPlatform().name("test-reader").start(() -> {
            long last = 0;
            while (writing.get() || last < TOTAL) {
                List<Event> batch = reader.eventsSince(last, CoordinationClient.MAX_LIMIT);
                for (Event event : batch) {
                    if (event.sequence() != last + 1) {
                        violations.add("after " + last + " got " + event.sequence());
                    }
                    last = event.sequence();
                    seen.add(last);
                }
                if (!writing.get() && batch.isEmpty() && last < TOTAL && reader.latestSequence() <= last) {
                    violations.add("the log ends at " + last + " but " + TOTAL + " events were written");
                    return;
                }
            }
        });

        try {
            writeConcurrently();
        } finally {
            writing.set(false);
        }
        readerThread.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(readerThread.isAlive()).as("reader still running").isFalse();
        assertThat(violations).isEmpty();
        assertThat(seen).containsExactlyElementsOf(expectedSequences());
    }

    @Test
    void threadsSharingOneClientEachGetTheirOwnEventOrTheirOwnRefusal() throws Exception {
        CoordinationClient shared = client();
        Event blocker = shared.logger().logBlocker("held up", Blocker.of("x", Severity.LOW, List.of()));
        shared.logger().resolveBlocker(blocker.id(), "already resolved");
        long before = shared.latestSequence();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Object>>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(WRITERS)) {
            for (int i = 0; i < WRITERS; i++) {
                String name = "thread " + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Object> mine = new ArrayList<>();
                    for (int j = 0; j < EVENTS_PER_WRITER; j++) {
                        try {
                            mine.add(j % 5 == 4
                                    ? shared.logger().resolveBlocker(blocker.id(), name + " refused " + j)
                                    : shared.logger().log(EventCategory.FIX, name + " event " + j));
                        } catch (BlockerAlreadyResolvedException e) {
                            mine.add(e);
                        }
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<Event> logged = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                List<Object> outcomes = futures.get(i).get(60, TimeUnit.SECONDS);
                for (int j = 0; j < EVENTS_PER_WRITER; j++) {
                    Object outcome = outcomes.get(j);
                    if (j % 5 == 4) {
                        assertThat(outcome).as("thread %d call %d", i, j)
                                .isInstanceOf(BlockerAlreadyResolvedException.class);
                    } else {
                        String expected = "thread " + i + " event " + j;
                        assertThat(outcome).as("thread %d call %d", i, j).isInstanceOfSatisfying(Event.class,
                                e -> assertThat(e.description()).isEqualTo(expected));
                        logged.add((Event) outcome);
                    }
                }
            }
            assertThat(logged).extracting(Event::sequence).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(
                            LongStream.rangeClosed(before + 1, before + logged.size()).boxed().toList());
            assertThat(client().eventsSince(before, CoordinationClient.MAX_LIMIT))
                    .containsExactlyInAnyOrderElementsOf(logged);
        }
    }

    @Test
    void aSubscriberOfAnotherClientGetsEveryEventOnceInOrderWhileWritersAppend() throws Exception {
        EventRecorder recorder = new EventRecorder();
        client().subscribe(0, EventFilter.all(), recorder);

        writeConcurrently();

        assertThat(recorder.awaitCount(TOTAL, VISIBLE)).isTrue();
        Thread.sleep(QUIET.toMillis());
        assertThat(recorder.sequences()).containsExactlyElementsOf(expectedSequences());
    }

    /** Each writer is its own client, as if each were its own process; all start at once. */
    private List<List<Event>> writeConcurrently() throws Exception {
        List<CoordinationClient> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(client());
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Event>>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(WRITERS)) {
            for (int i = 0; i < WRITERS; i++) {
                CoordinationClient writer = writers.get(i);
                String name = "writer " + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Event> mine = new ArrayList<>();
                    for (int j = 0; j < EVENTS_PER_WRITER; j++) {
                        mine.add(writer.logger().log(EventCategory.FIX, name + " event " + j));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<List<Event>> results = new ArrayList<>();
            for (Future<List<Event>> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        }
    }

    private static List<Long> expectedSequences() {
        return LongStream.rangeClosed(1, TOTAL).boxed().toList();
    }
}
