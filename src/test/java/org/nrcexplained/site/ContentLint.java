package org.nrcexplained.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The content linter: the mistakes in content/ that JBake does not show to the templates
 * (it skips the file, or silently turns it into a draft), checked straight from the files.
 * Every problem names the file, the field and what to do.
 *
 * <p>It complements templates/lib/check.ftl, which checks what the templates can see (fields,
 * dates, keys, twins, bodies) and stops the bake. Run it on its own with
 * {@code mvn -q test -Dtest=ContentRulesTest}; it is part of {@code mvn verify}.
 */
public final class ContentLint {

    /** One problem in one file. */
    public record Problem(String file, String field, String message) {
        @Override
        public String toString() {
            return "CONTENT ERROR in " + file + "\n  field '" + field + "': " + message;
        }
    }

    /** Link schemes the build rewrites (templates/lib/cite.ftl) → the content types they may point to. */
    private static final Map<String, Set<String>> SCHEMES = Map.of(
        "term", Set.of("term"),
        "actor", Set.of("actor"),
        "event", Set.of("event"),
        "page", Set.of("page"));

    /** Inline Markdown links and images: [text](target "title") / ![alt](target). */
    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** Reference definitions: [label]: target */
    private static final Pattern REFERENCE = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*(\\S+)");
    /** Bare URLs, which AUTOLINKS turns into links. */
    private static final Pattern BARE_URL = Pattern.compile("(?<![(<\\w/.])(?<!\\]: )(https?://|www\\.)\\S+");
    private static final Pattern HEADER_LINE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*=.*");

    private ContentLint() {
    }

