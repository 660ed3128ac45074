package ai.ginko.core.paths;

import java.util.List;

/**
 * Reads a pattern's text into its automaton, refusing what {@link PathPattern} does not allow. Each segment (the
 * text between separators) becomes a piece of the automaton: a literal code point, {@code ?} one code point but
 * the separator, {@code *} any run of them, {@code [...]} one of a class; a segment that is exactly {@code **}
 * matches whole directories. A final {@code /} stands for {@code /**}.
 */
final class GlobParser {

    /** The automaton and the literal text every match starts with (used to rule out an overlap cheaply). */
    record Parsed(Nfa nfa, String literalPrefix) {
    }

    private final String text;
    private final String field;
    private final Nfa.Builder builder = new Nfa.Builder();
    private final StringBuilder prefix = new StringBuilder();
    private boolean prefixOpen = true;

    private GlobParser(String text, String field) {
        this.text = text;
        this.field = field;
    }

    static Parsed parse(String text, String field) {
        RepositoryPath.checkText(text, field);
        return new GlobParser(text, field).parse();
    }

    private Parsed parse() {
        if (text.startsWith("/")) {
            throw refused("must be relative to the repository's root (no leading '/')");
        }
        boolean directory = text.endsWith("/") && !text.endsWith("\\/");
        String body = directory ? text.substring(0, text.length() - 1) : text;
        List<String> segments = List.of(body.split("/", -1));
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            RepositoryPath.checkSegment(segment, field, text);
            if (segment.equals("**")) {
                prefixOpen = false;
                if (last) {
                    builder.everything();
                } else {
                    builder.directories();
                }
                continue;
            }
            segment(segment);
            if (!last) {
                literal('/');
            }
        }
        if (directory && !segments.getLast().equals("**")) {
            literal('/');
            prefixOpen = false;
            builder.everything();
        }
        return new Parsed(builder.build(), prefix.toString());
    }

    private void segment(String segment) {
        int i = 0;
        while (i < segment.length()) {
            int c = segment.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '?' -> wildcard(CharSet.NOT_SLASH, false);
                case '*' -> {
                    while (i < segment.length() && segment.charAt(i) == '*') {
                        i++;
                    }
                    wildcard(CharSet.NOT_SLASH, true);
                }
                case '[' -> i = characterClass(segment, i);
                case '\\' -> {
                    if (i >= segment.length()) {
                        throw refused("must not end a segment with an escaping '\\' (a '\\' escapes the next "
                                + "character, never '/')");
                    }
                    int escaped = segment.codePointAt(i);
                    i += Character.charCount(escaped);
                    literal(escaped);
                }
                default -> literal(c);
            }
        }
    }

    private void literal(int codePoint) {
        builder.one(CharSet.single(codePoint));
        if (prefixOpen) {
            prefix.appendCodePoint(codePoint);
        }
    }

    private void wildcard(CharSet set, boolean repeated) {
        prefixOpen = false;
        if (repeated) {
            builder.any(set);
        } else {
            builder.one(set);
        }
    }

    /**
     * A class from just after its {@code [} to its {@code ]}: an optional {@code !} or {@code ^} negates it, a
     * {@code ]} right after the opening (and negation) is a member, {@code a-z} is a range, {@code \} escapes.
     * Never matches the separator. Returns the index after the {@code ]}.
     */
    private int characterClass(String segment, int start) {
        int i = start;
        boolean negated = i < segment.length() && (segment.charAt(i) == '!' || segment.charAt(i) == '^');
        if (negated) {
            i++;
        }
        CharSet members = CharSet.EMPTY;
        boolean first = true;
        while (true) {
            if (i >= segment.length()) {
                throw refused("has an unbalanced '[': a character class must close with ']' within its segment "
                        + "(a class never matches '/')");
            }
            int c = segment.codePointAt(i);
            if (c == ']' && !first) {
                i++;
                break;
            }
            first = false;
            int[] member = classMember(segment, i);
            int lo = member[0];
            i = member[1];
            int hi = lo;
            if (i + 1 < segment.length() && segment.charAt(i) == '-' && segment.charAt(i + 1) != ']') {
                int[] end = classMember(segment, i + 1);
                hi = end[0];
                i = end[1];
                if (hi < lo) {
                    throw refused("has a reversed range " + Character.toString(lo) + "-" + Character.toString(hi)
                            + " in a character class");
                }
            }
            members = members.union(CharSet.range(lo, hi));
        }
        CharSet set = negated ? CharSet.NOT_SLASH.minus(members) : members.intersect(CharSet.NOT_SLASH);
        wildcard(set, false);
        return i;
    }

    /** One member of a class, escaped or not: its code point and the index after it. */
    private int[] classMember(String segment, int index) {
        int i = index;
        int c = segment.codePointAt(i);
        i += Character.charCount(c);
        if (c == '\\') {
            if (i >= segment.length()) {
                throw refused("has an unbalanced '[': the escaping '\\' at its end leaves the class open");
            }
            c = segment.codePointAt(i);
            i += Character.charCount(c);
        }
        return new int[] {c, i};
    }

    private IllegalArgumentException refused(String rule) {
        return new IllegalArgumentException(field + " " + rule + ", was " + RepositoryPath.shown(text));
    }
}
