package org.nrcexplained.site.browser;

import org.junit.jupiter.api.Test;
import org.nrcexplained.site.BakedSite;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** On a 390 px wide phone, no page is wider than the screen: nothing makes the reader scroll sideways. */
class NoPageScrollsSidewaysOnAPhoneTest {

    @Test
    void everyPageFitsA390PixelWidePhone() {
        SiteServer server = SiteServer.get();
        ChromeDriver driver = Browser.get();
        Browser.phone(390, 844);
        List<String> wide = new ArrayList<>();
        try {
            for (String page : BakedSite.get().pages().keySet()) {
                driver.get(server.url(page));
                Map<?, ?> m = (Map<?, ?>) Browser.js(
                        "var d = document.documentElement, widest = null, w = d.clientWidth;"
                                + "document.querySelectorAll('body *').forEach(function (e) {"
                                + "  var r = e.getBoundingClientRect();"
                                + "  if (r.right > w + 1 && (!widest || r.right > widest.r)) widest = {r: r.right, tag: e.tagName + (e.className ? '.' + e.className : '')};"
                                + "});"
                                + "return {scroll: d.scrollWidth, client: w, widest: widest && widest.tag};");
                long scroll = ((Number) m.get("scroll")).longValue();
                long client = ((Number) m.get("client")).longValue();
                if (client != 390) {
                    throw new AssertionError("the phone viewport is " + client + " px wide, not 390");
                }
                if (scroll > client) {
                    wide.add(page + ": " + scroll + " px wide on a " + client + " px screen (widest: " + m.get("widest") + ")");
                }
            }
        } finally {
            Browser.reset();
        }
        assertTrue(wide.isEmpty(), wide.size() + " pages scroll sideways at 390 px:\n" + String.join("\n", wide));
    }
}
