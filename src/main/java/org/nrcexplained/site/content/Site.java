package org.nrcexplained.site.content;

import org.nrcexplained.site.check.Mistake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole content model of the project, read once: every content file, and the data files the
 * rules and the templates use ({@code data/model.yaml}, {@code sources.yaml}, {@code article.yaml},
 * {@code eras.yaml}, {@code i18n.yaml}, {@code terminology.yaml}). The bake, the quick check, the
 * preview and the tests all read the project through this class.
 */
public final class Site {

    private final Path project;
    private final ContentFolder content;
    private final Model model;
    private final DataFile sources;
    private final DataFile article;
    private final DataFile eras;
    private final DataFile i18n;
    private final DataFile terminology;
    private final List<Mistake> readMistakes;
    private final Map<String, ContentFile> byPlace = new HashMap<>();

    private Site(Path project) {
        this.project = project;
        List<Mistake> mistakes = new ArrayList<>();
        this.content = ContentFolder.read(project);
        this.model = new Model(DataFile.read(project, "model.yaml", mistakes));
        this.sources = DataFile.read(project, "sources.yaml", mistakes);
        this.article = DataFile.read(project, "article.yaml", mistakes);
        this.eras = DataFile.read(project, "eras.yaml", mistakes);
        this.i18n = DataFile.read(project, "i18n.yaml", mistakes);
        this.terminology = DataFile.read(project, "terminology.yaml", mistakes);
        mistakes.addAll(content.mistakes());
        this.readMistakes = mistakes;
        for (ContentFile f : content.files()) {
            byPlace.putIfAbsent(f.path(), f);
        }
    }

    /** Reads the project in {@code project} (the folder holding content/, data/, jbake.properties). */
    public static Site read(Path project) {
        return new Site(project.toAbsolutePath().normalize());
    }

    /** The project folder. */
    public Path project() {
        return project;
    }

    /** Every content file that has a header, in path order. */
    public List<ContentFile> files() {
        return content.files();
    }

    /** The mistakes found while reading: encodings, header forms, YAML syntax. */
    public List<Mistake> readMistakes() {
        return List.copyOf(readMistakes);
    }

    /** The content model: types and their fields (data/model.yaml). */
    public Model model() {
        return model;
    }

    /** data/sources.yaml. */
    public DataFile sources() {
        return sources;
    }

    /** data/article.yaml. */
    public DataFile article() {
        return article;
    }

    /** data/eras.yaml. */
    public DataFile eras() {
        return eras;
    }

    /** data/i18n.yaml. */
    public DataFile i18n() {
        return i18n;
    }

    /** data/terminology.yaml (empty when the file is missing). */
    public DataFile terminology() {
        return terminology;
    }

    /** The content file at a project path such as {@code content/actors/nato.md}, or null. */
    public ContentFile at(String path) {
        return byPlace.get(path);
    }

    /** The file an item of this type, language and key must be: {@code content/<place>.md}; null for an unknown type. */
    public String fileOf(String type, String lang, String key) {
        String place = model.place(type, lang, key);
        return place == null ? null : "content/" + place + ".md";
    }

    /** The content file of an item, whatever its status, or null. */
    public ContentFile item(String type, String lang, String key) {
        String file = fileOf(type, lang, key);
        if (file == null) {
            return null;
        }
        ContentFile f = byPlace.get(file);
        return f != null && f.type().equals(type) && f.key().equals(key) && f.lang().equals(lang) ? f : null;
    }

    /** The article's paragraph keys, P1 to Pn, in order. */
    public List<String> paragraphKeys() {
        if (paragraphKeys == null) {
            paragraphKeys = List.copyOf(readParagraphKeys());
        }
        return paragraphKeys;
    }

    private List<String> paragraphKeys;

    private List<String> readParagraphKeys() {
        List<String> keys = new ArrayList<>();
        for (String k : DataFile.entries(article.values().get("paragraphs")).keySet()) {
            if (k.matches("P\\d+")) {
                keys.add(k);
            }
        }
        keys.sort((a, b) -> Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1))));
        return keys;
    }

    /** The keys of data/sources.yaml, in file order. */
    public List<String> sourceKeys() {
        return new ArrayList<>(sources.values().keySet());
    }

    /** The era keys of data/eras.yaml, in order. */
    public List<String> eraKeys() {
        return eras.list("eras").stream().map(e -> String.valueOf(e.get("key"))).toList();
    }
}
