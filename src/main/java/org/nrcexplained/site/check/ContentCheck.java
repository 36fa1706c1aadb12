package org.nrcexplained.site.check;

import org.nrcexplained.site.cards.ShareCard;
import org.nrcexplained.site.content.ContentFile;
import org.nrcexplained.site.content.DataFile;
import org.nrcexplained.site.content.Model;
import org.nrcexplained.site.content.Site;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Every rule of the content model, run once over the whole project before anything renders. The
 * result lists every mistake at once, one per problem: a page that only links to a broken item is
 * not reported again, so three mistakes in three files make three lines.
 */
public final class ContentCheck {

    /** The item types whose bodies must cite a source in every paragraph. */
    private static final Set<String> CITED_TYPES = Set.of("actor", "event", "term", "page", "home");
    /** Fields that must agree between twins, per type. */
    private static final Map<String, List<String>> FACTS = Map.of(
        "event", List.of("start", "precision", "end", "era", "actors"),
        "actor", List.of("kind"),
        "term", List.of("related"),
        "source-list", List.of("from"));
    /** Types with no twin (robots.txt is English only). */
    private static final Set<String> SINGLE = Set.of("robots");
    /** What scripts/new.sh writes where an editor has to write something: "[[TODO: the title]]". */
    static final String PLACEHOLDER = "[[TODO";
    /** The longest actor summary (README: one line of at most 160 characters). */
    static final int SUMMARY_LIMIT = 160;

    private final Site site;
    private final Model model;
    private final List<Mistake> mistakes = new ArrayList<>();
    private final Set<String> broken = new HashSet<>();

    private ContentCheck(Site site) {
        this.site = site;
        this.model = site.model();
    }

    /** Every mistake in the project, sorted by file and line; empty when all is well. */
    public static List<Mistake> run(Site site) {
        ContentCheck check = new ContentCheck(site);
        check.all();
        List<Mistake> out = new ArrayList<>(new LinkedHashSet<>(check.mistakes));
        Collections.sort(out);
        return out;
    }

    private void all() {
        mistakes.addAll(site.readMistakes());
        for (Mistake m : site.readMistakes()) {
            broken.add(m.path());
        }
        for (ContentFile f : site.files()) {
            int before = mistakes.size();
            header(f);
            if (mistakes.size() > before) {
                broken.add(f.path());
            }
        }
        BodyCheck bodies = new BodyCheck(markdownExtensions());
        for (ContentFile f : site.files()) {
            if (broken.contains(f.path()) || !model.hasType(f.type())) {
                continue;
            }
            references(f);
            twin(f);
            citations(f);
            bodies.run(f, CITED_TYPES.contains(f.type()), this::targetProblem, mistakes);
        }
        sourcePagesStartApart();
        SourcesCheck.run(site, mistakes);
        TerminologyCheck.run(site, mistakes);
        i18n();
    }

    private void fail(ContentFile f, String field, String message) {
        mistakes.add(new Mistake(f.path(), f.lineOf(field), field, message));
    }

    private static String an(String word) {
        return (word.matches("[aeiou].*") ? "an " : "a ") + word;
    }

