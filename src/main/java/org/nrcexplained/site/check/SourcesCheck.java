package org.nrcexplained.site.check;

import org.nrcexplained.site.content.DataFile;
import org.nrcexplained.site.content.Site;
import org.nrcexplained.site.content.Sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules for data/sources.yaml: known fields, required fields as quoted text, well-formed dates,
 * web addresses and language codes, and short citation labels that tell every source apart in
 * each language.
 */
final class SourcesCheck {

    static final List<String> FIELDS = List.of("publisher", "label", "label_id", "title", "date", "url", "lang");
    static final List<String> REQUIRED = List.of("publisher", "title", "date", "url", "lang");
    static final int LABEL_LIMIT = Sources.LABEL_LIMIT;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private final DataFile file;
    private final List<Mistake> mistakes;

    private SourcesCheck(DataFile file, List<Mistake> mistakes) {
        this.file = file;
        this.mistakes = mistakes;
    }

    /** Adds every mistake of data/sources.yaml to {@code mistakes}. */
    static void run(Site site, List<Mistake> mistakes) {
        SourcesCheck check = new SourcesCheck(site.sources(), mistakes);
        for (Map.Entry<String, Object> e : site.sources().values().entrySet()) {
            check.source(e.getKey(), e.getValue());
        }
        check.distinct("en", "label");
        check.distinct("id", "label_id");
    }

    private void fail(String key, String field, String message) {
        mistakes.add(new Mistake(file.path(), file.lineOf(key, field), field, "source '" + key + "': " + message));
    }

    private void source(String key, Object value) {
        if (!key.matches(Keys.PATTERN)) {
            mistakes.add(new Mistake(file.path(), file.lineOf(key), "key", "'" + key + "' is not a source key: lowercase letters, digits and hyphens."));
        }
        if (!(value instanceof Map<?, ?>)) {
            mistakes.add(new Mistake(file.path(), file.lineOf(key), "key", "source '" + key + "' has no fields. Every source needs " + String.join(", ", REQUIRED) + "."));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) value;
        for (String field : s.keySet()) {
            if (!FIELDS.contains(field)) {
                fail(key, field, "is not a field of a source (misspelt?). Allowed: " + String.join(", ", FIELDS) + ".");
            }
        }
        for (Map.Entry<String, Object> e : s.entrySet()) {
            if (e.getValue() instanceof String v && v.startsWith("TODO")) {
                fail(key, e.getKey(), "is still a placeholder: \"" + v + "\". Write it.");
            }
        }
        boolean complete = true;
        for (String field : REQUIRED) {
            if (!(s.get(field) instanceof String v) || v.isBlank()) {
                fail(key, field, "is missing or empty. Every source needs " + String.join(", ", REQUIRED) + ", each as text in quotes.");
                complete = false;
            }
        }
        if (s.get("date") instanceof String date && !date.matches("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?")) {
            fail(key, "date", "'" + date + "' is not a date. Write it like 2021-12-17, or 2021-12 or 2021 when only the month or year is known.");
            complete = false;
        }
        if (s.get("url") instanceof String url && !url.matches("https?://[^\\s\"<>]+")) {
            fail(key, "url", "'" + url + "' is not a web address. Copy the full address from the browser, starting with https://.");
        }
        if (s.get("lang") instanceof String lang && !lang.matches("[a-z]{2,3}")) {
            fail(key, "lang", "'" + lang + "' is not a language code. Write the source's language as a two-letter code: en, id, ru, uk, de…");
        }
        if (complete) {
            label(key, s, "label");
            label(key, s, "label_id");
        }
    }

