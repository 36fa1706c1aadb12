package org.nrcexplained.site.content;

import org.nrcexplained.site.check.Mistake;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One YAML file under {@code data/}: its values, and the line of each top-level entry and of each
 * field inside an entry, so that a mistake names {@code data/sources.yaml:42}.
 */
public final class DataFile {

    private final String path;
    private final Map<String, Object> values;
    private final List<String> lines;

    private DataFile(String path, Map<String, Object> values, List<String> lines) {
        this.path = path;
        this.values = values;
        this.lines = lines;
    }

    /**
     * Reads {@code data/<name>} of the project. A file that is missing reads as empty; a file that is
     * not valid YAML reads as empty and adds a mistake naming its line.
     */
    public static DataFile read(Path project, String name, List<Mistake> mistakes) {
        String path = "data/" + name;
        Path file = project.resolve(path);
        if (!Files.exists(file)) {
            return new DataFile(path, Map.of(), List.of());
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Object loaded = new Yaml(new LoaderOptions()).load(text);
            @SuppressWarnings("unchecked")
            Map<String, Object> map = loaded instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            return new DataFile(path, map, text.lines().toList());
        } catch (MarkedYAMLException e) {
            mistakes.add(new Mistake(path, e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1, "yaml",
                "is not valid YAML: " + e.getProblem() + ". Check the indentation and the quotes on that line."));
        } catch (YAMLException e) {
            mistakes.add(new Mistake(path, 1, "yaml", "is not valid YAML: " + e.getMessage()));
        }
        return new DataFile(path, Map.of(), List.of());
    }

    /** The file's path in the project, e.g. {@code data/sources.yaml}. */
    public String path() {
        return path;
    }

    /** The top-level values, in file order. */
    public Map<String, Object> values() {
        return values;
    }

    /** A top-level entry that is a map (e.g. one source), or an empty map. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String key) {
        Object v = values.get(key);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** A top-level entry that is a list of maps (e.g. the eras), or an empty list. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list(String key) {
        Object v = values.get(key);
        return v instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    /** The entries of a top-level map whose values are maps (e.g. the paragraphs of article.yaml), in file order. */
    @SuppressWarnings("unchecked")
    public static Map<String, Map<String, Object>> entries(Object map) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (map instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v instanceof Map<?, ?> vm ? (Map<String, Object>) vm : Map.of()));
        }
        return out;
    }

    /** The line of the top-level entry {@code key}, or 1. */
    public int lineOf(String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The line of {@code field} inside the top-level entry {@code key}, or the entry's line. */
    public int lineOf(String key, String field) {
        int start = lineOf(key);
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) {
                break;
            }
            if (line.trim().startsWith(field + ":")) {
                return i + 1;
            }
        }
        return start;
    }

    /** The line of the first line containing {@code text}, or 1. */
    public int lineContaining(String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        return 1;
    }
}