    /** The header rules of one file: fields, values, and where the file lives. */
    private void header(ContentFile f) {
        String type = f.type();
        if (type.isBlank()) {
            mistakes.add(new Mistake(f.path(), 1, "type", "is missing, so JBake would skip the file. Add type=... (one of: " + String.join(", ", model.types()) + ")."));
            return;
        }
        if (!model.hasType(type)) {
            fail(f, "type", "'" + type + "' is not a type of this site (JBake would skip the file). Use one of: " + String.join(", ", model.types()) + ".");
            return;
        }
        List<String> allowed = model.allowed(type);
        Set<String> misspelt = new HashSet<>();
        for (String field : f.header().keySet()) {
            if (!allowed.contains(field)) {
                String meant = allowed.stream().filter(a -> !f.has(a) && distance(a, field) <= 2).findFirst().orElse(null);
                if (meant != null) {
                    misspelt.add(meant);
                    fail(f, field, "is not a field of " + an(type) + ": did you mean " + meant + "=? Without it " + missing(type, meant));
                } else {
                    fail(f, field, "is not a field of " + an(type) + " (misspelt?). Allowed: " + String.join(", ", allowed) + ".");
                }
            }
        }
        for (String field : model.required(type)) {
            if (misspelt.contains(field)) {
                continue;
            }
            if (field.equals("status") && !f.has("status")) {
                mistakes.add(new Mistake(f.path(), 1, "status", "is missing. " + missing(type, "status")));
                continue;
            }
            if (f.get(field).isBlank()) {
                mistakes.add(new Mistake(f.path(), f.has(field) ? f.lineOf(field) : 1, field, "is missing or empty; " + an(type) + " needs it. Add a line "
                    + field + "=... to the header (see README.md, Content model)."));
            }
        }
        String status = f.get("status");
        if (f.has("status") && !status.equals("published") && !status.equals("draft")) {
            fail(f, "status", "must be published or draft, not '" + status + "'.");
        }
        if (!f.lang().isEmpty() && !model.values("langs").contains(f.lang())) {
            fail(f, "lang", "must be " + String.join(" or ", model.values("langs")) + ", not '" + f.lang() + "'.");
        }
        if (!f.key().isEmpty() && !f.key().matches(Keys.PATTERN)) {
            fail(f, "key", "'" + f.key() + "' must be lowercase ASCII letters, digits and hyphens (it is also the file name).");
        } else if (!f.key().isEmpty() && model.values("langs").contains(f.lang())) {
            String expected = site.fileOf(type, f.lang(), f.key());
            if (!f.path().equals(expected)) {
                fail(f, "key", an(type) + " with lang=" + f.lang() + " and key=" + f.key() + " must be the file " + expected + ". Rename the file or fix key/lang.");
            }
        }
        List<String> keys = model.keys(type);
        if (!keys.isEmpty() && !f.key().isEmpty() && !keys.contains(f.key())) {
            fail(f, "key", "'" + f.key() + "' is not something " + an(type) + " file can export. Use one of: " + String.join(", ", keys) + ".");
        }
        for (Map.Entry<String, String> e : f.header().entrySet()) {
            if (e.getValue().contains(PLACEHOLDER)) {
                fail(f, e.getKey(), "is still a placeholder: " + e.getValue() + ". Write it" + (model.required(type).contains(e.getKey()) ? "." : ", or delete the line."));
            } else if (BodyCheck.CITATION.matcher(e.getValue()).find() || e.getValue().matches(".*\\]\\((term|actor|event|page|https?):.*")) {
                fail(f, e.getKey(), "contains a citation or link, which a header field would publish as it is (in the lede, the description and the exports). "
                    + "Cite in the body, or list the source in sources=.");
            }
        }
        String missing = f.published() && model.extension(type).isEmpty() ? ShareCard.missingGlyphs(f.get("title")) : "";
        if (!missing.isEmpty()) {
            fail(f, "title", "has '" + missing + "', which the share card's font cannot draw. Write the usual letter, or add the character to the font (tools/cards/README.md).");
        }
                if (f.body().isBlank()) {
            mistakes.add(new Mistake(f.path(), f.bodyLine() - 1, "body", "is empty. Write the text below the ~~~~~~ line (JBake would show the header lines as the page's text)."));
        }
        typeFields(f);
    }

    /** What a missing field does: status is special, JBake would make the file a draft without a word. */
    private static String missing(String type, String field) {
        return field.equals("status")
            ? "JBake would silently make the file a draft (never published). Write status=published (or status=draft while you work on it)."
            : an(type) + " needs " + field + "=... (see README.md, Content model).";
    }

