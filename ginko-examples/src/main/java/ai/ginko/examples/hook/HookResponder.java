package ai.ginko.examples.hook;

import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.News;
import ai.ginko.core.PathHold;
import ai.ginko.core.Reservation;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What ginko answers to one Claude Code hook, for one agent: the same whether the session's {@code ginko mcp}
 * process answers it or the command line does.
 *
 * <ul>
 *   <li>SessionStart: an overview of the project (who is here and on what, this agent's claims and reservations,
 *       its unread messages, the active blockers, the tasks ready for it) followed by the agent's news;
 *   <li>UserPromptSubmit, PostToolUse, PostToolBatch: the agent's news (with the files the tools touched, for
 *       reservations that cover them), nothing when there is none;
 *   <li>PreToolUse of a tool that writes a file ({@link #EDIT_TOOLS}): {@code permissionDecision} {@code deny} (or
 *       {@code ask}, see {@link ConflictMode}) with the reason when another agent holds the file exclusively;
 *       nothing otherwise;
 *   <li>any other event: nothing.
 * </ul>
 */
public final class HookResponder {

    public static final String SESSION_START = "SessionStart";
    public static final String USER_PROMPT_SUBMIT = "UserPromptSubmit";
    public static final String PRE_TOOL_USE = "PreToolUse";
    public static final String POST_TOOL_USE = "PostToolUse";
    public static final String POST_TOOL_BATCH = "PostToolBatch";

    private final CoordinationClient client;
    private final AgentSession session;

    public HookResponder(CoordinationClient client, AgentSession session) {
        this.client = client;
        this.session = session;
    }

    /** The tools whose PreToolUse is checked against other agents' reservations: those that write a file. */
    static final Set<String> EDIT_TOOLS = Set.of("Edit", "Write", "MultiEdit", "NotebookEdit");

    /** Whether {@link #respond} may answer this hook with anything; the command line connects only then. */
    public static boolean answers(HookInput input) {
        return switch (input.event()) {
            case SESSION_START, USER_PROMPT_SUBMIT, POST_TOOL_USE, POST_TOOL_BATCH -> true;
            case PRE_TOOL_USE -> editsFiles(input);
            default -> false;
        };
    }

    private static boolean editsFiles(HookInput input) {
        return input.toolName().filter(EDIT_TOOLS::contains).isPresent() && !input.relativeFiles().isEmpty();
    }

    /** The JSON to print, or empty for nothing. */
    public Optional<String> respond(HookInput input, ConflictMode conflicts) {
        return switch (input.event()) {
            case SESSION_START -> Optional.of(HookOutput.additionalContext(SESSION_START, sessionStart()));
            case USER_PROMPT_SUBMIT -> session.news().take()
                    .map(news -> HookOutput.additionalContext(input.event(), news.text()));
            case POST_TOOL_USE, POST_TOOL_BATCH -> session.news().take(input.relativeFiles())
                    .map(news -> HookOutput.additionalContext(input.event(), news.text()));
            case PRE_TOOL_USE -> editsFiles(input) ? heldByAnother(input.relativeFiles())
                    .map(hold -> HookOutput.permissionDecision(conflicts.decision(), reason(hold)))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The first of the files that another agent holds exclusively, with its reservation. */
    private Optional<PathHold> heldByAnother(List<String> files) {
        return client.holders(files).stream()
                .filter(hold -> hold.reservation().exclusive()
                        && !hold.reservation().agentId().equals(session.agentId()))
                .findFirst();
    }

    /** {@code src/api/Client.java is reserved by agent_… (Claude-Implementer) with src/api/** (exclusive) until …}. */
    static String reason(PathHold hold) {
        Reservation reservation = hold.reservation();
        return hold.path() + " is reserved by " + reservation.agentId() + " (" + reservation.agentName() + ") with "
                + reservation.pattern().text() + " (exclusive) until "
                + reservation.expiresAt().truncatedTo(ChronoUnit.SECONDS)
                + reservation.reason().map(why -> "; reason: " + why).orElse("");
    }

    private String sessionStart() {
        String overview = SessionOverview.of(client, session.agentId());
        Optional<News> news = session.news().take();
        if (news.isEmpty()) {
            return overview;
        }
        String text = news.orElseThrow().text();
        // The news alone fits the limit; the overview gives up its last lines when both do not.
        return SessionOverview.cut(overview, News.MAX_TEXT_LENGTH - text.length() - 2)
                .map(cut -> cut + "\n\n" + text).orElse(text);
    }
}
