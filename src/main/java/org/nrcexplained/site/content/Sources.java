package org.nrcexplained.site.content;

import java.util.Map;

/** Citation labels of data/sources.yaml: what a reader sees in a citation bracket. */
public final class Sources {

    /** The most characters a citation label ({@code label}, {@code label_id}) may have. */
    public static final int LABEL_LIMIT = 30;

    private Sources() {
    }

    /**
     * The label a source shows on a page in {@code lang}: on Indonesian pages its {@code label_id}
     * when it has one, else its {@code label}, else its publisher and the year of its date ("NATO 1997").
     */
    public static String label(Map<String, Object> source, String key, String lang) {
        Object id = source.get("label_id");
        if ("id".equals(lang) && id instanceof String s && !s.isBlank()) {
            return s;
        }
        Object label = source.get("label");
        if (label instanceof String s && !s.isBlank()) {
            return s;
        }
        Object publisher = source.get("publisher");
        String date = String.valueOf(source.getOrDefault("date", ""));
        return (publisher == null ? key : publisher.toString()) + " " + (date.length() >= 4 ? date.substring(0, 4) : date);
    }
}
