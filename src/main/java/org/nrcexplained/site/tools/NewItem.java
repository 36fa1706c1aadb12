package org.nrcexplained.site.tools;

import org.nrcexplained.site.check.Keys;
import org.nrcexplained.site.content.ContentFolder;
import org.nrcexplained.site.content.Model;
import org.nrcexplained.site.content.Site;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code scripts/new.sh TYPE KEY}: creates both language files of a new actor, event, term or
 * explainer page from the fields data/model.yaml gives the type, as a draft whose every value to
 * write is a placeholder {@code [[TODO: what to write]]}. The bake's check refuses each one (a
 * header value must not contain a citation, and TODO is no known source), so nothing half-done can
 * be baked, let alone published; the check's report then lists what is left, line by line.
 *
 * <p>{@code scripts/new.sh source KEY --publisher P --date D}: see {@link NewSource}.
 */
public final class NewItem {

    /** The types an editor creates with this command. */
    static final List<String> TYPES = List.of("actor", "event", "term", "page");

    /** What to write in each field (the placeholder's text), per field; the title per language. */
    private static final Map<String, String> HINTS = Map.ofEntries(
        Map.entry("role", "their role as of late December 2021 (for historical figures: then)"),
        Map.entry("country", "the country or the seat of an organisation"),
        Map.entry("summary", "one line of at most 160 characters (the page's description in search results)"),
        Map.entry("wants", "what they want in this story (attributed); or delete this line"),
        Map.entry("start", "the date written to its precision: yyyy-mm-dd or yyyy-mm or yyyy"),
        Map.entry("end", "an end date after start; or delete this line"),
        Map.entry("actors", "the keys of the actors involved; separate them with commas and no spaces"),
        Map.entry("other", "the term in the other language"),
        Map.entry("definition", "one sentence that defines the term"),
        Map.entry("expansion", "the full form if the title is an acronym; or delete this line"),
        Map.entry("related", "keys of related terms separated by commas; or delete this line"),
        Map.entry("description", "one sentence saying what the page is about (shown in search results)"),
        Map.entry("order", "a number for the page's place in lists; or delete this line"),
        Map.entry("sources", "the main sources: article paragraphs P1 to P14 and keys of data/sources.yaml separated by commas"));

    private static final Map<String, String> BODIES = Map.of(
        "actor", "[[TODO: who they are and their part in this story in one to three short paragraphs; put a citation after each claim: "
            + "P3 or a source key in double square brackets]]",
        "event", "[[TODO: what happened in one to three short paragraphs; put a citation after each claim: "
            + "P3 or a source key in double square brackets]]",
        "term", "[[TODO: a short explanation in one to three paragraphs; put a citation after each claim: "
            + "P3 or a source key in double square brackets]]",
        "page", "## [[TODO: the first section's heading]]\n\n[[TODO: the text; put a citation after each claim: "
            + "P3 or a source key in double square brackets]]");

    private NewItem() {
    }

