package ai.ginko.examples.hook;

import java.util.Locale;

/**
 * What a PreToolUse hook answers when the file an edit would write is held exclusively by another agent:
 * {@code deny} (the default; the reason goes to Claude) or {@code ask} (the reason goes to the user, who decides).
 * Set by {@code GINKO_HOOK_CONFLICT} in the hook's environment.
 */
public enum ConflictMode {
    DENY,
    ASK;

    public static final String ENV = "GINKO_HOOK_CONFLICT";

    /** The value of {@code permissionDecision}. */
    public String decision() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a setting, in any case.
     *
     * @throws IllegalArgumentException naming {@value #ENV} when the value is neither {@code deny} nor {@code ask}
     */
    public static ConflictMode parse(String value) {
        for (ConflictMode mode : values()) {
            if (mode.decision().equalsIgnoreCase(value.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException(ENV + " must be deny or ask, was " + value);
    }
}
