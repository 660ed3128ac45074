package ai.ginko.core.internal;

import ai.ginko.core.Event;
import java.util.List;

/** Something the {@link EventPoller} hands each new batch to. Must not block: the poller serves every sink in turn. */
interface PollSink {

    /** A gap-free batch, ascending, continuing the previous one. */
    void accept(List<Event> batch);

    /**
     * The sequence this sink needs the poller to start after when the poller (re)starts. A sink cannot rely on
     * catching up from the store by itself: it sees what it missed only when a later batch arrives.
     */
    long requiredStart();
}
