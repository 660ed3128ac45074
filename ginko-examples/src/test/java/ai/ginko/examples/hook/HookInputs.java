package ai.ginko.examples.hook;

/**
 * Hook inputs shaped exactly as Claude Code's hooks reference shows them (the common fields, then the event's own),
 * for the tests.
 */
final class HookInputs {

    static final String SESSION = "abc123";

    private HookInputs() {
    }

    static String sessionStart(String cwd) {
        return """
                {"session_id":"%s","transcript_path":"/home/u/.claude/projects/p/00893aaf.jsonl",\
                "cwd":"%s","hook_event_name":"SessionStart","source":"startup","model":"claude-sonnet-4-6"}\
                """.formatted(SESSION, cwd);
    }

    static String userPromptSubmit(String cwd) {
        return """
                {"session_id":"%s","transcript_path":"/home/u/.claude/projects/p/00893aaf.jsonl",\
                "cwd":"%s","permission_mode":"default","hook_event_name":"UserPromptSubmit",\
                "prompt":"Write a function to calculate the factorial of a number"}\
                """.formatted(SESSION, cwd);
    }

    static String preToolUse(String cwd, String tool, String file) {
        return """
                {"session_id":"%s","transcript_path":"/home/u/.claude/projects/p/00893aaf.jsonl",\
                "cwd":"%s","permission_mode":"default","hook_event_name":"PreToolUse","tool_name":"%s",\
                "tool_input":{"file_path":"%s","content":"file content"},"tool_use_id":"toolu_01ABC123"}\
                """.formatted(SESSION, cwd, tool, file);
    }

    static String postToolUse(String cwd, String file) {
        return """
                {"session_id":"%s","transcript_path":"/home/u/.claude/projects/p/00893aaf.jsonl",\
                "cwd":"%s","permission_mode":"default","hook_event_name":"PostToolUse","tool_name":"Write",\
                "tool_input":{"file_path":"%s","content":"file content"},\
                "tool_response":{"filePath":"%s","success":true},"tool_use_id":"toolu_01ABC123"}\
                """.formatted(SESSION, cwd, file, file);
    }

    static String postToolBatch(String cwd, String file) {
        return """
                {"session_id":"%s","transcript_path":"/home/u/.claude/projects/p/00893aaf.jsonl",\
                "cwd":"%s","permission_mode":"default","hook_event_name":"PostToolBatch",\
                "tool_calls":[{"tool_name":"Read","tool_input":{"file_path":"%s/README.md"},\
                "tool_use_id":"toolu_01"},{"tool_name":"Edit","tool_input":{"file_path":"%s",\
                "old_string":"a","new_string":"b"},"tool_use_id":"toolu_02"}]}\
                """.formatted(SESSION, cwd, cwd, file);
    }
}
