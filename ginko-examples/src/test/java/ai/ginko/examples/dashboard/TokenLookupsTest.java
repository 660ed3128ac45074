package ai.ginko.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.CoordinationUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class TokenLookupsTest {

    private final AtomicLong clock = new AtomicLong();
    private final Map<String, String> organizations = new ConcurrentHashMap<>(Map.of("gk_acme", "acme"));
    private final AtomicInteger lookUps = new AtomicInteger();
    private final TokenLookups lookups = new TokenLookups(token -> {
        lookUps.incrementAndGet();
        return Optional.ofNullable(organizations.get(token));
    }, clock::get);

    @Test
    void anAnswerIsUsedUntilOneSecondAfterItsLookUpBegan() {
        assertThat(lookups.organizationOf("gk_acme")).contains("acme");
        organizations.remove("gk_acme");

        clock.set(Duration.ofMillis(999).toNanos());
        assertThat(lookups.organizationOf("gk_acme")).as("revoked, within the second").contains("acme");
        clock.set(TokenLookups.TTL.toNanos());
        assertThat(lookups.organizationOf("gk_acme")).as("revoked, a second later").isEmpty();
        assertThat(lookUps).hasValue(2);
    }

    @Test
    void eachTokenHasAnswersOfItsOwn() {
        assertThat(lookups.organizationOf("gk_acme")).contains("acme");
        assertThat(lookups.organizationOf("gk_unknown")).isEmpty();
        assertThat(lookups.organizationOf("gk_unknown")).isEmpty();

        assertThat(lookUps).hasValue(2);
    }

    @Test
    void requestsArrivingDuringALookUpWaitForItInsteadOfMakingTheirOwn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        TokenLookups slow = new TokenLookups(token -> {
            lookUps.incrementAndGet();
            await(release);
            return Optional.of("acme");
        }, clock::get);
        List<String> answers = new CopyOnWriteArrayList<>();
        List<Thread> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            requests.add(Thread.ofPlatform().start(() -> answers.add(slow.organizationOf("gk_acme").orElseThrow())));
        }
        for (Thread request : requests) {
            while (request.getState() != Thread.State.WAITING) {
                Thread.sleep(5);
            }
        }

        release.countDown();
        for (Thread request : requests) {
            request.join();
        }
        assertThat(answers).hasSize(10).containsOnly("acme");
        assertThat(lookUps).hasValue(1);
    }

    @Test
    void aFailedLookUpIsThrownToItsRequestAndNotRemembered() {
        TokenLookups failingOnce = new TokenLookups(token -> {
            if (lookUps.incrementAndGet() == 1) {
                throw new CoordinationUnavailableException("Neo4j is unavailable: on purpose", null);
            }
            return Optional.of("acme");
        }, clock::get);

        assertThatThrownBy(() -> failingOnce.organizationOf("gk_acme"))
                .isInstanceOf(CoordinationUnavailableException.class).hasMessageContaining("on purpose");
        assertThat(failingOnce.organizationOf("gk_acme")).contains("acme");
    }

    @Test
    void pastTheLimitOfRememberedTokensANewOneIsLookedUpForEachRequest() {
        for (int i = 0; i < TokenLookups.MAX_REMEMBERED; i++) {
            lookups.organizationOf("gk_other_" + i);
        }
        int before = lookUps.get();

        lookups.organizationOf("gk_acme");
        lookups.organizationOf("gk_acme");

        assertThat(lookUps.get() - before).isEqualTo(2);
    }

    @Test
    void answersOlderThanASecondMakeRoomForNewTokens() {
        for (int i = 0; i < TokenLookups.MAX_REMEMBERED; i++) {
            lookups.organizationOf("gk_other_" + i);
        }
        clock.set(TokenLookups.TTL.toNanos());
        int before = lookUps.get();

        lookups.organizationOf("gk_acme");
        lookups.organizationOf("gk_acme");

        assertThat(lookUps.get() - before).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
