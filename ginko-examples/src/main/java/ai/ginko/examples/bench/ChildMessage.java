package ai.ginko.examples.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A line a child JVM writes on its stdout for the parent: {@code #bench <kind> <field> <field>…}. Any other line
 * (a library's log output, say) is not a message, and the parent passes it through instead of parsing it.
 */
record ChildMessage(String kind, List<String> fields) {

    private static final String MARK = "#bench";

    ChildMessage(String kind, Object... fields) {
        this(kind, Arrays.stream(fields).map(String::valueOf).toList());
    }

    static Optional<ChildMessage> parse(String line) {
        String[] words = line.strip().split("\\s+");
        if (words.length < 2 || !words[0].equals(MARK)) {
            return Optional.empty();
        }
        return Optional.of(new ChildMessage(words[1], List.of(words).subList(2, words.length)));
    }

    String format() {
        return fields.stream().collect(Collectors.joining(" ", MARK + " " + kind + (fields.isEmpty() ? "" : " "), ""));
    }

    void sendTo(PrintStream out) {
        out.println(format());
        out.flush();
    }

    /** @throws BenchmarkFailure when this is another kind of message than the protocol expects here */
    ChildMessage expect(String expectedKind) {
        if (!kind.equals(expectedKind)) {
            throw new BenchmarkFailure("expected a '" + expectedKind + "' message from the child, got: " + format());
        }
        return this;
    }

    long longField(int position) {
        return Long.parseLong(fields.get(position));
    }

    double doubleField(int position) {
        return Double.parseDouble(fields.get(position));
    }
}
