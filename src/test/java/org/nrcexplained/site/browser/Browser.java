package org.nrcexplained.site.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * One headless Chromium for the whole test run (Debian's chromium + chromium-driver at
 * explicit paths), shared by every browser test and closed when the JVM exits.
 * A missing browser fails the tests with the command that installs it; they never skip.
 */
public final class Browser {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private static ChromeDriver driver;

    private Browser() {
    }

    /** The shared browser, reset to a desktop window, light colours and JavaScript on. */
    public static synchronized ChromeDriver get() {
        if (driver == null) {
            for (String path : List.of(CHROMIUM, CHROMEDRIVER)) {
                if (!new File(path).canExecute()) {
                    fail(path + " is missing: the browser tests need Debian's Chromium. "
                            + "Install it with: apt-get update && apt-get install -y chromium chromium-driver");
                }
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--window-size=1280,900", "--lang=en");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            ChromeDriver d = driver;
            Runtime.getRuntime().addShutdownHook(new Thread(d::quit));
        }
        reset();
        return driver;
    }

    /** Back to the defaults: JavaScript on, light colours, desktop viewport. */
    static void reset() {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** A phone viewport of width × height CSS pixels (touch, mobile layout). */
    static void phone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    }

    /** Dark colours: prefers-color-scheme: dark. */
    static void dark() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    }

    /** JavaScript off for the pages loaded next (until reset()). */
    static void withoutJavaScript() {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
