package ai.ginko.examples.mcp;

import ai.ginko.core.AgentNews;
import ai.ginko.core.News;
import ai.ginko.core.NewsItem;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's news on every tool result (unless turned off): clients without hooks (Codex, Cursor, Gemini CLI) then
 * see the others' work whenever the agent uses any ginko tool. The news comes as one more text block and as a
 * {@code news} field of the structured content, which every tool's output schema allows.
 */
final class ResultNews {

    /** The {@code news} field's JSON Schema. */
    static final Map<String, Object> SCHEMA = Map.of(
            "type", "object",
            "description", "What other agents did since this agent was last shown anything (hooks and tool "
                    + "results share it): each event once, oldest first.",
            "properties", Map.of(
                    "after_sequence", Map.of("type", "integer"),
                    "through_sequence", Map.of("type", "integer"),
                    "text", Map.of("type", "string"),
                    "items", Map.of("type", "array", "items", Map.of("type", "object", "properties", Map.of(
                            "kind", Map.of("type", "string", "enum",
                                    Arrays.stream(NewsItem.Kind.values()).map(NewsItem.Kind::wireName).toList()),
                            "line", Map.of("type", "string"),
                            "event_id", Map.of("type", "string"),
                            "sequence", Map.of("type", "integer"))))));

    private static final Logger LOG = LoggerFactory.getLogger(ResultNews.class);

    private final Optional<CompletableFuture<? extends AgentNews>> news;

    /**
     * @param news the agent's news once its session has started; empty when results carry none
     *             ({@code GINKO_MCP_NEWS=off})
     */
    ResultNews(Optional<CompletableFuture<? extends AgentNews>> news) {
        this.news = news;
    }

    boolean enabled() {
        return news.isPresent();
    }

    /**
     * The news now; empty when there is none, it is off, or it could not be read (the result goes out anyway). It
     * is taken after the tool's call, which waited for the agent's session: a session not started by then failed
     * that call, whose error goes out without news.
     */
    Optional<News> take() {
        try {
            return news.filter(started -> started.state() == Future.State.SUCCESS)
                    .flatMap(started -> started.resultNow().take());
        } catch (RuntimeException e) {
            LOG.warn("A tool result goes out without the agent's news: {}", e.toString());
            return Optional.empty();
        }
    }

    /** {@code schema} of an object, with the optional {@code news} property added. */
    static Map<String, Object> withNewsProperty(Map<String, Object> schema) {
        Map<String, Object> extended = new LinkedHashMap<>(schema);
        Map<String, Object> properties = new LinkedHashMap<>();
        if (schema.get("properties") instanceof Map<?, ?> existing) {
            existing.forEach((name, property) -> properties.put(String.valueOf(name), property));
        }
        properties.put("news", SCHEMA);
        extended.put("properties", properties);
        return extended;
    }

    /** The structured content with its {@code news} field. */
    static Map<String, Object> withNews(Map<String, Object> structured, News news) {
        Map<String, Object> extended = new LinkedHashMap<>(structured);
        extended.put("news", json(news));
        return extended;
    }

    private static Map<String, Object> json(News news) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("after_sequence", news.afterSequence());
        json.put("through_sequence", news.throughSequence());
        json.put("text", news.text());
        json.put("items", news.items().stream().map(ResultNews::json).toList());
        return json;
    }

    private static Map<String, Object> json(NewsItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", item.kind().wireName());
        json.put("line", item.line());
        item.event().ifPresent(event -> {
            json.put("event_id", event.id());
            json.put("sequence", event.sequence());
        });
        return json;
    }
}
