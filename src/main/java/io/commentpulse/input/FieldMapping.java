package io.commentpulse.input;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which field of a record holds each part of a comment: given by the user ({@code --text-column} …) or guessed from
 * common names ({@code body}, {@code message}, {@code content}, {@code comment_text}; {@code created_at},
 * {@code created_utc}, {@code date}; {@code link_id}, {@code parent_id} …).
 */
public record FieldMapping(String id, String text, String time, String author, String article, String parent,
                           String title) {
    static final Map<String, List<String>> GUESSES = Map.of(
            "id", List.of("comment_id", "id", "name", "post_id", "uuid"),
            "text", List.of("text", "body", "message", "content", "comment_text", "comment", "raw_message"),
            "time", List.of("timestamp", "created_at", "created_utc", "created", "date", "datetime", "time",
                    "published", "createdAt"),
            "author", List.of("author", "user", "username", "user_name", "author_name", "name_of_author", "by"),
            "article", List.of("article_id", "article", "link_id", "thread", "thread_id", "post", "url", "story_id"),
            "parent", List.of("reply_to", "parent_id", "parent", "in_reply_to"),
            "title", List.of("article_title", "title", "link_title", "thread_title"));

    /** No field given: every part guessed. */
    public static FieldMapping guessAll() {
        return new FieldMapping(null, null, null, null, null, null, null);
    }

    /** This mapping with every part the user left open guessed from {@code fields}; "" where nothing fits. */
    public FieldMapping completedFrom(Set<String> fields) {
        // a field the user named, or one already guessed for another part, is not guessed again
        Set<String> used = new java.util.HashSet<>();
        for (String g : new String[]{id, text, time, author, article, parent, title}) {
            if (g != null) {
                used.add(g);
            }
        }
        return new FieldMapping(pick(id, "id", fields, used), pick(text, "text", fields, used),
                pick(time, "time", fields, used), pick(author, "author", fields, used),
                pick(article, "article", fields, used), pick(parent, "parent", fields, used),
                pick(title, "title", fields, used));
    }

    private static String pick(String given, String part, Set<String> fields, Set<String> used) {
        if (given != null) {
            return given;
        }
        for (String name : GUESSES.get(part)) {
            if (fields.contains(name) && used.add(name)) {
                return name;
            }
            // as a spreadsheet may write it: "Text", " Created At ", "created-at"
            for (String f : fields) {
                if (normalized(f).equals(normalized(name)) && used.add(f)) {
                    return f;
                }
            }
        }
        return "";
    }

    private static String normalized(String field) {
        return field.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    /**
     * Whether a comments CSV with these columns must be mapped before it is scored: its id, text, time or article is in
     * a column other than the one this tool writes it in ({@code ID}, {@code Text}, {@code created_at} for
     * {@code timestamp}, {@code article} for {@code article_id}), so that scoring it as it is would leave the comments
     * unread, undated or all in one article. (An author or title named otherwise only goes unshown, as before.)
     */
    public static boolean needsMapping(Set<String> columns) {
        FieldMapping m = guessAll().completedFrom(columns);
        return !(m.id.equals("comment_id") || m.id.equals("id")) || !m.text.equals("text")
                || !(m.time.isEmpty() || m.time.equals("timestamp"))
                || !(m.article.isEmpty() || m.article.equals("article_id"));
    }

    /** True when the user named any part (a CSV is then mapped, whatever its header). */
    public boolean named() {
        return java.util.Arrays.asList(id, text, time, author, article, parent, title).stream().anyMatch(f -> f != null);
    }

    /** True when every part has a field. */
    public boolean complete() {
        return List.of(id, text, time, author, article, parent, title).stream().allMatch(f -> f != null && !f.isEmpty());
    }

    /** "text=body, time=created_utc, …" for the message that tells the user what was used. */
    public String describe() {
        return "id=" + shown(id) + ", text=" + shown(text) + ", time=" + shown(time) + ", author=" + shown(author)
                + ", article=" + shown(article) + ", reply_to=" + shown(parent) + ", title=" + shown(title);
    }

    private static String shown(String f) {
        return f == null || f.isEmpty() ? "(none)" : f;
    }
}
