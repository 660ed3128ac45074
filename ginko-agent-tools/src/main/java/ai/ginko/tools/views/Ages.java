package ai.ginko.tools.views;

import java.time.Duration;

/** How long ago something happened, in the largest whole unit: {@code 45s ago}, {@code 12m ago}, {@code 3h ago}. */
final class Ages {

    private Ages() {
    }

    static String ago(Duration age) {
        long seconds = Math.max(0, age.toSeconds());
        if (seconds < 60) {
            return seconds + "s ago";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m ago";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + "h ago";
        }
        return seconds / 86_400 + "d ago";
    }
}
