package org.nrcexplained.site.check;

import org.nrcexplained.site.content.ContentFile;
import org.nrcexplained.site.content.DataFile;
import org.nrcexplained.site.content.Site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One term per thing: the variants that data/terminology.yaml lists under {@code avoid_id} (and
 * {@code avoid_en}) are refused in the site's own text of that language: content headers and
 * bodies, UI strings, the article notes and the eras. Text inside double quotation marks is a
 * mention, not a use ("VOI writes "…""), and is not checked; nor are citation keys and link
 * targets, nor a term file's title and {@code other} field, which name the term itself.
 */
final class TerminologyCheck {

    /** Header fields that are prose in the file's own language. */
    private static final List<String> PROSE = List.of("title", "description", "summary", "definition", "role", "wants", "expansion", "country");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\n]*\"|“[^”\\n]*”");
    /** Citations and link targets: keys, not prose ([[nato-brussels-summit-2021]], (term:nrc)). */
    private static final Pattern KEYS = Pattern.compile("\\[\\[[^\\]]*\\]\\]|\\]\\([^)]*\\)");

    /** A phrase to avoid (lowercase, single spaces) and the term to use instead. */
    private record Variant(String phrase, String use) {
    }

    private TerminologyCheck() {
    }

    /** Adds a mistake for every use of an avoided variant. */
    static void run(Site site, List<Mistake> mistakes) {
        DataFile table = site.terminology();
        Map<String, List<Variant>> byLang = Map.of("id", variants(table, "avoid_id", "id", mistakes), "en", variants(table, "avoid_en", "en", mistakes));
        for (ContentFile f : site.files()) {
            List<Variant> variants = byLang.getOrDefault(f.lang(), List.of());
            if (variants.isEmpty()) {
                continue;
            }
            for (String field : PROSE) {
                if (f.has(field) && !("term".equals(f.type()) && field.equals("title"))) {
                    find(f.get(field), variants, f.path(), f.lineOf(field), field, mistakes);
                }
            }
            String[] lines = f.body().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                find(lines[i], variants, f.path(), f.bodyLine() + i, "body", mistakes);
            }
        }
        for (String lang : List.of("en", "id")) {
            for (Map.Entry<String, Object> e : site.i18n().map(lang).entrySet()) {
                find(String.valueOf(e.getValue()), byLang.get(lang), site.i18n().path(), site.i18n().lineContaining("  " + e.getKey() + ":"), e.getKey(), mistakes);
            }
        }
        for (Map.Entry<String, Map<String, Object>> p : DataFile.entries(site.article().values().get("paragraphs")).entrySet()) {
            for (Map.Entry<String, Object> field : p.getValue().entrySet()) {
                String lang = field.getKey().endsWith("_id") ? "id" : field.getKey().endsWith("_en") ? "en" : null;
                if (lang != null) {
                    find(String.valueOf(field.getValue()), byLang.get(lang), site.article().path(),
                        site.article().lineContaining(String.valueOf(field.getValue())), p.getKey() + "." + field.getKey(), mistakes);
                }
            }
        }
        for (Map<String, Object> era : site.eras().list("eras")) {
            for (String lang : List.of("en", "id")) {
                if (era.get(lang) != null) {
                    find(String.valueOf(era.get(lang)), byLang.get(lang), site.eras().path(), site.eras().lineContaining(String.valueOf(era.get(lang))), lang, mistakes);
                }
            }
        }
    }

    private static List<Variant> variants(DataFile table, String field, String lang, List<Mistake> mistakes) {
        List<Variant> out = new ArrayList<>();
        for (Map<String, Object> term : table.list("terms")) {
            Object use = term.get(lang);
            if (!(use instanceof String) || ((String) use).isBlank()) {
                mistakes.add(new Mistake(table.path(), table.lineContaining(String.valueOf(term.get("en"))), lang,
                    "a term of the table needs its " + lang + " wording (en: and id:, each quoted)."));
                continue;
            }
            if (term.get(field) instanceof List<?> avoid) {
                for (Object phrase : avoid) {
                    String p = String.valueOf(phrase).trim();
                    if (!p.isEmpty()) {
                        out.add(new Variant(p.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), (String) use));
                    }
                }
            }
        }
        return out;
    }

    private static void find(String text, List<Variant> variants, String path, int line, String field, List<Mistake> mistakes) {
        if (variants == null || variants.isEmpty()) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (variants.stream().noneMatch(v -> lower.contains(v.phrase().substring(0, v.phrase().indexOf(' ') < 0 ? v.phrase().length() : v.phrase().indexOf(' '))))) {
            return; // not even the first word of any variant: the usual case, decided without regular expressions
        }
        String unquoted = QUOTED.matcher(KEYS.matcher(lower).replaceAll("] ")).replaceAll(" ").replaceAll("\\s+", " ");
        for (Variant v : variants) {
            if (containsWord(unquoted, v.phrase())) {
                mistakes.add(new Mistake(path, line, field, "writes '" + v.phrase() + "'; the site's term is '" + v.use()
                    + "' (data/terminology.yaml). Use it, or put a quoted wording in quotation marks."));
            }
        }
    }

    /** Whether {@code text} contains {@code phrase} with no letter or digit right before or after it. */
    private static boolean containsWord(String text, String phrase) {
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
            int end = i + phrase.length();
            if ((i == 0 || !Character.isLetterOrDigit(text.codePointBefore(i))) && (end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
