package org.nrcexplained.site.browser;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nrcexplained.site.BakedSite;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With JavaScript off, the glossary, the chronology and an actor page show everything: every
 * entry, every event and every block of text in the main content is visible, and nothing that
 * site.js would add (search box, popups) is there.
 */
class PagesReadFullyWithoutJavaScriptTest {

    @Test
    void theGlossaryTheChronologyAndAnActorPageShowAllTheirContentWithJavaScriptOff() {
        SiteServer server = SiteServer.get();
        ChromeDriver driver = Browser.get();
        Map<String, String> pages = Map.of(
                "glossary.html", ".glossary__entry", "id/glossary.html", ".glossary__entry",
                "chronology.html", "article.event", "id/chronology.html", "article.event",
                "actors/jens-stoltenberg.html", "article.event", "id/actors/jens-stoltenberg.html", "article.event");
        try {
            for (Map.Entry<String, String> p : pages.entrySet()) {
                String page = p.getKey();
                Document baked = BakedSite.get().pages().get(page);
                int expected = baked.select(p.getValue()).size();
                assertTrue(expected > 0, page + ": expected some " + p.getValue() + " in the baked page");

                Browser.withoutJavaScript();
                driver.get(server.url(page));
                // Scripts stay off for this page; switching them back on only lets the test look.
                Browser.reset();
                Map<?, ?> m = (Map<?, ?>) Browser.js(
                        "function shown(e) { return e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'; }"
                                + "var items = Array.prototype.filter.call(document.querySelectorAll(arguments[0]), shown).length;"
                                + "var hidden = Array.prototype.filter.call(document.querySelectorAll('main p, main li, main dd, main dt, main h2, main h3, main td'),"
                                + "  function (e) { return !shown(e); }).map(function (e) { return e.tagName + ': ' + e.textContent.trim().slice(0, 60); });"
                                + "return {items: items, hidden: hidden, added: document.querySelectorAll('#glossary-filter, .term-tip, .filter-status').length,"
                                + " text: document.querySelector('main').innerText.length};", p.getValue());
                assertEquals(expected, ((Number) m.get("items")).intValue(), page + ": every " + p.getValue() + " is visible without JavaScript");
                assertEquals(List.of(), m.get("hidden"), page + ": text hidden without JavaScript");
                assertEquals(0, ((Number) m.get("added")).intValue(), page + ": JavaScript really was off");
                // The baked text of main, without SVG <title>s (tooltips, not part of the page's visible text).
                org.jsoup.nodes.Element main = baked.selectFirst("main").clone();
                main.select("svg").remove();
                int bakedText = main.text().length();
                assertTrue(((Number) m.get("text")).intValue() >= bakedText * 0.9,
                        page + ": the main text shown (" + m.get("text") + " chars) is about all of the baked text (" + bakedText + ")");
            }
        } finally {
            Browser.reset();
        }
    }
}
