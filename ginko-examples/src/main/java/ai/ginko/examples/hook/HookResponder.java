package ai.ginko.examples.hook;

import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.News;
import java.util.Optional;

/**
 * What ginko answers to one Claude Code hook, for one agent: the same whether the session's {@code ginko mcp}
 * process answers it or the command line does.
 *
 * <ul>
 *   <li>SessionStart: an overview of the project (who is here and on what, this agent's claims, the active
 *       blockers, the tasks ready for it) followed by the agent's news;
 *   <li>UserPromptSubmit, PostToolUse, PostToolBatch: the agent's news, nothing when there is none;
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

    /** Whether {@link #respond} may answer this hook with anything; the command line connects only then. */
    public static boolean answers(HookInput input) {
        return switch (input.event()) {
            case SESSION_START, USER_PROMPT_SUBMIT, POST_TOOL_USE, POST_TOOL_BATCH -> true;
            default -> false;
        };
    }

    /** The JSON to print, or empty for nothing. */
    public Optional<String> respond(HookInput input) {
        return switch (input.event()) {
            case SESSION_START -> Optional.of(HookOutput.additionalContext(SESSION_START, sessionStart()));
            case USER_PROMPT_SUBMIT, POST_TOOL_USE, POST_TOOL_BATCH -> session.news().take()
                    .map(news -> HookOutput.additionalContext(input.event(), news.text()));
            default -> Optional.empty();
        };
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
