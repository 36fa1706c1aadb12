package org.nrcexplained.site.browser;

import org.junit.jupiter.api.Test;
import org.nrcexplained.site.BakedSite;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What site.js adds, used the way a keyboard user uses it: the glossary search box, the term
 * definitions in running text, and the chronology filters.
 */
class ReaderToolsWorkByKeyboardTest {

    private final SiteServer server = SiteServer.get();
    private final ChromeDriver driver = Browser.get();

    /** Presses Tab until the focused element matches the selector; fails after `max` presses. */
    private WebElement tabTo(String selector, int max) {
        for (int i = 0; i < max; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            Object hit = Browser.js("return document.activeElement.matches(arguments[0]) ? document.activeElement : null", selector);
            if (hit != null) {
                return (WebElement) hit;
            }
        }
        throw new AssertionError("Tab never reached " + selector + " in " + max + " presses on " + driver.getCurrentUrl());
    }

    private long visible(String selector) {
        return driver.findElements(By.cssSelector(selector)).stream().filter(WebElement::isDisplayed).count();
    }

    private void waitFor(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).withMessage(what).until(d -> condition.getAsBoolean());
    }

    @Test
    void typingInTheGlossarySearchBoxNarrowsTheListAndSaysHowManyAreLeft() {
        for (String page : List.of("glossary.html", "id/glossary.html")) {
            driver.get(server.url(page));
            int total = BakedSite.get().pages().get(page).select(".glossary__entry").size();
            assertEquals(total, visible(".glossary__entry"), page + ": every entry shows before filtering");

            WebElement box = tabTo("input#glossary-filter", 40);
            WebElement label = driver.findElement(By.cssSelector("label[for=glossary-filter]"));
            assertFalse(label.getText().isBlank(), page + ": the search box has a visible label");

            box.sendKeys("crimea");
            waitFor(page + ": filtering by 'crimea'", () -> visible(".glossary__entry") < total);
            long shown = visible(".glossary__entry");
            assertTrue(shown >= 1 && shown <= 3, page + ": 'crimea' leaves 1–3 entries, not " + shown);
            assertTrue(driver.findElement(By.id("annexation-of-crimea")).isDisplayed(), page + ": the Crimea entry stays");
            long sections = driver.findElements(By.cssSelector("section:has(> dl.glossary)")).stream().filter(WebElement::isDisplayed).count();
            assertTrue(sections <= shown, page + ": letters without a match are hidden (" + sections + " sections shown)");
            WebElement status = driver.findElement(By.cssSelector(".filter-status[role=status]"));
            waitFor(page + ": the live region announces the count", () -> status.getText().contains(String.valueOf(shown)));
            assertTrue(status.getText().contains(String.valueOf(total)), page + ": the count names the total: " + status.getText());

            box.sendKeys("zzzz");
            waitFor(page + ": nothing matches 'crimeazzzz'", () -> visible(".glossary__entry") == 0);
            waitFor(page + ": the live region says nothing matches", () -> !status.getText().contains(String.valueOf(total)) && !status.getText().isBlank());

            box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            waitFor(page + ": clearing the box shows every entry again", () -> visible(".glossary__entry") == total);
        }
    }

    @Test
    void aTermsDefinitionAppearsOnKeyboardFocusAndHoverAndEscapeClosesIt() {
        driver.get(server.url("index.html"));
        WebElement term = tabTo("a.term[data-definition]", 60);
        String tipId = term.getAttribute("aria-describedby");
        assertNotNull(tipId, "the term link is described by its popup");
        WebElement tip = driver.findElement(By.id(tipId));
        assertTrue(tip.isDisplayed(), "the definition shows when the term link gets keyboard focus");
        assertEquals(term.getAttribute("data-definition"), tip.getText(), "the popup shows the term's definition");
        Map<?, ?> overlap = (Map<?, ?>) Browser.js(
                "var a = arguments[0].getBoundingClientRect(), t = arguments[1].getBoundingClientRect();"
                        + "return {covers: !(t.bottom <= a.top || t.top >= a.bottom || t.right <= a.left || t.left >= a.right),"
                        + " inside: t.left >= 0 && t.right <= document.documentElement.clientWidth};", term, tip);
        assertEquals(false, overlap.get("covers"), "the popup does not cover the term");
        assertEquals(true, overlap.get("inside"), "the popup stays inside the window");

        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertFalse(tip.isDisplayed(), "Escape closes the definition");
        assertEquals(term, driver.switchTo().activeElement(), "Escape leaves focus on the term");

        new Actions(driver).sendKeys(Keys.TAB).perform();
        new Actions(driver).moveToElement(term).perform();
        waitFor("hovering the term shows its definition", tip::isDisplayed);
        new Actions(driver).moveToElement(tip).perform();
        new Actions(driver).pause(Duration.ofMillis(600)).perform();
        assertTrue(tip.isDisplayed(), "the definition stays while the pointer is over it");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertFalse(tip.isDisplayed(), "Escape closes it while hovered, too");
    }

    @Test
    void theChronologyFiltersShowOneEraOrOneActorAtATimeByKeyboard() {
        for (String page : List.of("chronology.html", "id/chronology.html")) {
            driver.get(server.url(page));
            List<WebElement> eraLinks = driver.findElements(By.cssSelector("nav.filters a[data-filter-era]"));
            List<WebElement> actorLinks = driver.findElements(By.cssSelector("nav.filters a[data-filter-actor]"));
            assertFalse(eraLinks.isEmpty(), page + ": no era filters (nav.filters a[data-filter-era]) in the chronology");
            assertFalse(actorLinks.isEmpty(), page + ": no actor filters (nav.filters a[data-filter-actor]) in the chronology");
            int total = driver.findElements(By.cssSelector("article.event")).size();
            String url = driver.getCurrentUrl();

            String era = eraLinks.get(eraLinks.size() - 1).getAttribute("data-filter-era");
            WebElement eraLink = tabTo("nav.filters a[data-filter-era='" + era + "']", 80);
            eraLink.sendKeys(Keys.ENTER);
            long matching = driver.findElements(By.cssSelector("article.event[data-era='" + era + "']")).size();
            waitFor(page + ": Enter on an era filter shows only that era", () -> visible("article.event") == matching);
            assertTrue(matching > 0 && matching < total, page + ": era " + era + " has some but not all events");
            assertEquals("true", eraLink.getAttribute("aria-current"), page + ": the active filter is marked aria-current");
            assertEquals(url, driver.getCurrentUrl(), page + ": filtering does not leave the page");
            WebElement status = driver.findElement(By.cssSelector(".filter-status[role=status]"));
            assertTrue(status.getText().contains(String.valueOf(matching)), page + ": the live region gives the count: " + status.getText());

            WebElement more = tabTo("nav.filters details > summary", 80);
            more.sendKeys(Keys.ENTER);
            WebElement actorLink = tabTo("nav.filters a[data-filter-actor]", 80);
            String actor = actorLink.getAttribute("data-filter-actor");
            actorLink.sendKeys(Keys.ENTER);
            long withActor = driver.findElements(By.cssSelector("article.event")).stream()
                    .filter(e -> (" " + e.getAttribute("data-actors") + " ").contains(" " + actor + " ")).count();
            waitFor(page + ": Enter on an actor filter shows that actor's events", () -> visible("article.event") == withActor);
            assertEquals(null, eraLink.getAttribute("aria-current"), page + ": only one filter is active");

            WebElement all = tabTo("nav.filters a[data-filter-all]", 120);
            all.sendKeys(Keys.ENTER);
            waitFor(page + ": 'show all' brings every event back", () -> visible("article.event") == total);
        }
    }
}
