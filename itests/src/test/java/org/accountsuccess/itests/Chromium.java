package org.accountsuccess.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium through its chromedriver (both installed by {@code .ci/run}); Selenium
 * Manager stays offline ({@code SE_OFFLINE=true} in the failsafe configuration).
 */
final class Chromium {
    static final Path DRIVER = Paths.get("/usr/bin/chromedriver");
    private static final String BINARY = "/usr/bin/chromium";
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final Dimension LAPTOP = new Dimension(1366, 768);
    static final Dimension TABLET = new Dimension(768, 1024);
    static final Dimension PHONE = new Dimension(390, 844);

    private Chromium() {
    }

    static ChromeDriver start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--no-default-browser-check", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"),
                "--window-size=" + LAPTOP.width + "," + LAPTOP.height, "--lang=en-US");
        // an English browser: the page follows the browser's language until one is picked in its header
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Saves the whole page as laid out at the given window size as {@code target/screenshots/<name>.png}. */
    static void screenshot(ChromeDriver browser, Dimension size, String name) throws IOException {
        browser.manage().window().setSize(size);
        // two animation frames: the charts have redrawn for the new size
        browser.executeAsyncScript("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(done));");
        // the window's width: beyond the viewport the page is laid out without a vertical scroll bar
        Number width = (Number) browser.executeScript("return window.innerWidth");
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of(
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        browser.manage().window().setSize(LAPTOP);
    }

    /** Saves what the window shows at the given size (the first screen) as {@code target/screenshots/pictures/<name>.png}. */
    static void picture(ChromeDriver browser, Dimension size, String name) throws IOException {
        browser.manage().window().setSize(size);
        browser.executeScript("window.scrollTo(0, 0)");
        browser.executeAsyncScript("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(done));");
        Path pictures = SCREENSHOTS.resolve("pictures");
        Files.createDirectories(pictures);
        Files.write(pictures.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(LAPTOP);
    }

    /** The console errors the browser logged since the last call. */
    static List<String> consoleErrors(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::toString).toList();
    }
}
