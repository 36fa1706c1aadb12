package org.nrcexplained.site.cards;

import org.nrcexplained.site.content.DataFile;

import java.util.List;
import java.util.Map;

/**
 * The UI strings the cards use (site name, tagline, kind labels, month names), from
 * data/i18n.yaml, the one place where both languages' labels live, as the content model reads it.
 */
public final class CardStrings {

    private final Map<?, ?> sections;
    private final String file;

    private CardStrings(Map<?, ?> sections, String file) {
        this.sections = sections;
        this.file = file;
    }

    /** The strings of data/i18n.yaml, as the content model read it ({@code Site.i18n()}). */
    public static CardStrings from(DataFile i18n) {
        return new CardStrings(i18n.values(), i18n.path());
    }

    /** For tests: strings given as a map, language → key → value. */
    public static CardStrings of(Map<String, Map<String, Object>> sections) {
        return new CardStrings(sections, "strings");
    }

    /** The UI string key in language lang; stops (IllegalArgumentException) if it is missing, as the templates do. */
    public String get(String lang, String key) {
        Object value = section(lang).get(key);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(file + ": UI string '" + key + "' is missing in section '" + lang + "'.");
        }
        return s;
    }

    /** The twelve month names of language lang. */
    public List<String> months(String lang) {
        Object value = section(lang).get("months");
        if (!(value instanceof List<?> list) || list.size() != 12) {
            throw new IllegalArgumentException(file + ": 'months' in section '" + lang + "' must list twelve names.");
        }
        return list.stream().map(String::valueOf).toList();
    }

    private Map<?, ?> section(String lang) {
        if (!(sections.get(lang) instanceof Map<?, ?> section)) {
            throw new IllegalArgumentException(file + ": no section for language '" + lang + "'.");
        }
        return section;
    }
}
