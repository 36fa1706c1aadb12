package org.nrcexplained.site.browser;

import org.junit.jupiter.api.Test;
import org.nrcexplained.site.Bake;
import org.nrcexplained.site.Fixture;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page, used as a reader would: reached from the header of any page, typed into by
 * keyboard, finding people, terms and events in either language whatever the case or accents,
 * saying how many results there are in a live region, and, with JavaScript off, offering the
 * A–Z lists instead.
 */
class SearchFindsItemsInBothLanguagesTest {

    private final ChromeDriver driver = Browser.get();

    private void waitFor(String what, BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(8)).withMessage(what).until(d -> condition.getAsBoolean());
    }

    private List<WebElement> results() {
        return driver.findElements(By.cssSelector("#search-results a"));
    }

    private List<String> resultHrefs() {
        return results().stream().map(a -> a.getAttribute("href")).toList();
    }

    /** Presses Tab from the top of the page until the search box has focus. */
    private WebElement tabToSearchBox() {
        for (int i = 0; i < 40; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            if ("search-input".equals(active.getAttribute("id"))) {
                return active;
            }
        }
        throw new AssertionError("Tab never reached the search box on " + driver.getCurrentUrl());
    }

    /** Types a query into the (cleared) search box and waits until the live region announces a result. */
    private String search(WebElement box, String query) {
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        box.sendKeys(query);
        WebElement status = driver.findElement(By.cssSelector("#search-status[role=status]"));
        waitFor("the live region announces the results for '" + query + "'", () -> status.getText().contains("\u201c" + query + "\u201d"));
        return status.getText();
    }

    @Test
    void everyPageLinksToTheSearchPageOfItsLanguageInItsHeader() {
        SiteServer server = SiteServer.get();
        for (String page : List.of("index.html", "actors/nato.html", "id/glossary.html", "id/events/2022-01-12-nrc-meeting.html")) {
            driver.get(server.url(page));
            WebElement link = driver.findElement(By.cssSelector("header a.search-link"));
            String expected = server.url(page.startsWith("id/") ? "id/search.html" : "search.html");
            assertEquals(expected, link.getAttribute("href"), page + ": the header's search link");
            assertTrue(link.isDisplayed() && !link.getText().isBlank(), page + ": the search link is visible");
        }
    }

    @Test
    void typingGrushkoFindsHisPageSaysHowManyResultsAndArrowKeysReachThem() {
        SiteServer server = SiteServer.get();
        for (String lang : List.of("", "id/")) {
            driver.get(server.url(lang + "search.html"));
            WebElement box = tabToSearchBox();
            String said = search(box, "Grushko");
            int n = results().size();
            assertTrue(n >= 1, lang + "search.html: 'Grushko' found nothing");
            assertEquals(server.url(lang + "actors/alexander-grushko.html"), resultHrefs().get(0),
                lang + "search.html: the first result for 'Grushko' is his page");
            assertTrue(said.contains(String.valueOf(n)), lang + "search.html: the live region gives the number of results (" + n + "): " + said);

            box.sendKeys(Keys.ARROW_DOWN);
            assertEquals(results().get(0), driver.switchTo().activeElement(), lang + "search.html: Down arrow moves into the results");
            if (n > 1) {
                driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
                assertEquals(results().get(1), driver.switchTo().activeElement(), lang + "search.html: Down arrow moves to the next result");
                driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
            }
            driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
            assertEquals("search-input", driver.switchTo().activeElement().getAttribute("id"), lang + "search.html: Up arrow from the first result goes back to the box");

            search(box, "Grushkozzz");
            waitFor(lang + "search.html: nothing matches 'Grushkozzz'", () -> results().isEmpty());
            String none = driver.findElement(By.cssSelector("form.search")).getAttribute("data-none").replace("{q}", "Grushkozzz");
            assertEquals(none, driver.findElement(By.id("search-status")).getText(), lang + "search.html: the live region says nothing matches");

            search(box, "Grushko");
            box.sendKeys(Keys.ENTER);
            assertEquals(results().get(0), driver.switchTo().activeElement(), lang + "search.html: Enter moves to the first result");
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            waitFor(lang + ": Enter on a result opens it", () -> driver.getCurrentUrl().endsWith(lang + "actors/alexander-grushko.html"));
        }
    }

    @Test
    void caseDoesNotMatterAndTheOtherLanguagesNameFindsTheItem() {
        SiteServer server = SiteServer.get();
        Map<String, String> cases = Map.of(
            "search.html|efp", "terms/enhanced-forward-presence.html",
            "id/search.html|EFP", "id/terms/enhanced-forward-presence.html",
            // the Indonesian name in the English search, and the English name in the Indonesian one
            "search.html|Rusia", "actors/russia.html",
            "id/search.html|Russia", "id/actors/russia.html",
            "search.html|dewan nato-rusia", "actors/nato-russia-council.html",
            // an en dash in the title (NATO–Russia) matches a hyphen typed by the reader
            "search.html|nato-russia council", "actors/nato-russia-council.html");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            String page = c.getKey().split("\\|")[0];
            String query = c.getKey().split("\\|")[1];
            driver.get(server.url(page));
            WebElement box = driver.findElement(By.id("search-input"));
            search(box, query);
            assertTrue(resultHrefs().contains(server.url(c.getValue())),
                page + ": '" + query + "' should find " + c.getValue() + ", found " + resultHrefs());
        }
    }

    @Test
    void ciucaWithoutTheAccentFindsCiucă() {
        // No indexed field of the real site has a letter with a diacritic today (Ciucă appears in
        // body text only), so a copy of the fixture site gives an actor a summary that names him.
        Fixture fixture = Fixture.create("search-accents");
        for (String lang : List.of("", "id/")) {
            String file = "content/" + lang + "actors/nato.md";
            String text = fixture.read(file);
            fixture.write(file, text.replaceFirst("(?m)^summary=.*$", "summary=Met Romania's prime minister Nicolae Ciucă."));
        }
        Bake.Result result = fixture.bake();
        assertFalse(result.failed(), result::messages);
        SiteServer server = SiteServer.of(result.output());
        try {
            for (String lang : List.of("", "id/")) {
                driver.get(server.url(lang + "search.html"));
                WebElement box = driver.findElement(By.id("search-input"));
                for (String query : List.of("Ciuca", "ciucă", "CIUCA")) {
                    search(box, query);
                    assertEquals(List.of(server.url(lang + "actors/nato.html")), resultHrefs(), lang + "search.html: '" + query + "'");
                    assertTrue(driver.findElement(By.cssSelector("#search-results li")).getText().contains("Ciucă"),
                        lang + "search.html: the result shows the name with its accent");
                }
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void withoutJavaScriptTheSearchPageOffersTheAToZLists() {
        SiteServer server = SiteServer.get();
        try {
            for (String lang : List.of("", "id/")) {
                Browser.withoutJavaScript();
                driver.get(server.url(lang + "search.html"));
                Browser.reset();
                assertFalse(driver.findElement(By.cssSelector("form.search")).isDisplayed(), lang + "search.html: no search box that cannot work");
                assertTrue(driver.findElement(By.cssSelector(".search__nojs")).isDisplayed(), lang + "search.html: says why there is no search box");
                for (String list : List.of("glossary.html", "actors.html", "chronology.html")) {
                    WebElement a = driver.findElement(By.cssSelector("main a[href$='" + list + "']"));
                    assertTrue(a.isDisplayed() && !a.getText().isBlank(), lang + "search.html: a visible link to " + list);
                    assertEquals(server.url(lang + list), a.getAttribute("href"));
                }
            }
            // With JavaScript, the box is there and the explanation is gone.
            driver.get(server.url("search.html"));
            waitFor("the search box appears with JavaScript", () -> driver.findElement(By.cssSelector("form.search")).isDisplayed());
            assertFalse(driver.findElement(By.cssSelector(".search__nojs")).isDisplayed());
        } finally {
            Browser.reset();
        }
    }
}
