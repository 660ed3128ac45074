package ai.ginko.core.contract;

import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Scope;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import org.reactivestreams.tck.TestEnvironment;
import org.reactivestreams.tck.flow.FlowPublisherVerification;
import org.testng.annotations.AfterMethod;

/**
 * The Reactive Streams TCK (1.0.4, TestNG, run through the JUnit Platform) against
 * {@link CoordinationClient#publisher}. An implementation extends it and supplies {@link #newClient}, as for the
 * contract classes; all clients must share one store.
 *
 * <p><b>A stream of exactly {@code n} elements.</b> The library's feed is infinite: it ends only when its client
 * closes, with {@code onComplete}. So {@link #createFlowPublisher(long) createFlowPublisher(n)} logs {@code n}
 * events in a fresh scope, and each subscriber subscribes to {@code publisher(0, all())} of a client of its own on
 * that scope, which is closed right after the {@code n}-th event has been passed to the subscriber. Every signal
 * the TCK sees comes from the library: the events, their order and demand, and {@code onComplete} from the close.
 * (A client per subscriber, so that closing it after one subscriber's last event ends no one else's stream.)
 * Events are logged ahead of demand, {@value #LOGGED_AHEAD} at a time, so that the test of rule 3.17 with
 * {@code Integer.MAX_VALUE} elements, of which it takes a dozen, logs a few dozen only.
 *
 * <p><b>A failed publisher</b> ({@link #createFailedFlowPublisher()}, rules 1.4 and 1.9) is the publisher of a
 * client that was closed after it was created: subscribing to it signals {@code onSubscribe}, then
 * {@code onError(IllegalStateException: client is closed)}.
 *
 * <p><b>Rules opted out of: none.</b> Every required and optional rule of {@code PublisherVerification} runs (the
 * optional ones as strictly as the required ones, see {@link #optionalActivePublisherTest}), with the defaults for
 * {@link #maxElementsFromPublisher()} (no bound) and {@link #boundedDepthOfOnNextAndRequestRecursion()} (1:
 * {@code onNext} is always called on the subscription's own thread, never from within {@code request}). The TCK
 * itself skips the rules it marks {@code untested_} (1.6, 1.7 after onError, 1.8, 1.9 for throwing, 1.10, 3.4,
 * 3.5), which it cannot verify for any publisher.
 */
public abstract class FlowPublisherTck extends FlowPublisherVerification<Event> {

    /** How long the TCK waits for a signal; generous because the build shares two cores. */
    private static final long SIGNAL_TIMEOUT_MILLIS = 2_000;
    /** How long the TCK watches for a signal that must not come. */
    private static final long NO_SIGNAL_TIMEOUT_MILLIS = 200;
    /** How often the TCK looks for an expected error. */
    private static final long POLL_MILLIS = 10;
    /** How long after a cancel the subscriber must be unreachable (rule 3.13). */
    private static final long GC_TIMEOUT_MILLIS = 1_000;
    private static final int LOGGED_AHEAD = 16;

    private final List<CoordinationClient> clients = new CopyOnWriteArrayList<>();

    protected FlowPublisherTck() {
        super(new TestEnvironment(SIGNAL_TIMEOUT_MILLIS, NO_SIGNAL_TIMEOUT_MILLIS, POLL_MILLIS), GC_TIMEOUT_MILLIS);
    }

    /** A new client on the store shared by the whole test class. */
    protected abstract CoordinationClient newClient(ClientSettings settings);

    @AfterMethod(alwaysRun = true)
    public void closeClients() {
        clients.forEach(CoordinationClient::close);
        clients.clear();
    }

    /**
     * Holds the optional rules to the standard of the required ones. As shipped, the TCK turns an optional test's
     * failure into a skip, and a failure it only records (a missing {@code onComplete}, say) into a pass; here each
     * is run as a required test, which fails on either.
     */
    @Override
    public void optionalActivePublisherTest(long elements, boolean completionSignalRequired,
            PublisherTestRun<Event> body) throws Throwable {
        activePublisherTest(elements, completionSignalRequired, body);
    }

    @Override
    public Flow.Publisher<Event> createFlowPublisher(long elements) {
        Scope scope = ContractTestSupport.freshScope();
        LoggedEvents logged = new LoggedEvents(client(scope), elements);
        logged.logUpTo(LOGGED_AHEAD);
        return subscriber -> {
            CoordinationClient client = client(scope);
            Flow.Publisher<Event> publisher = client.publisher(0, EventFilter.all());
            if (subscriber == null) {
                publisher.subscribe(null); // rule 1.9: the library's own answer to a null subscriber
                return;
            }
            publisher.subscribe(new ClosingAfter(subscriber, elements, client, logged));
            if (elements == 0) {
                client.close();
            }
        };
    }

    @Override
    public Flow.Publisher<Event> createFailedFlowPublisher() {
        CoordinationClient client = client(ContractTestSupport.freshScope());
        Flow.Publisher<Event> publisher = client.publisher(0, EventFilter.all());
        client.close();
        return publisher;
    }

    private CoordinationClient client(Scope scope) {
        CoordinationClient client = newClient(ContractTestSupport.settingsFor(scope).build());
        clients.add(client);
        return client;
    }

    /** The events of one stream, logged as its subscribers get near the end of what is logged. */
    private static final class LoggedEvents {
        private final CoordinationClient writer;
        private final long total;
        private long logged;

        LoggedEvents(CoordinationClient writer, long total) {
            this.writer = writer;
            this.total = total;
        }

        synchronized void logUpTo(long count) {
            while (logged < Math.min(count, total)) {
                logged++;
                writer.logger().log(EventCategory.FIX, "element " + logged);
            }
        }
    }

    /**
     * Passes every signal on unchanged; after the {@code n}-th {@code onNext} closes the client, whose publisher
     * then ends the stream with {@code onComplete}.
     */
    private static final class ClosingAfter implements Flow.Subscriber<Event> {
        private final Flow.Subscriber<? super Event> downstream;
        private final long elements;
        private final CoordinationClient client;
        private final LoggedEvents logged;
        private long delivered;

        ClosingAfter(Flow.Subscriber<? super Event> downstream, long elements, CoordinationClient client,
                LoggedEvents logged) {
            this.downstream = downstream;
            this.elements = elements;
            this.client = client;
            this.logged = logged;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            downstream.onSubscribe(subscription);
        }

        @Override
        public void onNext(Event event) {
            downstream.onNext(event);
            delivered++;
            if (delivered == elements) {
                client.close();
            } else {
                logged.logUpTo(delivered + LOGGED_AHEAD);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            downstream.onError(throwable);
        }

        @Override
        public void onComplete() {
            downstream.onComplete();
        }
    }
}
