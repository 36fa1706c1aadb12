package org.nrcexplained.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Citations sit in the middle of sentences, so their visible labels stay short ("Kremlin 2021",
 * "US State Dept 2022"): a source's own {@code label} in data/sources.yaml (on Indonesian pages its
 * {@code label_id}, when it has one), or else its publisher and year. The full publisher and title stay in the link's title and on the sources page.
 */
class CitationLabelsTest {

    /** The most characters a citation label may have (SourcesCheck.LABEL_LIMIT). */
    static final int LIMIT = 30;

    @Test
    void everyCitationLabelIsShort() {
        List<String> problems = new ArrayList<>();
        int citations = 0;
        for (Map.Entry<String, Document> page : BakedSite.get().contentPages().entrySet()) {
            for (Element a : page.getValue().select(".cite a")) {
                citations++;
                String text = a.text();
                if (text.length() > LIMIT) {
                    problems.add(page.getKey() + ": '" + text + "' (" + text.length() + " characters, "
                        + a.attr("href").replaceAll(".*#src-", "source ") + "): give the source a label: of at most "
                        + LIMIT + " characters in data/sources.yaml");
                }
            }
        }
        assertTrue(citations > 1000, "too few citations were checked: " + citations);
        assertTrue(problems.isEmpty(), () -> problems.size() + " long citation labels:\n" + String.join("\n", problems));
    }