    /** The edit distance of two short words (insertions, deletions, substitutions, swaps of neighbours). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The values of the fields a type has of its own. */
    private void typeFields(ContentFile f) {
        switch (f.type()) {
            case "actor" -> {
                oneOf(f, "kind", model.values("kinds"));
                if (f.get("summary").length() > SUMMARY_LIMIT) {
                    fail(f, "summary", "has " + f.get("summary").length() + " characters; a summary has at most " + SUMMARY_LIMIT
                        + " (it is the page's description in search results). Shorten it.");
                }
            }
            case "event" -> {
                if (oneOf(f, "precision", model.values("precisions"))) {
                    date(f, "start", f.get("precision"));
                }
                if (!f.get("end").isEmpty()) {
                    String end = f.get("end");
                    if (date(f, "end", Dates.precisionOf(end)) && f.get("start").matches("\\d{4}(-\\d{2}){0,2}")
                        && Dates.number(end) <= Dates.number(f.get("start"))) {
                        fail(f, "end", "'" + end + "' is not after start=" + f.get("start") + ".");
                    }
                }
                oneOf(f, "era", site.eraKeys());
            }
            case "page" -> date(f, "updated", "day");
            case "source-list" -> date(f, "from", Dates.precisionOf(f.get("from")));
            default -> {
            }
        }
    }

    private boolean oneOf(ContentFile f, String field, List<String> allowed) {
        if (f.has(field) && !f.get(field).isEmpty() && !allowed.contains(f.get(field))) {
            fail(f, field, "'" + f.get(field) + "' is not allowed. Use one of: " + String.join(", ", allowed) + ".");
            return false;
        }
        return true;
    }

    private boolean date(ContentFile f, String field, String precision) {
        if (f.get(field).isEmpty()) {
            return false;
        }
        String problem = Dates.problem(f.get(field), precision);
        if (problem != null) {
            fail(f, field, problem);
            return false;
        }
        return true;
    }

    /**
     * What is wrong with a link or key to {@code scheme:key} from a page in {@code lang}: null when it
     * names a published item, "" when the item's own file is broken (reported there already).
     */
    private String targetProblem(String type, String key, String lang) {
        String file = site.fileOf(type, lang, key);
        ContentFile target = site.item(type, lang, key);
        if (file != null && broken.contains(file)) {
            return "";
        }
        if (target == null) {
            return "there is no " + type + " with key=" + key + " in lang=" + lang + ". Check the key (the file name without .md), or create "
                + (file == null ? "it" : file) + " first.";
        }
        if (!target.published()) {
            return "its file " + target.path() + " is a draft (status=draft): publish it first, or remove the reference.";
        }
        return null;
    }

