package org.nrcexplained.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The external sources are listed on pages by date of publication (content/sources/*.md,
 * type=source-list, lib/sourcepages.ftl): a source is on the page of its date, a citation of it
 * leads there, sources.html lists the pages, and a mistake in a page's `from` stops the bake.
 * Each case adds two such pages to the fixture site (which has none).
 */
class PagesOfSourcesTest {

    private static final String OLD_SOURCE = "fixture-old:\n  publisher: \"NATO\"\n  title: \"An old fixture source\"\n"
        + "  date: \"1997-05-27\"\n  url: \"https://www.nato.int/1997\"\n  lang: \"en\"\n";

    private static String page(String lang, String key, String from, String title) {
        return "title=" + title + "\ntype=source-list\nstatus=published\nlang=" + lang + "\nkey=" + key + "\nfrom=" + from
            + "\ndescription=Sources from " + from + ".\n~~~~~~\nThe sources of the period.\n";
    }

    /** The fixture with an old source, and pages "older" (from 1945) and "recent" (from January 2022) in both languages. */
    private static Fixture withPages(String name) {
        Fixture f = Fixture.create(name);
        f.write("data/sources.yaml", f.read("data/sources.yaml") + OLD_SOURCE);
        for (String lang : List.of("en", "id")) {
            String dir = lang.equals("id") ? "content/id/sources/" : "content/sources/";
            f.write(dir + "older.md", page(lang, "older", "1945", "Older sources " + lang));
            f.write(dir + "recent.md", page(lang, "recent", "2022-01", "Recent sources " + lang));
        }
        return f;
    }

    @Test
    void aSourceIsListedOnThePageOfItsDateAndItsCitationLeadsThere() throws IOException {
        Bake.Result result = withPages("source-pages").bake();
        assertFalse(result.failed(), result::messages);
        for (String lang : List.of("", "id/")) {
            Document recent = Jsoup.parse(result.output().resolve(lang + "sources/recent.html").toFile(), "UTF-8");
            Document older = Jsoup.parse(result.output().resolve(lang + "sources/older.html").toFile(), "UTF-8");
            assertNotNull(recent.getElementById("src-fixture-source"), lang + "sources/recent.html lists the source of 12 January 2022");
            assertNull(recent.getElementById("src-fixture-old"), lang + "sources/recent.html does not list the source of 1997");
            assertNotNull(older.getElementById("src-fixture-old"), lang + "sources/older.html lists the source of 1997");
            assertNull(older.getElementById("src-fixture-source"), lang + "sources/older.html does not list the source of 2022");
            assertTrue(recent.getElementById("src-fixture-source").text().startsWith("NATO (2022-01-12)"), "publisher and date");

            Document sources = Jsoup.parse(result.output().resolve(lang + "sources.html").toFile(), "UTF-8");
            assertTrue(sources.select(".source-list li[id^=src-]").isEmpty(), lang + "sources.html lists the pages, not the sources");
            List<String> pages = sources.select(".source-pages a").eachAttr("href");
            assertEquals(List.of("older", "recent"), pages.stream().map(h -> h.replaceAll(".*sources/|\\.html$", "")).toList(),
                lang + "sources.html links to the pages of sources, oldest first");
            assertTrue(sources.select(".source-pages li").get(0).text().contains("(1 "), lang + "sources.html: the count of each page");
            assertNotNull(sources.getElementById("p1"), lang + "sources.html keeps the article's paragraphs");

            Document keyPoints = Jsoup.parse(result.output().resolve(lang + "key-points.html").toFile(), "UTF-8");
            Element cite = keyPoints.selectFirst(".cite a[href*=src-fixture-source]");
            assertNotNull(cite, lang + "key-points.html cites fixture-source");
            assertTrue(cite.attr("href").endsWith("sources/recent.html#src-fixture-source"), lang + "key-points.html: the citation leads to the page of its date: " + cite.attr("href"));
            Element paragraph = keyPoints.selectFirst(".cite a[href$=#p1]");
            assertNotNull(paragraph, lang + "key-points.html cites P1");
            assertTrue(paragraph.attr("href").endsWith("sources.html#p1"), lang + "key-points.html: an article paragraph stays on sources.html");
        }
    }

    private static void assertRefused(Fixture f, String... expected) {
        Bake.Result result = f.bake();
        assertTrue(result.failed(), "the bake should have stopped");
        for (String text : expected) {
            assertTrue(result.messages().contains(text), "the message should say " + text + ":\n" + result.messages());
        }
    }

    @Test
    void aPageWhoseFromIsNotADateIsRefused() {
        Fixture f = withPages("source-pages-bad-from");
        assertRefused(f.edit("content/sources/recent.md", "from=2022-01", "from=January 2022")
            .edit("content/id/sources/recent.md", "from=2022-01", "from=January 2022"), "content/sources/recent.md", "field 'from'");
    }

    @Test
    void twinsThatDisagreeOnFromAreRefused() {
        assertRefused(withPages("source-pages-twins").edit("content/id/sources/recent.md", "from=2022-01", "from=2022-02"),
            "field 'from'", "Both languages must agree");
    }

    @Test
    void twoPagesStartingOnTheSameDateAreRefused() {
        Fixture f = withPages("source-pages-same-from");
        f.edit("content/sources/older.md", "from=1945", "from=2022-01").edit("content/id/sources/older.md", "from=1945", "from=2022-01");
        assertRefused(f, "field 'from'", "start on the same date");
    }
}