    @Test
    void everySourceCitationShowsItsLabelOrPublisherAndYearAndNamesTheFullPublisherInItsTitle() throws IOException {
        Map<String, Map<String, Object>> sources = new Yaml().load(
            Files.readString(Bake.PROJECT.resolve("data/sources.yaml"), StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        int labelled = 0;
        for (Map.Entry<String, Document> page : BakedSite.get().contentPages().entrySet()) {
            for (Element a : page.getValue().select(".cite a[href*=#src-]")) {
                String key = a.attr("href").substring(a.attr("href").indexOf("#src-") + 5);
                Map<String, Object> s = sources.get(key);
                if (s == null) {
                    problems.add(page.getKey() + ": cites " + key + ", which is not in data/sources.yaml");
                    continue;
                }
                String year = String.valueOf(s.get("date")).substring(0, 4);
                boolean indonesian = page.getKey().startsWith("id/");
                String expected = indonesian && s.containsKey("label_id") ? (String) s.get("label_id")
                    : s.containsKey("label") ? (String) s.get("label") : s.get("publisher") + " " + year;
                if (s.containsKey("label")) {
                    labelled++;
                }
                if (!a.text().equals(expected)) {
                    problems.add(page.getKey() + ": " + key + " shows '" + a.text() + "', expected '" + expected + "'");
                }
                if (!a.text().matches(".* " + year + "[a-z]?")) {
                    problems.add(page.getKey() + ": " + key + " shows '" + a.text() + "', without the year of its date " + s.get("date")
                        + " at the end (or the year and one letter)");
                }
                String title = s.get("publisher") + ": " + s.get("title");
                // Lists of events (chronology, actor pages) leave the tooltips out to stay light;
                // the event's own page has them.
                boolean inList = a.closest("article.event") != null;
                if (inList && !a.hasAttr("title")) {
                    continue;
                }
                if (!a.attr("title").equals(title)) {
                    problems.add(page.getKey() + ": " + key + " has title '" + a.attr("title") + "', expected '" + title + "'");
                }
            }
        }
        assertTrue(labelled > 100, "too few citations of labelled sources were checked: " + labelled);
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    /**
     * A reader tells sources apart by their labels alone: "[Russian MFA 2021, Russian MFA 2021]"
     * names two different documents the same way. Sources that would share a label carry a letter
     * after the year ("TASS 2021a", "TASS 2021b"), and the bake refuses two equal labels.
     */
    @Test
    void noTwoDifferentSourcesShareACitationLabel() {
        Map<String, Set<String>> targetsByLabel = new TreeMap<>();
        Map<String, Set<String>> labelsByTarget = new TreeMap<>();
        Map<String, String> seenOn = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        int brackets = 0;
        for (Map.Entry<String, Document> page : BakedSite.get().contentPages().entrySet()) {
            for (Element bracket : page.getValue().select("span.cite")) {
                brackets++;
                Set<String> inBracket = new HashSet<>();
                Set<String> twice = new TreeSet<>();
                // labels are told apart within a language: Indonesian pages may show a source's label_id
                String lang = page.getKey().startsWith("id/") ? "id: " : "en: ";
                for (Element a : bracket.select("a")) {
                    String text = lang + a.text();
                    String target = lang + a.attr("href").substring(a.attr("href").indexOf('#') + 1);
                    targetsByLabel.computeIfAbsent(text, k -> new TreeSet<>()).add(target);
                    labelsByTarget.computeIfAbsent(target, k -> new TreeSet<>()).add(text);
                    seenOn.putIfAbsent(text + " " + target, page.getKey());
                    if (!inBracket.add(text)) {
                        twice.add(text);
                    }
                }
                if (!twice.isEmpty()) {
                    repeated.add(page.getKey() + ": " + bracket.text() + " shows " + twice + " more than once");
                }
            }
        }
        List<String> problems = new ArrayList<>();
        targetsByLabel.forEach((text, targets) -> {
            if (targets.size() > 1) {
                problems.add("'" + text + "' points to " + targets.size() + " different sources: "
                    + targets.stream().map(t -> t + " (e.g. " + seenOn.get(text + " " + t) + ")").toList());
            }
        });
        labelsByTarget.forEach((target, texts) -> {
            if (texts.size() > 1) {
                problems.add(target + " is shown as " + texts);
            }
        });
        assertTrue(brackets > 1000, "too few citation brackets were checked: " + brackets);
        assertTrue(targetsByLabel.size() > 100, "too few different labels were seen: " + targetsByLabel.size());
        assertAll(
            () -> assertTrue(problems.isEmpty(), () -> problems.size() + " labels that do not name exactly one source (sources that share"
                + " a label get a letter after the year in data/sources.yaml):\n" + String.join("\n", problems)),
            () -> assertTrue(repeated.isEmpty(), () -> repeated.size() + " citation brackets show the same label more than once:\n"
                + String.join("\n", repeated.subList(0, Math.min(40, repeated.size())))));
    }

    @Test
    void aSourcesOwnLabelIsShownEscapedAndItsFullPublisherStaysInTheTitleAndOnTheSourcesPage() throws IOException {
        String label = "NATO & <i>HQ</i> 2022";
        Fixture fixture = Fixture.create("citation-label")
            .edit("data/sources.yaml", "publisher: \"NATO\"",
                "publisher: \"North Atlantic Treaty Organization (fixture)\"\n  label: \"" + label + "\"");
        Bake.Result result = fixture.bake();
        assertFalse(result.failed(), result::messages);
        for (String lang : new String[] {"", "id/"}) {
            Document page = Jsoup.parse(result.output().resolve(lang + "key-points.html").toFile(), "UTF-8");
            Element cite = page.selectFirst(".cite a[href$=#src-fixture-source]");
            assertNotNull(cite, lang + "key-points.html: no citation of fixture-source");
            assertEquals(label, cite.text(), lang + "key-points.html: the citation should show the source's label");
            assertTrue(cite.select("i").isEmpty(), lang + "key-points.html: the label's markup became an element");
            assertEquals("North Atlantic Treaty Organization (fixture): A fixture source", cite.attr("title"),
                lang + "key-points.html: the link's title should give the full publisher and title");
            Document sources = Jsoup.parse(result.output().resolve(lang + "sources.html").toFile(), "UTF-8");
            assertTrue(sources.getElementById("src-fixture-source").text().startsWith("North Atlantic Treaty Organization (fixture) (2022-01-12)"),
                lang + "sources.html: the sources page should still give the full publisher");
        }
    }
}
