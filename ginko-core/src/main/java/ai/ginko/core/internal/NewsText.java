package ai.ginko.core.internal;

import ai.ginko.core.News;
import ai.ginko.core.NewsItem;
import java.util.List;

/**
 * The text of a {@link News}: a header naming the events covered, then one line per item, oldest first, cut to
 * {@link News#MAX_TEXT_LENGTH} characters with a last line saying how many items did not fit.
 */
final class NewsText {

    /** Room kept for the last line of a cut text ("and 12345 more items …"). */
    private static final int CUT_LINE_ROOM = 80;

    private NewsText() {
    }

    static String of(List<NewsItem> items, long afterSequence, long throughSequence) {
        StringBuilder text = new StringBuilder("Ginko news (events #").append(afterSequence + 1)
                .append(afterSequence + 1 == throughSequence ? "" : "–#" + throughSequence).append("):");
        int shown = 0;
        for (NewsItem item : items) {
            boolean last = shown == items.size() - 1;
            int room = News.MAX_TEXT_LENGTH - (last ? 0 : CUT_LINE_ROOM);
            if (text.length() + 1 + item.line().length() > room) {
                break;
            }
            text.append('\n').append(item.line());
            shown++;
        }
        if (shown < items.size()) {
            int more = items.size() - shown;
            text.append("\nand ").append(more).append(more == 1 ? " more item" : " more items")
                    .append(" not shown here (through event #").append(throughSequence).append(")");
        }
        return text.toString();
    }
}
