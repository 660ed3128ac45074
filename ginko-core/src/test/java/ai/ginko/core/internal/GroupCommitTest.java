package ai.ginko.core.internal;

import static ai.ginko.core.TestEvents.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ai.ginko.core.CoordinationUnavailableException;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.NewEvent;
import ai.ginko.core.TestEvents;
import ai.ginko.core.UnknownBlockerException;
import ai.ginko.core.spi.CoordinationStore;
import ai.ginko.core.spi.EventDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class GroupCommitTest {

    private final CoordinationStore store = mock(CoordinationStore.class);
    private final GroupCommit groupCommit = new GroupCommit(store, SCOPE);
    /** Held open by the store's first append, so that later appends queue up behind it. */
    private final CountDownLatch firstCommit = new CountDownLatch(1);
    /** The size of every batch the store was asked to append, in order. */
    private final List<Integer> batches = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

    @Test
    void aLoneAppendCommitsAtOnceInATransactionOfItsOwn() {
        storeAnswers(this::numbered);
        firstCommit.countDown();

        Event event = groupCommit.append(draft("alone"));

        assertThat(event.description()).isEqualTo("alone");
        assertThat(batches).containsExactly(1);
    }

    @Test
    void appendsArrivingWhileACommitLandsShareTheNextTransactionEachGettingItsOwnEvent() throws Exception {
        storeAnswers(this::numbered);

        List<Object> outcomes = queueBehindAHeldCommit(List.of(draft("a"), draft("b"), draft("c"), draft("d")));

        assertThat(outcomes).extracting(o -> ((Event) o).description()).containsExactly("a", "b", "c", "d");
        assertThat(outcomes).extracting(o -> ((Event) o).sequence()).containsExactly(2L, 3L, 4L, 5L);
        assertThat(batches).containsExactly(1, 4);
    }

    @Test
    void aRefusedEventFailsItsOwnCallerOnlyAndTheOthersAreCommitted() throws Exception {
        storeAnswers(drafts -> {
            if (drafts.stream().anyMatch(d -> d.event().resolvesEventId().isPresent())) {
                throw new UnknownBlockerException("no-such-blocker", SCOPE);
            }
            return numbered(drafts);
        });

        List<Object> outcomes = queueBehindAHeldCommit(
                List.of(draft("valid 1"), resolution("no-such-blocker"), draft("valid 2")));

        assertThat(outcomes.get(0)).isInstanceOfSatisfying(Event.class,
                e -> assertThat(e.description()).isEqualTo("valid 1"));
        assertThat(outcomes.get(1)).isInstanceOf(UnknownBlockerException.class);
        assertThat(outcomes.get(2)).isInstanceOfSatisfying(Event.class,
                e -> assertThat(e.description()).isEqualTo("valid 2"));
        assertThat(batches).as("the held commit, the refused batch, then each on its own")
                .containsExactly(1, 3, 1, 1, 1);
    }

    @Test
    void anOutageFailsEveryCallerOfTheBatchWithAnExceptionOfItsOwn() throws Exception {
        storeAnswers(drafts -> {
            if (drafts.size() > 1) {
                throw new CoordinationUnavailableException("Neo4j is unavailable on purpose", null);
            }
            return numbered(drafts);
        });

        List<Object> outcomes = queueBehindAHeldCommit(List.of(draft("a"), draft("b")));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome)
                .isInstanceOfSatisfying(CoordinationUnavailableException.class,
                        e -> assertThat(e).hasMessage("Neo4j is unavailable on purpose")));
        assertThat(outcomes.get(0)).isNotSameAs(outcomes.get(1));
        assertThat(batches).containsExactly(1, 2);
    }

    @Test
    void aBatchStopsBeforeASecondResolutionOfOneBlocker() throws Exception {
        storeAnswers(this::numbered);

        queueBehindAHeldCommit(List.of(resolution("blocker-1"), draft("between"), resolution("blocker-1")));

        assertThat(batches).containsExactly(1, 2, 1);
    }

    @Test
    void aWaitingCallerIsNotInterruptedOutOfItsAppend() throws Exception {
        storeAnswers(this::numbered);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Event> held = pool.submit(() -> groupCommit.append(draft("held")));
            awaitTrue(() -> batches.size() == 1);
            Future<Event> interrupted = pool.submit(() -> {
                Thread.currentThread().interrupt();
                return groupCommit.append(draft("patient"));
            });
            awaitTrue(() -> groupCommit.queued() == 1);

            firstCommit.countDown();

            assertThat(interrupted.get().description()).isEqualTo("patient");
            assertThat(held.get().description()).isEqualTo("held");
        }
    }

    /** The store holds its first append until {@link #firstCommit} opens and answers every append with this. */
    private void storeAnswers(Function<List<EventDraft>, List<Event>> answer) {
        when(store.append(eq(SCOPE), anyList())).thenAnswer(invocation -> {
            List<EventDraft> drafts = invocation.getArgument(1);
            batches.add(drafts.size());
            if (batches.size() == 1) {
                firstCommit.await();
            }
            return answer.apply(drafts);
        });
    }

    private List<Event> numbered(List<EventDraft> drafts) {
        return drafts.stream().map(d -> stored(sequence.incrementAndGet(), d)).toList();
    }

    /**
     * Holds a first commit, queues {@code drafts} behind it in this order, each from a thread of its own, then lets
     * the commits run; returns each draft's event or exception.
     */
    private List<Object> queueBehindAHeldCommit(List<EventDraft> drafts) throws Exception {
        List<Object> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Event> held = pool.submit(() -> groupCommit.append(draft("held")));
            awaitTrue(() -> batches.size() == 1);
            List<Future<Object>> futures = new ArrayList<>();
            for (EventDraft draft : drafts) {
                futures.add(pool.submit(() -> {
                    try {
                        return groupCommit.append(draft);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
                int queued = futures.size();
                awaitTrue(() -> groupCommit.queued() == queued);
            }
            firstCommit.countDown();
            for (Future<Object> future : futures) {
                outcomes.add(future.get());
            }
            assertThat(held.get().description()).isEqualTo("held");
        }
        return outcomes;
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waited 10 s for the condition").isNegative();
            TimeUnit.MILLISECONDS.sleep(2);
        }
    }

    private static EventDraft draft(String description) {
        return EventDraft.of(NewEvent.of(EventCategory.FEATURE, description), Optional.empty(), "user-1");
    }

    private static EventDraft resolution(String blockerId) {
        return EventDraft.of(NewEvent.resolution(blockerId, "resolved"), Optional.empty(), "user-1");
    }

    private static Event stored(long sequence, EventDraft draft) {
        return new Event("event-" + sequence, sequence, SCOPE, draft.agentId(), draft.userId(),
                draft.event().category(), draft.event().description(), Optional.empty(), draft.event().metadata(),
                TestEvents.TIME, Optional.empty(), Optional.empty(), draft.event().resolvesEventId());
    }
}
