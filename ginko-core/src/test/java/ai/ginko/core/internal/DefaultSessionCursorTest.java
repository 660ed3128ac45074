package ai.ginko.core.internal;

import static ai.ginko.core.TestEvents.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ai.ginko.core.CoordinationUnavailableException;
import ai.ginko.core.CursorPosition;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.TestEvents;
import ai.ginko.core.spi.CoordinationStore;
import ai.ginko.core.spi.CursorDraft;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DefaultSessionCursorTest {

    private static final String OWNER = "agent_a";
    private static final Runnable OPEN = () -> { };

    private final CoordinationStore store = mock(CoordinationStore.class);

    @BeforeEach
    void storeKeepsWhatIsWritten() {
        when(store.cursor(SCOPE, OWNER)).thenReturn(Optional.empty());
        when(store.writeCursor(eq(SCOPE), any())).thenAnswer(invocation -> {
            CursorDraft draft = invocation.getArgument(1);
            return new CursorPosition(draft.ownerId(), draft.currentTask(), draft.lastSequence(), draft.lastAction(),
                    Instant.EPOCH, draft.handoffNote());
        });
    }

    @Test
    void aNewOwnerStartsAtZero() {
        CursorPosition start = new DefaultSessionCursor(store, SCOPE, OWNER, true, OPEN).current();

        assertThat(start.lastSequence()).isZero();
        assertThat(start.currentTask()).isEmpty();
        assertThat(start.lastAction()).isEqualTo("started");
    }

    @Test
    void anOwnerResumesFromItsWrittenPosition() {
        CursorPosition written = new CursorPosition(OWNER, Optional.of("TASK-2"), 9, "handoff", Instant.EPOCH,
                Optional.of("note"));
        when(store.cursor(SCOPE, OWNER)).thenReturn(Optional.of(written));

        assertThat(new DefaultSessionCursor(store, SCOPE, OWNER, true, OPEN).current()).isEqualTo(written);
    }

    @Test
    void inRealtimeModeAnActionHandsTheStoreThePositionItLeadsTo() {
        DefaultSessionCursor cursor = new DefaultSessionCursor(store, SCOPE, OWNER, true, OPEN);
        cursor.markSeen(3);

        CursorDraft draft = cursor.loggedDraft("feature");

        assertThat(cursor.toWrite(draft)).contains(
                new CursorDraft(OWNER, Optional.empty(), 3, "logged feature", Optional.empty()));
    }

    @Test
    void aCommittedActionMovesThePositionAsTheStoreDoes() {
        DefaultSessionCursor cursor = new DefaultSessionCursor(store, SCOPE, OWNER, true, OPEN);
        CursorDraft draft = cursor.loggedDraft("feature");
        Event event = TestEvents.event(4, EventCategory.FEATURE, Optional.of(OWNER));

        cursor.committed(draft, event);

        assertThat(cursor.current()).isEqualTo(draft.withEvent(event, Optional.empty()));
        assertThat(cursor.current().lastSequence()).isEqualTo(4);
        assertThat(cursor.current().lastAction()).isEqualTo("logged feature");
        assertThat(cursor.current().updatedAt()).isEqualTo(event.timestamp());
        verify(store, never()).writeCursor(any(), any());
    }

    @Test
    void anActionThatReturnsAfterALaterOneDoesNotMoveThePositionBack() {
        DefaultSessionCursor cursor = new DefaultSessionCursor(store, SCOPE, OWNER, true, OPEN);
        CursorDraft earlier = cursor.claimedDraft("TASK-1");
        CursorDraft later = cursor.loggedDraft("fix");
        cursor.committed(later, TestEvents.event(7));

        cursor.committed(earlier, TestEvents.event(6));

        assertThat(cursor.current().lastSequence()).isEqualTo(7);
        assertThat(cursor.current().lastAction()).isEqualTo("logged fix");
    }

    @Test
    void aFailedRealtimeWriteIsNotThrownAndThePositionMovesOnLocally() {
        when(store.writeCursor(eq(SCOPE), any()))
                .thenThrow(new CoordinationUnavailableException("store down on purpose", null));
        DefaultSessionCursor cursor = new DefaultSessionCursor(store, SCOPE, OWNER, true, OPEN);

        CursorPosition position = cursor.markSeen(3);

        assertThat(position.lastSequence()).isEqualTo(3);
        assertThat(cursor.current()).isEqualTo(position);
    }

    @Test
    void aFailedHandoffIsThrown() {
        when(store.writeCursor(eq(SCOPE), any()))
                .thenThrow(new CoordinationUnavailableException("store down on purpose", null));
        DefaultSessionCursor cursor = new DefaultSessionCursor(store, SCOPE, OWNER, false, OPEN);

        assertThatThrownBy(() -> cursor.handoff("bye")).isInstanceOf(CoordinationUnavailableException.class);
    }

    @Test
    void withRealtimeOffOnlyTheHandoffWrites() {
        DefaultSessionCursor cursor = new DefaultSessionCursor(store, SCOPE, OWNER, false, OPEN);
        CursorDraft logged = cursor.loggedDraft("fix");
        assertThat(cursor.toWrite(logged)).isEmpty();
        cursor.committed(logged, TestEvents.event(2));
        CursorDraft claimed = cursor.claimedDraft("TASK-1");
        assertThat(cursor.toWrite(claimed)).isEmpty();
        cursor.committed(claimed, TestEvents.event(3));
        cursor.markSeen(5);
        verify(store, never()).writeCursor(any(), any());

        cursor.handoff("bye");

        ArgumentCaptor<CursorDraft> draft = ArgumentCaptor.forClass(CursorDraft.class);
        verify(store).writeCursor(eq(SCOPE), draft.capture());
        assertThat(draft.getValue()).isEqualTo(
                new CursorDraft(OWNER, Optional.of("TASK-1"), 5, "handoff", Optional.of("bye")));
    }

    @Test
    void finishingATaskKeepsALaterCurrentTask() {
        DefaultSessionCursor cursor = new DefaultSessionCursor(store, SCOPE, OWNER, true, OPEN);
        cursor.committed(cursor.claimedDraft("TASK-1"), TestEvents.event(1));
        cursor.committed(cursor.claimedDraft("TASK-2"), TestEvents.event(2));

        cursor.committed(cursor.finishedDraft("TASK-1", "completed"), TestEvents.event(3));
        assertThat(cursor.current().currentTask()).contains("TASK-2");
        assertThat(cursor.current().lastAction()).isEqualTo("completed TASK-1");

        cursor.committed(cursor.finishedDraft("TASK-2", "released"), TestEvents.event(4));
        assertThat(cursor.current().currentTask()).isEmpty();
    }

    @Test
    void anOlderLoggedEventDoesNotMoveThePositionBack() {
        DefaultSessionCursor cursor = new DefaultSessionCursor(store, SCOPE, OWNER, true, OPEN);
        cursor.markSeen(5);

        cursor.committed(cursor.loggedDraft("fix"), TestEvents.event(2));

        assertThat(cursor.current().lastSequence()).isEqualTo(5);
    }

    @Test
    void nothingIsWrittenOnceTheClientIsClosed() {
        DefaultSessionCursor cursor = new DefaultSessionCursor(store, SCOPE, OWNER, true, () -> {
            throw new IllegalStateException("client is closed");
        });

        assertThatThrownBy(() -> cursor.markSeen(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cursor.handoff("bye")).isInstanceOf(IllegalStateException.class);
        verify(store, never()).writeCursor(any(), any());
    }
}
