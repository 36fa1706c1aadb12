package org.nrcexplained.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads content files the way an editor writes them: a key=value header, ~~~~~~, a body. */
public final class ContentFiles {

    public static final String SEPARATOR = "~~~~~~";

    private ContentFiles() {
    }

    /** One content file: its path under the project, its header fields (null if it has no header), its body. */
    public record Item(Path file, String relative, Map<String, String> header, String body) {
        public String get(String field) {
            return header == null ? null : header.get(field);
        }
    }

    /** Every file under {@code root}/content. */
    public static List<Item> all(Path root) {
        Path content = root.resolve("content");
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(Files::isRegularFile).sorted().map(f -> read(root, f)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Item read(Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Item(file, relative, null, "");
        }
        List<String> lines = text.lines().toList();
        int end = lines.indexOf(SEPARATOR);
        if (end < 0) {
            return new Item(file, relative, null, text);
        }
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : lines.subList(0, end)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                header.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return new Item(file, relative, header, String.join("\n", lines.subList(end + 1, lines.size())));
    }

    /**
     * The file a content file becomes: content/id/actors/x.md → id/actors/x.html (drafts: x-draft.html).
     * A type with its own output extension in jbake.properties (template.TYPE.extension, empty for the
     * data exports and robots.txt) keeps its name without .md plus that extension:
     * content/data/chronology.csv.md → data/chronology.csv.
     */
    public static String outputPath(Item item) {
        String path = item.relative().substring("content/".length()).replaceFirst("\\.md$", "");
        String extension = ".html";
        String type = item.get("type");
        if (type != null) {
            String root = item.file().toAbsolutePath().toString().replace('\\', '/');
            root = root.substring(0, root.length() - item.relative().length());
            String own = properties(Path.of(root)).getProperty("template." + type + ".extension");
            if (own != null) {
                extension = own.trim();
            }
        }
        return path + ("draft".equals(item.get("status")) ? "-draft" : "") + extension;
    }

    private static final Map<Path, java.util.Properties> PROPERTIES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The project's jbake.properties (cached). */
    static java.util.Properties properties(Path root) {
        return PROPERTIES.computeIfAbsent(root.toAbsolutePath().normalize(), r -> {
            java.util.Properties p = new java.util.Properties();
            try (var in = Files.newBufferedReader(r.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        });
    }
}
