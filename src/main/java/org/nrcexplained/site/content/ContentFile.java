package org.nrcexplained.site.content;

import java.util.Map;

/**
 * One content file as an editor wrote it: its path under the project ({@code content/actors/nato.md}),
 * its header fields with the line each is on, and its Markdown body with the line it starts on.
 */
public record ContentFile(String path, Map<String, String> header, Map<String, Integer> headerLines,
                          String body, int bodyLine) {

    /** The value of a header field, or "" when the file does not have it. */
    public String get(String field) {
        return header.getOrDefault(field, "");
    }

    /** Whether the header has the field (even with an empty value). */
    public boolean has(String field) {
        return header.containsKey(field);
    }

    /** The line a header field is on; the first line when the file does not have it. */
    public int lineOf(String field) {
        return headerLines.getOrDefault(field, 1);
    }

    /** The file's type, language and key (header fields {@code type}, {@code lang}, {@code key}). */
    public String type() {
        return get("type");
    }

    /** The file's language: {@code en} or {@code id}. */
    public String lang() {
        return get("lang");
    }

    /** The file's key, shared with its twin. */
    public String key() {
        return get("key");
    }

    /** Whether the file says {@code status=published}. */
    public boolean published() {
        return "published".equals(get("status"));
    }
}
