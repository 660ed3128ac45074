package ai.ginko.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.AgentSession;
import ai.ginko.core.Blocker;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.Importance;
import ai.ginko.core.Message;
import ai.ginko.core.MessageDraft;
import ai.ginko.core.News;
import ai.ginko.core.NewsItem;
import ai.ginko.core.ReservationRequest;
import ai.ginko.core.Severity;
import ai.ginko.core.TaskDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The news of an agent ({@link ai.ginko.core.AgentNews}): what it is shown, once, and shared by its processes. */
public abstract class NewsContract extends ContractTestSupport {

    @Test
    void anotherAgentsEventIsNewsOnceAndTheNextTakeHasNothing() {
        AgentSession a = client().startAgent(agentNamed("Implementer"));
        AgentSession b = client().startAgent(agentNamed("Reviewer"));
        Event decision = a.logger().log(EventCategory.DECISION, "Use a per-project counter");

        News news = b.news().take().orElseThrow();

        assertThat(news.items()).extracting(NewsItem::event).containsExactly(Optional.of(decision));
        assertThat(news.items().getFirst().kind()).isEqualTo(NewsItem.Kind.EVENT);
        assertThat(news.text()).contains("#" + decision.sequence() + " " + a.agentId() + " (Implementer) "
                + "decision: Use a per-project counter");
        assertThat(b.news().take()).isEmpty();
    }

    @Test
    void theAgentsOwnEventsAreNotNews() {
        AgentSession b = client().startAgent(agentNamed("Reviewer"));
        b.logger().log(EventCategory.INSIGHT, "mine");

        assertThat(b.news().take()).isEmpty();
    }

    @Test
    void eventsFromBeforeTheAgentRegisteredAreNotNews() {
        client().logger().log(EventCategory.FEATURE, "old work");
        AgentSession b = client().startAgent(agentNamed("Reviewer"));

        assertThat(b.news().take()).isEmpty();
    }

    @Test
    void aPersonsEventIsNewsNamingTheUser() {
        AgentSession b = client().startAgent(agentNamed("Reviewer"));
        client().logger().log(EventCategory.DECISION, "Ship on Friday");

        assertThat(b.news().take().orElseThrow().text()).contains("user " + USER_ID + " decision: Ship on Friday");
    }

    @Test
    void newsCoversEverythingSinceTheLastTakeOldestFirst() {
        AgentSession a = client().startAgent(agentNamed("Implementer"));
        AgentSession b = client().startAgent(agentNamed("Reviewer"));
        Event first = a.logger().log(EventCategory.FEATURE, "one");
        b.news().take();
        Event second = a.logger().log(EventCategory.FEATURE, "two");
        Event third = a.logger().log(EventCategory.FIX, "three");

        News news = b.news().take().orElseThrow();

        assertThat(news.items()).extracting(NewsItem::event).containsExactly(Optional.of(second), Optional.of(third));
        assertThat(news.afterSequence()).isEqualTo(first.sequence());
        assertThat(news.throughSequence()).isEqualTo(third.sequence());
    }

    @Test
    void aBlockerHoldingUpATaskTheAgentHoldsIsABlockerItem() {
        AgentSession a = client().startAgent(agentNamed("Implementer"));
        AgentSession b = client().startAgent(agentNamed("Reviewer"));
        b.claim("TASK-6");
        b.news().take();
        Event blocker = a.logger().logBlocker("Payment API answers 429",
                Blocker.of("API rate limit", Severity.HIGH, List.of("TASK-6", "TASK-8")));

        NewsItem item = b.news().take().orElseThrow().items().getFirst();

        assertThat(item.kind()).isEqualTo(NewsItem.Kind.BLOCKER);
        assertThat(item.line()).contains("blocker: Payment API answers 429; blocked by API rate limit, severity high; "
                + "holds up TASK-6, TASK-8 (you hold TASK-6); event id " + blocker.id());
    }

    @Test
    void aBlockerOfOtherTasksIsAnEventItem() {
        AgentSession a = client().startAgent(agentNamed("Implementer"));
        AgentSession b = client().startAgent(agentNamed("Reviewer"));
        a.logger().logBlocker("CI is down", Blocker.of("ci", Severity.LOW, List.of("TASK-9")));

        assertThat(b.news().take().orElseThrow().items().getFirst().kind()).isEqualTo(NewsItem.Kind.EVENT);
    }

    @Test
    void aCompletionThatReadiesATaskBringsItAsReadyForTheAgent() {
        CoordinationClient client = client();
        client.tasks().define(List.of(TaskDefinition.of("TASK-1", "Event log"),
                TaskDefinition.builder("TASK-2", "Long-poll API").dependsOn(List.of("TASK-1")).build()));
        AgentSession a = client.startAgent(agentNamed("Implementer"));
        AgentSession b = client().startAgent(agentNamed("Reviewer"));
        a.claim("TASK-1");
        b.news().take();

        a.complete("TASK-1");

        News news = b.news().take().orElseThrow();
        assertThat(news.items()).extracting(NewsItem::kind)
                .containsExactly(NewsItem.Kind.EVENT, NewsItem.Kind.READY_TASK);
        assertThat(news.items().getLast().line()).isEqualTo("TASK-2 is ready for you: Long-poll API (priority 2)");
    }

