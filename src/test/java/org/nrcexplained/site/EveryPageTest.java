package org.nrcexplained.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a reader and a search engine need from every page of the real site. */
class EveryPageTest {

    private final BakedSite site = BakedSite.get();

    @Test
    void everyContentFileProducedItsPageOrIsAnExplicitDraft() {
        List<String> problems = new ArrayList<>();
        for (ContentFiles.Item item : ContentFiles.all(Bake.PROJECT)) {
            if (item.header() == null) {
                problems.add(item.relative() + ": no JBake header (key=value lines, then ~~~~~~). JBake skipped it."
                    + (item.body().startsWith("---") ? " It looks like YAML front matter, which JBake does not read." : ""));
            } else if (item.get("status") == null) {
                problems.add(item.relative() + ": field 'status' is missing; JBake would silently make it a draft. Write status=published or status=draft.");
            } else if (!"draft".equals(item.get("status")) && !Files.exists(site.output().resolve(ContentFiles.outputPath(item)))) {
                problems.add(item.relative() + ": produced no page " + ContentFiles.outputPath(item)
                    + " (is type=" + item.get("type") + " a known type with a template in jbake.properties?)");
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everyPageHasItsLanguageATitleOneHeadingAndADescription() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Document> page : site.contentPages().entrySet()) {
            String uri = page.getKey();
            Document doc = page.getValue();
            String expectedLang = uri.startsWith("id/") ? "id" : "en";
            if (!expectedLang.equals(doc.selectFirst("html").attr("lang"))) {
                problems.add(uri + ": <html lang> should be " + expectedLang);
            }
            if (doc.title().isBlank()) {
                problems.add(uri + ": empty <title>");
            }
            if (doc.select("h1").size() != 1) {
                problems.add(uri + ": has " + doc.select("h1").size() + " <h1> elements, not one");
            }
            Element description = doc.selectFirst("meta[name=description]");
            if (description == null || description.attr("content").isBlank()) {
                problems.add(uri + ": no meta description");
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everyPageLinksToItsTwinInTheOtherLanguageAndTheTwinLinksBack() {
        List<String> problems = new ArrayList<>();
        Map<String, Document> pages = site.contentPages();
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            String uri = page.getKey();
            Document doc = page.getValue();
            String otherLang = uri.startsWith("id/") ? "en" : "id";
            Element switcher = doc.selectFirst("a.lang-switch[hreflang=" + otherLang + "]");
            Element alternate = doc.selectFirst("link[rel=alternate][hreflang=" + otherLang + "]");
            if (switcher == null || alternate == null) {
                problems.add(uri + ": no language switch or hreflang alternate to '" + otherLang + "'");
                continue;
            }
            String twin = switcher.absUrl("href").substring(Bake.BASE.length());
            Document twinDoc = pages.get(twin);
            if (twinDoc == null) {
                problems.add(uri + ": its twin " + twin + " does not exist");
                continue;
            }
            if (!alternate.attr("href").equals(Bake.BASE + twin)) {
                problems.add(uri + ": hreflang alternate " + alternate.attr("href") + " is not its twin " + twin);
            }
            Element back = twinDoc.selectFirst("a.lang-switch");
            if (back == null || !back.absUrl("href").equals(Bake.BASE + uri)) {
                problems.add(uri + ": its twin " + twin + " does not link back");
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }
}
