package org.nrcexplained.site.content;

import org.nrcexplained.site.check.Mistake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads every file under {@code content/} the way JBake does (a header of {@code field=value}
 * lines, a line {@code ~~~~~~}, a Markdown body), and reports what JBake would silently skip or
 * misread: a file that is not UTF-8, a byte-order mark, YAML front matter, a missing or
 * misspelt end-of-header line, a header line that is not {@code field=value}, a field written twice.
 */
public final class ContentFolder {

    /** The line that ends a header. */
    public static final String SEPARATOR = "~~~~~~";

    private static final Pattern HEADER_LINE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*=.*");

    private final List<ContentFile> files;
    private final List<Mistake> mistakes;

    private ContentFolder(List<ContentFile> files, List<Mistake> mistakes) {
        this.files = files;
        this.mistakes = mistakes;
    }

    /** Reads every file under {@code project}/content, in path order. */
    public static ContentFolder read(Path project) {
        List<ContentFile> files = new ArrayList<>();
        List<Mistake> mistakes = new ArrayList<>();
        Path content = project.resolve("content");
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(content)) {
            paths = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : paths) {
            String rel = project.relativize(file).toString().replace('\\', '/');
            ContentFile parsed = parse(file, rel, mistakes);
            if (parsed != null) {
                files.add(parsed);
            }
        }
        return new ContentFolder(List.copyOf(files), mistakes);
    }

    /** The files that have a header (the others are reported in {@link #mistakes()}). */
    public List<ContentFile> files() {
        return files;
    }

    /** What is wrong with the files as files: encoding, header form. */
    public List<Mistake> mistakes() {
        return List.copyOf(mistakes);
    }

    /** Parses one file's text (for tests and the preview): header and body, or null when it has no valid header. */
    public static ContentFile parse(String rel, String text, List<Mistake> mistakes) {
        if (text.startsWith("\uFEFF")) {
            mistakes.add(new Mistake(rel, 1, "file", "starts with an invisible byte-order mark (BOM), so JBake misreads the first field. "
                + "Save it as UTF-8 without BOM."));
            return null;
        }
        List<String> lines = text.lines().toList();
        if (!lines.isEmpty() && lines.get(0).trim().equals("---")) {
            mistakes.add(new Mistake(rel, 1, "header", "starts with YAML front matter (---), which JBake does not read: it would skip "
                + "the whole file. Write field=value lines (title=..., type=...) and end them with a line ~~~~~~ (see EDITING.md)."));
            return null;
        }
        int end = lines.indexOf(SEPARATOR);
        if (end < 0) {
            int near = -1;
            for (int i = 0; i < lines.size() && near < 0; i++) {
                if (lines.get(i).trim().matches("~{3,}")) {
                    near = i;
                }
            }
            mistakes.add(near >= 0
                ? new Mistake(rel, near + 1, "header", "the line ending the header must be exactly six tildes, ~~~~~~, with nothing else on it (JBake would skip the file).")
                : new Mistake(rel, 1, "header", "has no header, so JBake would skip the file. Start it with field=value lines (title=..., type=..., "
                    + "status=published, lang=..., key=...) and a line ~~~~~~ before the text (see EDITING.md)."));
            return null;
        }
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, Integer> headerLines = new LinkedHashMap<>();
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (!HEADER_LINE.matcher(line).matches()) {
                mistakes.add(new Mistake(rel, i + 1, "header", "\"" + shorten(line) + "\" is not a field=value line. "
                    + "Every header line is one field=value; a value never runs onto the next line."));
                continue;
            }
            int eq = line.indexOf('=');
            String name = line.substring(0, eq).trim();
            if (header.containsKey(name)) {
                mistakes.add(new Mistake(rel, i + 1, name, "is written twice in the header (also on line " + headerLines.get(name) + "). Keep one."));
                continue;
            }
            header.put(name, line.substring(eq + 1).trim());
            headerLines.put(name, i + 1);
        }
        String body = String.join("\n", lines.subList(end + 1, lines.size()));
        return new ContentFile(rel, Map.copyOf(header), Map.copyOf(headerLines), body, end + 2);
    }

    private static ContentFile parse(Path file, String rel, List<Mistake> mistakes) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!rel.endsWith(".md")) {
            if (!file.getFileName().toString().equals(".jbakeignore")) {
                mistakes.add(new Mistake(rel, 1, "file", "is not a Markdown file (.md). Only content files belong in content/; rename it to .md or move it out."));
            }
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            mistakes.add(new Mistake(rel, badLine(bytes), "file", "is not valid UTF-8 text (often a file saved as Windows-1252 or pasted from Word). "
                + "Save it as UTF-8 in your editor (VS Code: the encoding in the status bar → Save with Encoding → UTF-8) and retype the odd characters."));
            return null;
        }
        return parse(rel, text, mistakes);
    }

    private static int badLine(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