    /** Every problem in {@code root}/content, in file order; empty when all is well. */
    public static List<Problem> check(Path root) {
        List<Problem> problems = new ArrayList<>();
        Set<String> types = knownTypes(root);
        List<Parsed> items = new ArrayList<>();
        Path content = root.resolve("content");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> broken = new TreeSet<>();
        for (Path file : files) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            int before = problems.size();
            Parsed p = parse(file, rel, problems, types);
            if (problems.size() > before) {
                broken.add(rel);
            }
            if (p != null) {
                items.add(p);
            }
        }
        duplicateKeys(items, problems);
        links(items, broken, problems);
        return problems;
    }

    /** A readable report: one block per problem. */
    public static String report(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        out.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
            .append(" in content/ (see EDITING.md, \"When the build says no\"):\n");
        for (Problem p : problems) {
            out.append('\n').append(p).append('\n');
        }
        return out.toString();
    }

    private record Parsed(String rel, Map<String, String> header, String body) {
        String type() {
            return header.getOrDefault("type", "");
        }

        String lang() {
            return header.getOrDefault("lang", "");
        }

        String key() {
            return header.getOrDefault("key", "");
        }
    }

    /** The types jbake.properties gives a template (template.TYPE.file), minus the built-in renderers. */
    static Set<String> knownTypes(Path root) {
        Properties props = new Properties();
        try (var in = Files.newBufferedReader(root.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> types = new TreeSet<>();
        for (String name : props.stringPropertyNames()) {
            Matcher m = Pattern.compile("template\\.([a-z0-9-]+)\\.file").matcher(name);
            if (m.matches()) {
                types.add(m.group(1));
            }
        }
        types.removeAll(Set.of("feed", "sitemap", "error404", "archive", "tag", "tagsindex", "masterindex"));
        return types;
    }

    private static Parsed parse(Path file, String rel, List<Problem> problems, Set<String> types) {
        if (!rel.endsWith(".md")) {
            if (!file.getFileName().toString().equals(".jbakeignore")) {
                problems.add(new Problem(rel, "file", "is not a Markdown file (.md). Only content files belong in content/; "
                    + "rename it to .md or move it out."));
            }
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = badLine(bytes);
            problems.add(new Problem(rel, "file", "is not valid UTF-8 text (first bad byte on line " + line
                + "; often a file saved as Windows-1252/Latin-1 or pasted from Word). Save it as UTF-8 in your editor "
                + "(VS Code: click the encoding in the status bar → Save with Encoding → UTF-8) and retype the odd characters."));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            problems.add(new Problem(rel, "file", "starts with an invisible byte-order mark (BOM), so JBake misreads the first field. "
                + "Save it as UTF-8 without BOM."));
            return null;
        }
        List<String> lines = text.lines().toList();
        if (!lines.isEmpty() && lines.get(0).trim().equals("---")) {
            problems.add(new Problem(rel, "header", "starts with YAML front matter (---), which JBake does not read: it would skip "
                + "the whole file. Write the header as field=value lines (title=..., type=..., status=published, lang=..., key=...) "
                + "and end it with a line of exactly ~~~~~~ (see EDITING.md for a skeleton)."));
            return null;
        }
        int end = lines.indexOf(ContentFiles.SEPARATOR);
        if (end < 0) {
            boolean nearly = lines.stream().anyMatch(l -> l.trim().matches("~{3,}"));
            problems.add(new Problem(rel, "header", nearly
                ? "the line ending the header must be exactly six tildes, ~~~~~~, with nothing else on it (JBake would skip the file)."
                : "has no header, so JBake would skip the file. Start it with field=value lines (title=..., type=..., "
                + "status=published, lang=..., key=...) and a line of exactly ~~~~~~ before the text (see EDITING.md)."));
            return null;
        }
        Map<String, String> header = new LinkedHashMap<>();
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (!HEADER_LINE.matcher(line).matches()) {
                problems.add(new Problem(rel, "header", "line " + (i + 1) + " \"" + shorten(line) + "\" is not a field=value line. "
                    + "Every header line is one field=value (a value never runs onto the next line)."));
                continue;
            }
            int eq = line.indexOf('=');
            String name = line.substring(0, eq).trim();
            if (header.containsKey(name)) {
                problems.add(new Problem(rel, name, "is written twice in the header (lines with " + name + "=). Keep one."));
            }
            header.put(name, line.substring(eq + 1).trim());
        }
        String status = header.get("status");
        if (status == null) {
            problems.add(new Problem(rel, "status", "is missing, so JBake would silently make the file a draft (name-draft.html, "
                + "never published). Add status=published (or status=draft while you work on it)."));
        } else if (!status.equals("published") && !status.equals("draft")) {
            problems.add(new Problem(rel, "status", "must be published or draft, not '" + status + "'."));
        }
        String type = header.get("type");
        if (type == null || type.isBlank()) {
            problems.add(new Problem(rel, "type", "is missing, so JBake would skip the file. Add type=... (one of: "
                + String.join(", ", types) + ")."));
        } else if (!types.contains(type)) {
            problems.add(new Problem(rel, "type", "'" + type + "' is not a type of this site, so JBake would skip the file "
                + "(it only logs a warning). Use one of: " + String.join(", ", types) + "."));
        }
        return new Parsed(rel, header, String.join("\n", lines.subList(end + 1, lines.size())));
    }

    private static void duplicateKeys(List<Parsed> items, List<Problem> problems) {
        Map<String, String> seen = new HashMap<>();
        for (Parsed p : items) {
            if (p.key().isEmpty() || p.type().isEmpty()) {
                continue;
            }
            String id = p.type() + "|" + p.lang() + "|" + p.key();
            String first = seen.putIfAbsent(id, p.rel());
            if (first != null) {
                problems.add(new Problem(p.rel(), "key", "key=" + p.key() + " is already used by " + first + " (type=" + p.type()
                    + ", lang=" + p.lang() + "). Each key is used once per type and language: give this file its own key "
                    + "and name the file after it."));
            }
        }
    }

    /** Links in bodies: only term:/actor:/event:/page: links to items that exist (no paths, URLs or #anchors). */
    private static void links(List<Parsed> items, Set<String> broken, List<Problem> problems) {
        Map<String, Parsed> byTypeLangKey = new HashMap<>();
        for (Parsed p : items) {
            byTypeLangKey.putIfAbsent(p.type() + "|" + p.lang() + "|" + p.key(), p);
        }
        for (Parsed p : items) {
            String body = withoutCode(p.body());
            List<String> targets = new ArrayList<>();
            for (Matcher m = INLINE_LINK.matcher(body); m.find(); ) {
                targets.add(m.group(1));
            }
            for (Matcher m = REFERENCE.matcher(body); m.find(); ) {
                targets.add(m.group(1));
            }
            for (Matcher m = BARE_URL.matcher(body); m.find(); ) {
                problems.add(new Problem(p.rel(), "body", "contains the web address " + shorten(m.group()) + ". No raw URLs in the text: "
                    + "cite the source instead with [[source-key]] (add it to data/sources.yaml)."));
            }
            for (String target : targets) {
                String problem = linkProblem(p, target, byTypeLangKey, broken);
                if (problem != null) {
                    problems.add(new Problem(p.rel(), "body", problem));
                }
            }
        }
    }

    private static String linkProblem(Parsed from, String target, Map<String, Parsed> items, Set<String> broken) {
        int colon = target.indexOf(':');
        String scheme = colon > 0 ? target.substring(0, colon) : "";
        if (!SCHEMES.containsKey(scheme)) {
            String kind = target.startsWith("http") ? "a web address" : target.startsWith("#") ? "an anchor" : "a file path";
            return "links to '" + target + "' (" + kind + "). Link to this site's items with page:KEY, actor:KEY, event:KEY or term:KEY "
                + "(the build makes the right URL for each language), e.g. [key points](page:key-points); cite outside "
                + "sources with [[source-key]] instead of linking them.";
        }
        String rest = target.substring(colon + 1);
        String key = rest;
        String anchor = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            key = rest.substring(0, hash);
            anchor = rest.substring(hash + 1);
        }
        Parsed found = null;
        for (String type : SCHEMES.get(scheme)) {
            found = found != null ? found : items.get(type + "|" + from.lang() + "|" + key);
        }
        String expectedFile = "content/" + (from.lang().equals("id") ? "id/" : "")
            + Map.of("term", "terms/", "actor", "actors/", "event", "events/", "page", "").get(scheme) + key + ".md";
        if (found == null && broken.contains(expectedFile)) {
            return null; // that file's own problem is already reported: one message per problem
        }
        if (found == null) {
            return "links to " + scheme + ":" + key + ", but there is no " + scheme + " with key=" + key + " in lang=" + from.lang()
                + ". Check the key (it is the file name without .md), or create that " + scheme + " first.";
        }
        if (anchor != null) {
            return "links to " + target + ": links cannot point inside a page (#" + anchor + "); the site has no section anchors. "
                + "Link to the page itself: " + scheme + ":" + key + ".";
        }
        return null;
    }

    /** The body without fenced code blocks and code spans (links shown as code are not links). */
    private static String withoutCode(String body) {
        return body.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\n]*`", "");
    }

    private static int badLine(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
