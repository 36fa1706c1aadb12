package org.nrcexplained.site.cards;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The UI strings the cards use (site name, tagline, kind labels, month names), read from
 * data/i18n.yaml, the one place where both languages' labels live. The only class of the cards
 * that reads project files: it can be swapped for the shared content model without touching
 * the rest.
 */
public final class CardStrings {

    private final Map<?, ?> sections;
    private final String file;

    private CardStrings(Map<?, ?> sections, String file) {
        this.sections = sections;
        this.file = file;
    }

    /** Reads data/i18n.yaml (SnakeYAML, safe constructor: plain maps, lists and strings only). */
    public static CardStrings load(Path i18nYaml) throws IOException {
        try (Reader in = Files.newBufferedReader(i18nYaml, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(root instanceof Map<?, ?> map)) {
                throw new IOException(i18nYaml + ": expected a section per language");
            }
            return new CardStrings(map, "data/i18n.yaml");
        }
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
