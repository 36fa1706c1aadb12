package org.nrcexplained.site.browser;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import org.junit.jupiter.api.Test;
import org.nrcexplained.site.BakedSite;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * axe-core (the version bundled with com.deque.html.axe-core:selenium) finds no WCAG 2.2 A/AA
 * problem on any page, in either language: the whole check in light colours, then colour
 * contrast again in dark colours (prefers-color-scheme: dark) on the same page load.
 * One browser; axe is handed to every page by the browser itself (Page.addScriptToEvaluateOnNewDocument)
 * instead of being sent over the wire per page, and only violations come back. Every violation
 * of every page is reported in one failure message.
 */
class EveryPageIsAccessibleTest {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final List<String> CONTRAST_RULES = List.of("color-contrast", "link-in-text-block");

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            if (!window.axe) { done(['axe-core is not on the page']); return; }
            axe.run(document, {runOnly: arguments[0], resultTypes: ['violations']}).then(function (r) {
              var out = [];
              r.violations.forEach(function (v) {
                v.nodes.forEach(function (n) {
                  var why = (n.failureSummary || '').split('\\n').slice(1, 2).join('').trim();
                  out.push(v.id + ' (' + v.impact + ') at ' + JSON.stringify(n.target) + ': ' + why);
                });
              });
              done(out);
            }, function (e) { done(['axe-core failed: ' + e]); });
            """;

    @Test
    void axeFindsNoViolationOnAnyPageInLightOrDarkColours() throws Exception {
        Set<String> pages = BakedSite.get().pages().keySet();
        SiteServer server = SiteServer.get();
        ChromeDriver driver = Browser.get();
        String axe = new EmbeddedResourceAxeProvider().getScript();
        Object id = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axe)).get("identifier");
        List<String> problems = new ArrayList<>();
        long start = System.nanoTime();
        try {
            Map<String, Object> wcag = Map.of("type", "tag", "values", TAGS);
            Map<String, Object> contrast = Map.of("type", "rule", "values", CONTRAST_RULES);
            for (String page : pages) {
                driver.get(server.url(page));
                for (Object p : (List<?>) driver.executeAsyncScript(RUN, wcag)) {
                    problems.add(page + " [light] " + p);
                }
                Browser.dark();
                for (Object p : (List<?>) driver.executeAsyncScript(RUN, contrast)) {
                    problems.add(page + " [dark] " + p);
                }
                Browser.reset();
            }
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
            Browser.reset();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("axe-core: %d pages (WCAG 2.2 A/AA in light colours + contrast in dark) in %.1f s (%.2f s a page), %d problems%n",
                pages.size(), seconds, seconds / pages.size(), problems.size());
        assertTrue(pages.size() > 100, "expected the whole site, found " + pages.size() + " pages");
        if (!problems.isEmpty()) {
            fail(problems.size() + " accessibility violations on " + pages.size() + " pages:\n"
                    + String.join("\n", problems));
        }
    }
}
