package org.nrcexplained.site.browser;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nrcexplained.site.BakedSite;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The overview timeline on the home page and the chronology, in both languages, can be read on a
 * 390 px phone, on a 1280 px screen and on paper: every label is at least 12 px, nothing sticks
 * out of the figure or is cut off, nothing scrolls sideways (no scroll box either), the eras are
 * named, and every event of the chronology is counted and marked.
 */
class TheOverviewTimelineCanBeReadTest {

    private static final List<String> PAGES = List.of("index.html", "chronology.html", "id/index.html", "id/chronology.html");

    /** What the page shows of its timeline: font sizes, overflow, era names, counts, marks. */
    private static final String MEASURE = String.join("\n",
        "var fig = document.querySelector('figure.timeline');",
        "if (!fig) return null;",
        "var f = fig.getBoundingClientRect(), doc = document.documentElement, small = [], out = [], cut = [], scrollers = [];",
        "fig.querySelectorAll('*').forEach(function (e) {",
        "  var cs = getComputedStyle(e), r = e.getBoundingClientRect();",
        "  if (e.closest('svg')) {",
        "    if (e.tagName === 'svg' && (r.left < f.left - 1 || r.right > f.right + 1)) out.push('svg ' + r.left + '–' + r.right);",
        "    /* text drawn in the SVG: its rendered height is about 1.2 times its size on screen */",
        "    if (e.tagName === 'text' && r.height / 1.2 < 12) small.push('svg text ' + e.textContent.trim().slice(0, 40) + ': about ' + (r.height / 1.2).toFixed(1) + 'px');",
        "    return;",
        "  }",
        "  var own = Array.prototype.some.call(e.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim(); });",
        "  if (own && parseFloat(cs.fontSize) < 12) small.push(e.textContent.trim().slice(0, 40) + ': ' + cs.fontSize);",
        "  if (r.width > 0 && (r.left < f.left - 1 || r.right > f.right + 1)) out.push(e.tagName + ' ' + e.textContent.trim().slice(0, 40));",
        "  if (cs.display !== 'inline' && r.width > 0 && e.scrollWidth > e.clientWidth + 1) cut.push(e.tagName + ' ' + e.textContent.trim().slice(0, 40));",
        "  if (/(auto|scroll)/.test(cs.overflowX)) scrollers.push(e.tagName + '.' + e.className);",
        "});",
        "var counts = 0; fig.querySelectorAll('.timeline__count').forEach(function (c) { counts += parseInt(c.textContent, 10); });",
        "return {viewport: window.innerWidth, shown: f.width > 0 && getComputedStyle(fig).display !== 'none', figLeft: f.left, figRight: f.right, width: doc.clientWidth, pageScroll: doc.scrollWidth,",
        "  small: small, out: out, cut: cut, scrollers: scrollers, counts: counts,",
        "  marks: fig.querySelectorAll('svg rect').length,",
        "  eras: Array.prototype.map.call(fig.querySelectorAll('.timeline__era-name'), function (e) { return e.textContent.trim(); }),",
        "  smallestLabel: Math.min.apply(null, Array.prototype.map.call(fig.querySelectorAll('.timeline__dates, .timeline__count, .timeline__era-name'), function (e) { return parseFloat(getComputedStyle(e).fontSize); }))};");

    @Test
    void theTimelineIsReadableAtAPhonesWidthAtADesktopsWidthAndInPrint() {
        SiteServer server = SiteServer.get();
        ChromeDriver driver = Browser.get();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try {
            for (String view : List.of("phone 390", "desktop 1280", "print 1280")) {
                for (String page : PAGES) {
                    Browser.reset();
                    if (view.startsWith("phone")) {
                        Browser.phone(390, 844);
                    } else {
                        // A 1280 px wide page (the window's scroll bar would take 15 px of it).
                        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                            "width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
                    }
                    if (view.startsWith("print")) {
                        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
                    }
                    driver.get(server.url(page));
                    Map<?, ?> m = (Map<?, ?>) Browser.js(MEASURE);
                    String where = page + " (" + view + ")";
                    if (m == null) {
                        problems.add(where + ": no figure.timeline");
                        continue;
                    }
                    checked++;
                    int width = ((Number) m.get("width")).intValue();
                    int viewport = ((Number) m.get("viewport")).intValue();
                    if (!view.startsWith("print") && viewport != Integer.parseInt(view.replaceAll("\\D", ""))) {
                        problems.add(where + ": the viewport is " + viewport + " px wide");
                    }
                    if (!Boolean.TRUE.equals(m.get("shown"))) {
                        problems.add(where + ": the timeline is not shown");
                    }
                    // Math.min() of no labels is Infinity, which reaches Java as null.
                    double smallest = m.get("smallestLabel") == null ? Double.POSITIVE_INFINITY : ((Number) m.get("smallestLabel")).doubleValue();
                    if (smallest > 1000) {
                        problems.add(where + ": no date labels, era names or counts found in the timeline");
                    } else if (smallest < 12) {
                        problems.add(where + ": smallest label " + m.get("smallestLabel") + " px");
                    }
                    for (String key : List.of("small", "out", "cut", "scrollers")) {
                        if (!((List<?>) m.get(key)).isEmpty()) {
                            problems.add(where + ": " + key + " " + m.get(key));
                        }
                    }
                    if (((Number) m.get("figRight")).doubleValue() > width + 1 || ((Number) m.get("figLeft")).doubleValue() < -1) {
                        problems.add(where + ": the figure runs from " + m.get("figLeft") + " to " + m.get("figRight") + " px on a " + width + " px page");
                    }
                    if (((Number) m.get("pageScroll")).intValue() > width) {
                        problems.add(where + ": the page is " + m.get("pageScroll") + " px wide, it scrolls sideways");
                    }

                    String lang = page.startsWith("id/") ? "id/" : "";
                    Document chronology = BakedSite.get().pages().get(lang + "chronology.html");
                    int events = chronology.select("article.event").size();
                    List<String> eras = chronology.select("section.era > h2").eachText();
                    assertTrue(events > 30 && eras.size() >= 3, lang + "chronology.html: " + events + " events, eras " + eras);
                    if (((Number) m.get("counts")).intValue() != events) {
                        problems.add(where + ": the periods count " + m.get("counts") + " events, the chronology has " + events);
                    }
                    if (((Number) m.get("marks")).intValue() != events) {
                        problems.add(where + ": " + m.get("marks") + " marks for " + events + " events");
                    }
                    if (!eras.equals(m.get("eras"))) {
                        problems.add(where + ": eras named " + m.get("eras") + ", the chronology's are " + eras);
                    }
                }
            }
        } finally {
            Browser.reset();
        }
        assertEquals(PAGES.size() * 3, checked, "timelines measured");
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }
}
