package ai.ginko.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@link CoordinationClient#poll}: returns what exists, otherwise waits for the next commit or the timeout. */
public abstract class LongPollContract extends ContractTestSupport {

    /** Far longer than any wait the tests expect, so that returning early is evidence of being woken. */
    private static final Duration LONG_TIMEOUT = Duration.ofSeconds(20);

    @Test
    void returnsAtOnceWhenEventsExist() throws Exception {
        CoordinationClient client = client();
        Event first = client.logger().log(EventCategory.FIX, "one");
        Event second = client.logger().log(EventCategory.FIX, "two");

        long start = System.nanoTime();
        List<Event> polled = client().poll(0, LONG_TIMEOUT);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(VISIBLE);
        assertThat(polled).containsExactly(first, second);
    }

    @Test
    void returnsOnlyTheEventsAfterTheSequence() throws Exception {
        CoordinationClient client = client();
        client.logger().log(EventCategory.FIX, "one");
        Event second = client.logger().log(EventCategory.FIX, "two");

        assertThat(client.poll(1, LONG_TIMEOUT)).containsExactly(second);
    }

    @Test
    void waitsForAnEventLoggedByAnotherClient() throws Exception {
        CoordinationClient reader = client();
        CoordinationClient writer = client();
        long after = reader.latestSequence();
        AtomicLong returnedAt = new AtomicLong();
        FutureTask<List<Event>> poll = new FutureTask<>(() -> {
            List<Event> polled = reader.poll(after, LONG_TIMEOUT);
            returnedAt.set(System.nanoTime());
            return polled;
        });
        Thread.ofPlatform().name("test-poll").start(poll);

        Thread.sleep(QUIET.toMillis());
        assertThat(poll.isDone()).as("poll returned before anything was logged").isFalse();
        long logStarted = System.nanoTime();
        Event logged = writer.logger().log(EventCategory.FEATURE, "wake up");

        assertThat(poll.get(VISIBLE.toMillis(), TimeUnit.MILLISECONDS)).containsExactly(logged);
        assertThat(returnedAt.get()).isGreaterThanOrEqualTo(logStarted);
    }

    @Test
    void returnsAnEmptyListOnTimeout() throws Exception {
        CoordinationClient client = client();
        client.logger().log(EventCategory.FIX, "already seen");
        Duration timeout = Duration.ofMillis(300);

        long start = System.nanoTime();
        List<Event> polled = client.poll(1, timeout);

        assertThat(polled).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(timeout.minusMillis(20));
    }

    @Test
    void zeroTimeoutDoesNotWait() throws Exception {
        CoordinationClient client = client();

        long start = System.nanoTime();
        List<Event> polled = client.poll(0, Duration.ZERO);

        assertThat(polled).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(VISIBLE);
    }

    @Test
    void zeroTimeoutReturnsExistingEvents() throws Exception {
        CoordinationClient client = client();
        Event logged = client.logger().log(EventCategory.FIX, "exists");

        assertThat(client.poll(0, Duration.ZERO)).containsExactly(logged);
    }

    @Test
    void throwsInterruptedExceptionWhenTheWaitingThreadIsInterrupted() throws Exception {
        CoordinationClient client = client();
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread waiting = Thread.ofPlatform().name("test-interrupted-poll").start(() -> {
            try {
                outcome.complete(client.poll(0, LONG_TIMEOUT));
            } catch (InterruptedException e) {
                outcome.complete(e);
            } catch (RuntimeException e) {
                outcome.complete(e);
            }
        });
        awaitTrue(VISIBLE, "the poll waits", () -> waiting.getState() == Thread.State.TIMED_WAITING);

        waiting.interrupt();

        assertThat(outcome.get(VISIBLE.toMillis(), TimeUnit.MILLISECONDS)).isInstanceOf(InterruptedException.class);
    }

    @Test
    void aWaitingPollThrowsAsSoonAsItsClientCloses() throws Exception {
        CoordinationClient client = client();
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread waiting = Thread.ofPlatform().name("test-poll-at-close").start(() -> {
            try {
                outcome.complete(client.poll(0, LONG_TIMEOUT));
            } catch (InterruptedException | RuntimeException e) {
                outcome.complete(e);
            }
        });
        awaitTrue(VISIBLE, "the poll waits", () -> waiting.getState() == Thread.State.TIMED_WAITING);
        Thread.sleep(QUIET.toMillis());

        client.close();

        assertThat(outcome.get(VISIBLE.toMillis(), TimeUnit.MILLISECONDS))
                .isInstanceOf(IllegalStateException.class)
                .hasFieldOrPropertyWithValue("message", "client is closed");
    }

    @Test
    void worksOnAVirtualThread() throws Exception {
        CoordinationClient reader = client();
        CoordinationClient writer = client();
        FutureTask<List<Event>> poll = new FutureTask<>(() -> reader.poll(0, LONG_TIMEOUT));
        Thread.ofVirtual().name("test-virtual-poll").start(poll);

        Thread.sleep(QUIET.toMillis());
        Event logged = writer.logger().log(EventCategory.FEATURE, "for the virtual thread");

        assertThat(poll.get(VISIBLE.toMillis(), TimeUnit.MILLISECONDS)).containsExactly(logged);
    }

    @Test
    void manyWaitersAreAllWokenByOneEvent() throws Exception {
        CoordinationClient reader = client();
        CoordinationClient writer = client();
        List<FutureTask<List<Event>>> polls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            FutureTask<List<Event>> poll = new FutureTask<>(() -> reader.poll(0, LONG_TIMEOUT));
            Thread.ofVirtual().start(poll);
            polls.add(poll);
        }

        Thread.sleep(QUIET.toMillis());
        Event logged = writer.logger().log(EventCategory.FEATURE, "for everyone");

        for (FutureTask<List<Event>> poll : polls) {
            assertThat(poll.get(VISIBLE.toMillis(), TimeUnit.MILLISECONDS)).containsExactly(logged);
        }
    }

    @Test
    void timeoutOverThirtySecondsIsRejected() {
        CoordinationClient client = client();

        assertThatThrownBy(() -> client.poll(0, Duration.ofSeconds(31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout");
    }

    @Test
    void timeoutOfExactlyThirtySecondsIsAccepted() throws Exception {
        CoordinationClient client = client();
        Event logged = client.logger().log(EventCategory.FIX, "ready");

        assertThat(client.poll(0, CoordinationClient.MAX_POLL_TIMEOUT)).containsExactly(logged);
    }

    @Test
    void respectsTheLimitForExistingEvents() throws Exception {
        CoordinationClient client = client();
        for (int i = 1; i <= 5; i++) {
            client.logger().log(EventCategory.FIX, "event " + i);
        }

        assertThat(client.poll(0, LONG_TIMEOUT, 2)).extracting(Event::sequence).containsExactly(1L, 2L);
    }

    @Test
    void respectsTheLimitWhenWoken() throws Exception {
        CoordinationClient reader = client();
        CoordinationClient writer = client();
        FutureTask<List<Event>> poll = new FutureTask<>(() -> reader.poll(0, LONG_TIMEOUT, 2));
        Thread.ofPlatform().name("test-limited-poll").start(poll);
        Thread.sleep(QUIET.toMillis());

        // One commit of several events is what a limit matters for; a burst of logs is the closest portable way.
        for (int i = 1; i <= 5; i++) {
            writer.logger().log(EventCategory.FIX, "event " + i);
        }

        List<Event> polled = poll.get(VISIBLE.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(polled).hasSizeBetween(1, 2);
        assertThat(polled).extracting(Event::sequence).startsWith(1L).isSorted();
    }
}