    @Test
    void twoProcessesOfOneAgentShareWhatItWasShown() {
        AgentSession a = client().startAgent(agentNamed("Implementer"));
        AgentSession b = client().startAgent(agentNamed("Reviewer"));
        AgentSession bElsewhere = client().attachAgent(b.agentId());
        a.logger().log(EventCategory.FEATURE, "one");

        assertThat(bElsewhere.news().take()).isPresent();
        assertThat(b.news().take()).isEmpty();
        a.logger().log(EventCategory.FEATURE, "two");
        assertThat(b.news().take()).isPresent();
        assertThat(bElsewhere.news().take()).isEmpty();
    }

    @Test
    void aProcessWhoseLastTakeFoundNothingDoesNotShowWhatAnotherShowedSince() {
        AgentSession a = client().startAgent(agentNamed("Implementer"));
        AgentSession b = client().startAgent(agentNamed("Reviewer"));
        AgentSession bElsewhere = client().attachAgent(b.agentId());
        assertThat(b.news().take()).isEmpty();
        assertThat(bElsewhere.news().take()).isEmpty();
        a.logger().log(EventCategory.FEATURE, "one");
        assertThat(bElsewhere.news().take()).isPresent();
        Event two = a.logger().log(EventCategory.FEATURE, "two");

        News news = b.news().take().orElseThrow();

        assertThat(news.items()).extracting(NewsItem::event).containsExactly(Optional.of(two));
    }

    @Test
    void concurrentTakersInFourClientsGetEveryEventExactlyOnce() throws InterruptedException {
        AgentSession a = client().startAgent(agentNamed("Implementer"));
        String b = client().registerAgent(agentNamed("Reviewer")).id();
        List<AgentSession> takers = LongStream.range(0, 4).mapToObj(i -> client().attachAgent(b)).toList();
        List<Long> shown = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = takers.stream().map(taker -> Thread.ofVirtual().start(() -> {
            awaitQuietly(start);
            boolean last = false;
            while (!last) {
                last = !writing.get();
                taker.news().take().ifPresent(news -> news.items()
                        .forEach(item -> shown.add(item.event().orElseThrow().sequence())));
            }
        })).toList();
        start.countDown();
        List<Long> logged = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            logged.add(a.logger().log(EventCategory.FEATURE, "event " + i).sequence());
        }
        writing.set(false);
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(shown).containsExactlyInAnyOrderElementsOf(logged);
    }

    @Test
    void aLongNewsTextIsCutAtTenThousandCharactersSayingHowManyMore() {
        AgentSession a = client().startAgent(agentNamed("Implementer"));
        AgentSession b = client().startAgent(agentNamed("Reviewer"));
        for (int i = 0; i < 60; i++) {
            a.logger().log(EventCategory.FEATURE, i + " " + "x".repeat(400));
        }

        News news = b.news().take().orElseThrow();

        assertThat(news.items()).hasSize(60);
        assertThat(news.text()).hasSizeLessThanOrEqualTo(News.MAX_TEXT_LENGTH)
                .containsPattern("\\nand \\d+ more items not shown here \\(through event #60\\)$");
        assertThat(news.items().getFirst().line()).endsWith("x…");
    }

    @Test
    void aMessageToTheAgentIsAMessageItemAndAMessageToAnotherIsNotNews() {
        AgentSession a = client().startAgent(agentNamed("Implementer"));
        AgentSession b = client().startAgent(agentNamed("Reviewer"));
        client().startAgent(agentNamed("Tester"));
        a.messages().send(MessageDraft.to("Tester").subject("Not for the reviewer").build());
        Message toB = a.messages().send(MessageDraft.to("Reviewer").subject("Review TASK-4")
                .body("The cart API is done").importance(Importance.HIGH).ackRequired(true).build());

        News news = b.news().take().orElseThrow();

        assertThat(news.items()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(NewsItem.Kind.MESSAGE);
            assertThat(item.line()).isEqualTo("#" + toB.sequence() + " " + a.agentId() + " (Implementer) message to "
                    + "you: Review TASK-4 — The cart API is done; importance high; acknowledgement requested; "
                    + "message id " + toB.id());
        });
    }

    @Test
    void aReservationOverlappingTheAgentsOwnIsAReservationItem() {
        AgentSession a = client().startAgent(agentNamed("Implementer"));
        AgentSession b = client().startAgent(agentNamed("Reviewer"));
        b.reservations().reserve(ReservationRequest.builder(List.of("src/api/**")).exclusive(false).build());
        b.news().take();
        a.reservations().reserve(ReservationRequest.builder(List.of("src/api/Client.java")).exclusive(false).build());

        NewsItem item = b.news().take().orElseThrow().items().getFirst();

        assertThat(item.kind()).isEqualTo(NewsItem.Kind.RESERVATION);
        assertThat(item.line()).contains("reservation: reserved src/api/Client.java (shared, until ")
                .endsWith("(overlaps your reservation of src/api/**)");
    }

    @Test
    void aReservationCoveringAFileTheAgentJustTouchedIsAReservationItem() {
        AgentSession a = client().startAgent(agentNamed("Implementer"));
        AgentSession b = client().startAgent(agentNamed("Reviewer"));
        a.reservations().reserve(ReservationRequest.of(List.of("docs/**")));

        List<NewsItem> items = b.news().take(List.of("docs/guide.md", "README.md")).orElseThrow().items();

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(NewsItem.Kind.RESERVATION);
            assertThat(item.line()).endsWith("(covers docs/guide.md, which you just touched)");
        });
    }

    @Test
    void aTouchedPathOutsideTheRepositoryIsRefusedNamingTheField() {
        AgentSession b = client().startAgent(agentNamed("Reviewer"));

        assertThatThrownBy(() -> b.news().take(List.of("/etc/passwd")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("touchedPaths");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
