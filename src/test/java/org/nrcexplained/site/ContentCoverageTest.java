package org.nrcexplained.site;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The explainer covers what the article names and what a reader needs to understand it,
 * in both languages, and every claim points to a source.
 */
class ContentCoverageTest {

    private final BakedSite site = BakedSite.get();

    /** Everyone and everything the article names, and the people of the January talks and of 1962. */
    private static final List<String> ACTORS = List.of(
        "jens-stoltenberg", "vladimir-putin", "joe-biden", "maria-zakharova", "karen-donfried",
        "nato", "nato-russia-council", "nato-military-committee", "russia", "russian-foreign-ministry",
        "ukraine", "united-states", "european-union", "g7", "poland", "estonia", "latvia", "lithuania",
        "anadolu-agency", "tass", "reuters", "wendy-sherman", "alexander-grushko", "alexander-fomin",
        "john-f-kennedy", "nikita-khrushchev", "fidel-castro");

    private static final List<String> TERMS = List.of(
        "nrc", "nato", "g7", "cuban-missile-crisis", "security-guarantees", "draft-treaty", "nato-enlargement",
        "open-door-policy", "collective-defence", "veto", "sanctions", "enhanced-forward-presence", "baltic-states",
        "soviet-union", "kremlin", "military-committee", "chiefs-of-defence", "secretary-general", "nuclear-sharing",
        "osce", "founding-act", "strategic-stability", "sekjen", "dewan-nato-rusia", "jaminan-keamanan",
        "rancangan-perjanjian", "kelompok-tujuh", "batalyon-multinasional");

    private static final List<String> PAGES = List.of(
        "key-points", "questions", "demands-and-answers", "cuban-missile-crisis-1962", "what-happened-next",
        "sources-and-method");

    @Test
    void everyActorTheArticleNamesHasAPageInBothLanguages() {
        assertAllExist("actors/%s.html", ACTORS);
    }

    @Test
    void theGlossaryHasTheEssentialTermsAndAtLeastThirtyInBothLanguages() {
        assertAllExist("terms/%s.html", TERMS);
        assertTrue(count("terms/") >= 30, "the glossary has " + count("terms/") + " terms");
    }

    @Test
    void everyExplainerPageExistsInBothLanguages() {
        assertAllExist("%s.html", PAGES);
    }

    @Test
    void theQuestionsPageAnswersAtLeastEightQuestionsInBothLanguages() {
        for (String uri : List.of("questions.html", "id/questions.html")) {
            long questions = site.pages().get(uri).select(".prose h2").stream().filter(h -> h.text().endsWith("?")).count();
            assertTrue(questions >= 8, uri + " answers " + questions + " questions");
        }
    }

    @Test
    void theChronologyCoversTheKeyDaysOf1962AndTheDiplomaticWeekOfJanuary2022() {
        List<String> required = List.of("1962-10-16", "1962-10-22", "1962-10-28", "1975-08-01", "1997-05-27",
            "2002-05-28", "1999-03-12", "2004-03-29", "2019-07-05", "2021-12-15", "2021-12-17", "2022-01-10",
            "2022-01-12", "2022-01-13");
        for (String lang : List.of("", "id/")) {
            Document chronology = site.pages().get(lang + "chronology.html");
            List<String> missing = required.stream()
                .filter(date -> chronology.select("article.event time[datetime=" + date + "]").isEmpty()).toList();
            assertTrue(missing.isEmpty(), lang + "chronology.html has no event on " + missing);
            assertTrue(chronology.select("article.event").size() >= 35,
                lang + "chronology.html has " + chronology.select("article.event").size() + " events");
        }
    }

    @Test
    void eventsAfterTheArticleAreLabelledAsLater() {
        for (String lang : List.of("", "id/")) {
            Document chronology = site.pages().get(lang + "chronology.html");
            chronology.select("article.event").forEach(event -> {
                String date = event.selectFirst("time").attr("datetime");
                boolean later = date.compareTo("2021-12-27") >= 0;
                assertTrue(later == event.hasClass("event--later"),
                    lang + "chronology.html: " + event.id() + " dated " + date + " is " + (later ? "not " : "") + "labelled as after the article");
            });
        }
    }

    @Test
    void everyActorEventTermAndExplainerCitesAtLeastOneSource() {
        List<String> problems = new ArrayList<>();
        Predicate<String> itemPage = uri -> uri.matches("(id/)?(actors|events|terms)/.*") || PAGES.stream().anyMatch(p -> uri.equals(p + ".html") || uri.equals("id/" + p + ".html"));
        for (Map.Entry<String, Document> page : site.contentPages().entrySet()) {
            if (itemPage.test(page.getKey()) && page.getValue().select("main .cite a[href*=sources]").isEmpty()) {
                problems.add(page.getKey() + " cites no source");
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    private void assertAllExist(String pattern, List<String> keys) {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            for (String lang : List.of("", "id/")) {
                String uri = lang + pattern.formatted(key);
                if (!Files.exists(site.output().resolve(uri))) {
                    missing.add(uri);
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "missing pages: " + missing);
    }

    private long count(String folder) {
        return site.contentPages().keySet().stream().filter(uri -> uri.startsWith(folder)).count();
    }
}