    /** {@code NewItem TYPE KEY [PROJECT]}, or {@code NewItem source KEY --publisher P --date D ... [--project DIR]}. */
    public static void main(String[] args) {
        int code;
        try {
            code = run(args, System.out, LocalDate.now());
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
            code = 2;
        }
        System.out.flush();
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the command; returns the exit code (0 done, 1 refused). */
    static int run(String[] args, PrintStream out, LocalDate today) {
        if (args.length >= 1 && args[0].equals("source")) {
            return NewSource.run(args, out);
        }
        if (args.length < 2 || args.length > 3) {
            throw new IllegalArgumentException(usage());
        }
        Path project = Path.of(args.length == 3 ? args[2] : "").toAbsolutePath().normalize();
        return create(project, args[0], args[1], out, today);
    }

    static String usage() {
        return "usage: scripts/new.sh TYPE KEY   (TYPE: " + String.join(", ", TYPES) + ")\n"
            + "       scripts/new.sh source KEY --publisher PUBLISHER --date yyyy-mm-dd [--label NAME] [--title T] [--url U] [--lang L]";
    }

    /** Creates the English and the Indonesian file of a new item; refuses when either exists. */
    static int create(Path project, String type, String key, PrintStream out, LocalDate today) {
        if (!TYPES.contains(type)) {
            out.println("'" + type + "' is not a type you can create. Use one of: " + String.join(", ", TYPES) + " (or source).");
            return 1;
        }
        if (!key.matches(Keys.PATTERN)) {
            out.println("'" + key + "' is not a key: lowercase ASCII letters, digits and hyphens (it is also the file name), "
                + "e.g. jens-stoltenberg.");
            return 1;
        }
        if (type.equals("event") && !key.matches("\\d{4}(-\\d{2}){0,2}-[a-z0-9].*")) {
            out.println("An event's key starts with its date: yyyy-mm-dd-short-slug (or yyyy-mm-slug, yyyy-slug), "
                + "e.g. 2022-01-12-nrc-meeting.");
            return 1;
        }
        Site site = Site.read(project);
        Model model = site.model();
        if (!model.hasType(type)) {
            out.println("data/model.yaml has no type '" + type + "'.");
            return 1;
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (String lang : List.of("en", "id")) {
            files.put(lang, site.fileOf(type, lang, key));
        }
        List<String> existing = new ArrayList<>();
        for (String file : files.values()) {
            if (Files.exists(project.resolve(file))) {
                existing.add(file);
            }
        }
        if (!existing.isEmpty()) {
            out.println("Not created: " + String.join(" and ", existing) + (existing.size() == 1 ? " exists" : " exist")
                + " already. Pick another key, or edit the existing file" + (existing.size() == 1 ? "" : "s") + ".");
            return 1;
        }
        List<String> todo = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            String text = text(model, site, type, f.getKey(), key, today);
            Path path = project.resolve(f.getValue());
            try {
                Files.createDirectories(path.getParent());
                Files.writeString(path, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String> lines = text.lines().toList();
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("[[TODO")) {
                    String line = lines.get(i);
                    fields.add((i + 1) + " " + (line.indexOf('=') > 0 && i < lines.indexOf(ContentFolder.SEPARATOR)
                        ? line.substring(0, line.indexOf('=')) : "body"));
                }
            }
            todo.add("  " + f.getValue() + ": lines " + String.join(", ", fields));
        }
        out.println("Created " + files.get("en") + " and " + files.get("id") + " (status=draft).");
        out.println("Fill in every [[TODO: ...]] (each says what to write), the Indonesian file in natural Bahasa Indonesia"
            + (type.equals("page") ? "" : " with the same facts") + ":");
        todo.forEach(out::println);
        out.println("Until then the check refuses them: scripts/check.sh lists what is left, and scripts/preview.sh shows the pages once it passes.");
        out.println("When both files are done, set status=published in both (EDITING.md, section 2).");
        return 0;
    }

    /** The text of a new file: every field of the type, then the body. */
    static String text(Model model, Site site, String type, String lang, String key, LocalDate today) {
        StringBuilder text = new StringBuilder();
        Set<String> fixed = Set.of("type", "status", "lang", "key");
        for (String field : model.allowed(type)) {
            String value = switch (field) {
                case "type" -> type;
                case "status" -> "draft";
                case "lang" -> lang;
                case "key" -> key;
                case "updated" -> today.toString();
                case "title" -> todo(titleHint(type, lang));
                case "kind" -> todo("one of " + or(model.values("kinds")));
                case "precision" -> todo("one of " + or(model.values("precisions")) + " (as precise as the date is known)");
                case "era" -> todo("one of " + or(site.eraKeys()));
                default -> todo(HINTS.getOrDefault(field, "fill in " + field + (model.required(type).contains(field) ? "" : "; or delete this line")));
            };
            if (!fixed.contains(field) || !value.isEmpty()) {
                text.append(field).append('=').append(value).append('\n');
            }
        }
        text.append(ContentFolder.SEPARATOR).append('\n');
        text.append(BODIES.get(type)).append('\n');
        return text.toString();
    }

    private static String titleHint(String type, String lang) {
        String language = lang.equals("id") ? "Indonesian" : "English";
        return switch (type) {
            case "actor" -> "the name, as readers of " + language + " know it";
            case "event" -> "a short headline in " + language + ", saying what happened";
            case "term" -> "the term as readers of " + language + " see it";
            default -> "the page's title in " + language;
        };
    }

    private static String todo(String hint) {
        return "[[TODO: " + hint + "]]";
    }

    private static String or(List<String> values) {
        return String.join(" / ", values);
    }
}