    private void label(String key, Map<String, Object> s, String field) {
        if (!s.containsKey(field)) {
            return;
        }
        Object value = s.get(field);
        if (value == null || (value instanceof String v && v.isBlank())) {
            fail(key, field, "is empty. Write a short label such as \"Kremlin 2021\", or delete the line to show publisher and year.");
            return;
        }
        if (!(value instanceof String l)) {
            fail(key, field, "must be text in quotes, e.g. " + field + ": \"Kremlin 2021\".");
            return;
        }
        if (!l.matches("\\S+( \\S+)*")) {
            fail(key, field, "'" + l + "' must be one line, words separated by single spaces, without spaces at the start or end.");
            return;
        }
        if (l.length() > LABEL_LIMIT) {
            fail(key, field, "'" + l + "' has " + l.length() + " characters; a label has at most " + LABEL_LIMIT
                + ". Shorten it the way newsrooms do: \"US State Dept 2022\", \"RFE/RL 2021\".");
            return;
        }
        String date = (String) s.get("date");
        String year = date.substring(0, 4);
        if (!l.matches(".* " + year + "[a-z]?")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.*) \\d{4}([a-zA-Z]?)[a-zA-Z]*").matcher(l);
            String fixed = m.matches() ? m.group(1) + " " + year + m.group(2).toLowerCase() : l + " " + year;
            fail(key, field, "'" + l + "' must end with the year of the source's date=" + date
                + ", and at most one lowercase letter after it to tell sources apart, like '" + fixed + "'.");
        }
    }

    /** One source's label on pages of one language, and that label without a trailing letter. */
    private record Shown(String key, String label, String base, boolean ownId) {
    }

    /**
     * No two sources show the same label on pages of {@code lang}; once sources of a name and year
     * carry letters ("TASS 2021a"), none shows the bare "TASS 2021".
     */
    private void distinct(String lang, String field) {
        List<Shown> shown = new ArrayList<>();
        for (Map.Entry<String, Object> e : file.values().entrySet()) {
            if (e.getValue() instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> s = (Map<String, Object>) m;
                String label = Sources.label(s, e.getKey(), lang);
                String base = label.matches(".* \\d{4}[a-z]") ? label.substring(0, label.length() - 1) : label;
                shown.add(new Shown(e.getKey(), label, base, s.get("label_id") instanceof String));
            }
        }
        shown.sort(Comparator.comparing(Shown::label).thenComparing(Shown::key));
        shown.sort(Comparator.comparing(Shown::base)); // stable: within a base, by label
        Set<String> reported = new java.util.HashSet<>();
        for (int i = 1; i < shown.size(); i++) {
            Shown prev = shown.get(i - 1);
            Shown cur = shown.get(i);
            if ("id".equals(lang) && !prev.ownId() && !cur.ownId()) {
                continue; // the same labels as on English pages: reported there
            }
            if (prev.label().equals(cur.label()) && reported.add(cur.label())) {
                mistakes.add(new Mistake(file.path(), file.lineOf(cur.key()), field, "sources '" + prev.key() + "' and '" + cur.key()
                    + "' both show the citation label '" + cur.label() + "'" + ("id".equals(lang) ? " on Indonesian pages" : "")
                    + ", so readers cannot tell them apart. Give each a letter after the year, in order of date: '"
                    + cur.base() + "a', '" + cur.base() + "b' and so on (" + field + ": \"" + cur.base() + "a\")."));
            } else if (prev.base().equals(cur.base()) && prev.label().equals(prev.base()) && !cur.label().equals(cur.base()) && reported.add(prev.label())) {
                String last = cur.label();
                for (int j = i; j < shown.size() && shown.get(j).base().equals(cur.base()); j++) {
                    last = shown.get(j).label();
                }
                char next = LETTERS.charAt(Math.min(LETTERS.indexOf(last.charAt(last.length() - 1)) + 1, 25));
                mistakes.add(new Mistake(file.path(), file.lineOf(prev.key()), field, "source '" + prev.key() + "': shows '" + prev.label() + "', but "
                    + (last.equals(cur.label()) ? "another source of that name and year shows '" + last : "other sources of that name and year show '"
                    + cur.label() + "' to '" + last) + "'. Give it a letter too, the next one: " + field + ": \"" + cur.base() + next + "\"."));
            }
        }
    }
}