    /** Keys in header fields: an event's actors, a term's related terms. */
    private void references(ContentFile f) {
        Map<String, String> fields = Map.of("actors", "actor", "related", "term");
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (!f.has(e.getKey()) || !model.allowed(f.type()).contains(e.getKey())) {
                continue;
            }
            for (String k : Keys.list(f.get(e.getKey()))) {
                String problem = targetProblem(e.getValue(), k, f.lang());
                if (problem != null && !problem.isEmpty()) {
                    fail(f, e.getKey(), "'" + k + "' is not a published " + e.getValue() + ": " + problem);
                }
            }
        }
    }

    /** A published item has a published twin in the other language that agrees on the facts. */
    private void twin(ContentFile f) {
        if (!f.published() || SINGLE.contains(f.type())) {
            return;
        }
        String other = "en".equals(f.lang()) ? "id" : "en";
        String file = site.fileOf(f.type(), other, f.key());
        if (broken.contains(file)) {
            return;
        }
        ContentFile twin = site.item(f.type(), other, f.key());
        if (twin == null || !twin.published()) {
            // reported once, on the English file when it exists
            if ("en".equals(f.lang()) || site.item(f.type(), "en", f.key()) == null) {
                fail(f, "key", "has no published twin: every item exists in both languages. "
                    + (twin == null ? "Create " + file + " with type=" + f.type() + ", key=" + f.key() + " and lang=" + other + "."
                    : "Its file " + file + " is a draft: publish it too."));
            }
            return;
        }
        if ("en".equals(f.lang())) {
            for (String field : FACTS.getOrDefault(f.type(), List.of())) {
                if (!f.get(field).equals(twin.get(field))) {
                    fail(f, field, "is '" + f.get(field) + "' here but '" + twin.get(field) + "' in its twin " + twin.path() + ". Both languages must agree.");
                }
            }
        }
    }

    /** No two pages of sources (type source-list) of a language start on the same date. */
    private void sourcePagesStartApart() {
        Map<String, ContentFile> seen = new java.util.HashMap<>();
        for (ContentFile f : site.files()) {
            if ("source-list".equals(f.type()) && !broken.contains(f.path()) && !f.get("from").isEmpty()) {
                ContentFile first = seen.putIfAbsent(f.lang() + "|" + Dates.number(f.get("from")), f);
                if (first != null) {
                    fail(f, "from", "'" + f.get("from") + "': the pages of sources " + first.path() + " and " + f.path()
                        + " start on the same date. Give each page its own from= date.");
                }
            }
        }
    }

    /** Citations in the body and the sources= field name an article paragraph or a source. */
    private void citations(ContentFile f) {
        for (String k : Keys.list(f.get("sources"))) {
            if (!known(k)) {
                fail(f, "sources", "cites '" + k + "', which is not a known source. " + hint(k));
            }
        }
        String body = f.body();
        for (Matcher m = BodyCheck.CITATION.matcher(body); m.find(); ) {
            List<String> keys = Keys.list(m.group(1));
            int line = f.bodyLine() + (int) body.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            if (m.group().startsWith(PLACEHOLDER)) {
                mistakes.add(new Mistake(f.path(), line, "body", "is still a placeholder: " + m.group() + ". Write the text, with its citations."));
                continue;
            }
            if (keys.isEmpty()) {
                mistakes.add(new Mistake(f.path(), line, "body", "has an empty citation [[]]. Write [[P3]] or [[source-key]]."));
            }
            for (String k : keys) {
                if (k.equals(BodyCheck.NO_CLAIM)) {
                    if (keys.size() > 1) {
                        mistakes.add(new Mistake(f.path(), line, "body", "[[" + m.group(1) + "]] mixes sources with " + BodyCheck.NO_CLAIM
                            + ". Write [[" + BodyCheck.NO_CLAIM + "]] alone, only on a paragraph that makes no factual claim."));
                    }
                } else if (!known(k)) {
                    mistakes.add(new Mistake(f.path(), line, "body", "cites '" + k + "', which is not a known source. " + hint(k)));
                }
            }
        }
    }

    private boolean known(String k) {
        return site.paragraphKeys().contains(k) || (k.matches(Keys.PATTERN) && site.sources().values().get(k) instanceof Map<?, ?>);
    }

    private String hint(String k) {
        List<String> paragraphs = site.paragraphKeys();
        return k.matches("P\\d+") ? "The article has paragraphs P1 to " + (paragraphs.isEmpty() ? "?" : paragraphs.get(paragraphs.size() - 1)) + "."
            : "Add it to data/sources.yaml or fix the spelling.";
    }

    /** Every UI string exists in both languages. */
    private void i18n() {
        DataFile i18n = site.i18n();
        Map<String, Object> en = i18n.map("en");
        Map<String, Object> id = i18n.map("id");
        for (String key : en.keySet()) {
            if (!id.containsKey(key)) {
                mistakes.add(new Mistake(i18n.path(), i18n.lineContaining("  " + key + ":"), key, "is in en: but not in id:. Every UI string exists in both languages."));
            }
        }
        for (String key : id.keySet()) {
            if (!en.containsKey(key)) {
                mistakes.add(new Mistake(i18n.path(), i18n.lineContaining("  " + key + ":"), key, "is in id: but not in en:. Every UI string exists in both languages."));
            }
        }
    }

    private List<String> markdownExtensions() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(site.project().resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            return List.of();
        }
        return Keys.list(p.getProperty("markdown.extensions", "")).stream().map(String::toUpperCase).toList();
    }
}
