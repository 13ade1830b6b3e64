package org.accountsuccess.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The web page in a real headless Chromium against the distribution started with {@code bin/start}:
 * log in, see the demo data's portfolio, open an account and find the REST API's figures, the
 * stakeholder grid and the timeline on the page, with HTML-looking survey comments shown as text,
 * and no console error. Screenshots go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageIT {
    private static final String AS_OF = "2026-11-15";
    private static final String WINDOW_FROM = "2025-11-16";
    private static final String USER = "web-it";
    private static final String PASSWORD = UUID.randomUUID().toString();
    private static final String BASE = "http://localhost:" + KarafDistribution.HTTP_PORT + "/account-success/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static UnpackedDistribution distribution;
    private static ChromeDriver browser;

    @BeforeAll
    static void startDistributionAndBrowser() throws Exception {
        assumeTrue(Files.isExecutable(Chromium.DRIVER),
                "no " + Chromium.DRIVER + ": install the Debian packages chromium and chromium-driver (.ci/run does)");
        distribution = UnpackedDistribution.unpack("web-page", "18302", "11399", "44744");
        distribution.set("etc/users.properties", USER, PASSWORD + ",manager");
        distribution.run("bin/start");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .untilAsserted(() -> assertThat(api("accounts?limit=1&asOf=" + AS_OF).path("total").asInt())
                        .isEqualTo(200));
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (distribution != null) {
            distribution.run("bin/stop");
        }
    }

    @Test
    @Order(0)
    void servesThePageWithAPolicyAgainstInlineScriptAndForeignFrames() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(BASE)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'self'; "
                + "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=");
    }

    @Test
    @Order(1)
    void logsInAndShowsThePortfolioWithItsFiltersAndSorting() throws Exception {
        browser.get(BASE + "#/?asOf=" + AS_OF);
        waitFor(By.id("login-user")).sendKeys(USER);
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#login button[type=submit]")).click();

        JsonNode page = api("accounts?limit=25&asOf=" + AS_OF);
        wait(By.cssSelector("[data-test=account-count]"), "1\u201325 of " + page.path("total").asInt());
        List<WebElement> rows = browser.findElements(By.cssSelector("#account-list tbody tr"));
        assertThat(rows).hasSize(25);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode account = page.path("items").get(i);
            assertThat(rows.get(i).getAttribute("data-account")).isEqualTo(account.path("id").asText());
            assertThat(rows.get(i).getText()).contains(account.path("name").asText(), nps(account.path("accountNps")),
                    account.path("loyaltyClass").asText().replace('_', '-'));
        }
        waitFor(By.cssSelector("#nps-trend canvas"));
        waitFor(By.cssSelector("#retention canvas"));
        Chromium.screenshot(browser, Chromium.LAPTOP, "portfolio-laptop");
        Chromium.screenshot(browser, Chromium.TABLET, "portfolio-tablet");

        JsonNode detractors = api("accounts?limit=25&loyaltyClass=detractor&sort=arr&asOf=" + AS_OF);
        new Select(browser.findElement(By.cssSelector("select[name=loyaltyClass]"))).selectByValue("detractor");
        wait(By.cssSelector("[data-test=account-count]"), "1\u201325 of " + detractors.path("total").asInt());
        browser.findElement(By.xpath("//table[@id='account-list']//th/button[starts-with(., 'ARR')]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(
                By.cssSelector("#account-list tbody tr"), "data-account", detractors.path("items").get(0).path("id").asText()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<b>bold</b>"})
    @Order(2)
    void showsTheAccountOfAnHtmlCommentWithItsTrueFiguresAndTheCommentAsText(String markup) throws Exception {
        JsonNode response = responseWithComment(markup);
        String account = response.path("account").asText();
        browser.get(BASE + "#/accounts/" + account + "?asOf=" + AS_OF);
        waitFor(By.id("stakeholder-grid"));

        JsonNode scorecard = api("accounts/" + account + "/scorecard?asOf=" + AS_OF);
        assertThat(text("#account-name")).isEqualTo(scorecard.path("account").path("name").asText());
        assertThat(text("[data-test=account-nps] .value")).isEqualTo(nps(scorecard.path("loyalty").path("accountNps")));
        assertThat(text("[data-test=contact-nps] .detail"))
                .endsWith("n = " + scorecard.path("loyalty").path("contacts").path("n").asInt());
        assertThat(text("[data-test=arr] .value")).isEqualTo(String.format(Locale.US, "%,.2f", scorecard.path("arr").decimalValue()));

        JsonNode stakeholders = api("accounts/" + account + "/stakeholders?asOf=" + AS_OF).path("stakeholders");
        assertThat(browser.findElements(By.cssSelector("#stakeholder-grid [data-contact]"))).hasSize(stakeholders.size());
        for (JsonNode s : stakeholders) {
            WebElement card = browser.findElement(By.cssSelector(String.format("#stakeholder-grid tr[data-role=%s] td[data-class=%s] [data-contact='%s']",
                    s.path("contact").path("role").asText(), s.path("loyaltyClass").asText(), s.path("contact").path("id").asText())));
            assertThat(card.getText()).contains(score("latest", s.path("latest")), score("previous", s.path("previous")));
        }

        JsonNode timeline = api("accounts/" + account + "/timeline?limit=100&from=" + WINDOW_FROM + "&to=" + AS_OF);
        int total = timeline.path("total").asInt();
        wait(By.cssSelector("[data-test=timeline-count]"), Math.min(100, total) + " of " + total + " events");
        List<String> expected = new ArrayList<>();
        timeline.path("events").forEach(e -> expected.add(e.path("sourceId").asText()));
        assertThat(browser.findElements(By.cssSelector("#timeline-events li[data-source]")))
                .extracting(e -> e.getAttribute("data-source")).containsExactlyElementsOf(expected);
        assertThat(browser.findElements(By.cssSelector("#timeline-events li.gap"))).hasSize(timeline.path("gaps").size());

        By item = By.cssSelector("#timeline-events li[data-source='" + response.path("id").asText() + "'] .comment");
        while (browser.findElements(item).isEmpty()) {
            browser.findElement(By.xpath("//section[@id='timeline']//button[text()='Show more']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(
                    browser.findElement(By.cssSelector("[data-test=timeline-count]"))));
        }
        assertThat(browser.findElement(item).getText()).isEqualTo(response.path("comment").asText()).contains(markup);
        assertThat(browser.findElements(By.cssSelector("main script, main b"))).isEmpty();
        String name = markup.startsWith("<script") ? "account-script-comment" : "account-bold-comment";
        Chromium.screenshot(browser, Chromium.LAPTOP, name + "-laptop");
        Chromium.screenshot(browser, Chromium.TABLET, name + "-tablet");
    }

    @Test
    @Order(3)
    void theBrowserLoggedNoConsoleError() {
        assertThat(Chromium.consoleErrors(browser)).isEmpty();
    }

    /** The survey response whose comment holds the markup, with its account, found through the REST API. */
    private static JsonNode responseWithComment(String markup) throws Exception {
        for (JsonNode account : api("accounts?limit=500&asOf=" + AS_OF).path("items")) {
            String id = account.path("id").asText();
            JsonNode events = api("accounts/" + id + "/timeline?types=survey_response&limit=500&from=" + WINDOW_FROM
                    + "&to=" + AS_OF).path("events");
            for (JsonNode event : events) {
                JsonNode response = event.path("response");
                if (response.path("comment").asText("").contains(markup)) {
                    return ((com.fasterxml.jackson.databind.node.ObjectNode) response.deepCopy()).put("account", id);
                }
            }
        }
        throw new AssertionError("no survey response in the demo data has a comment with " + markup);
    }

    private static JsonNode api(String path) throws Exception {
        String credentials = USER + ":" + PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "api/v1/" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** An NPS as the page prints it: one decimal, or a dash when undefined. */
    private static String nps(JsonNode value) {
        return value.isNull() ? "\u2013" : new BigDecimal(value.asDouble()).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String score(String label, JsonNode response) {
        return response.isNull() ? label + " \u2013" : label + " " + response.path("score").asInt() + " on " + response.path("date").asText();
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void wait(By locator, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(locator, text));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }
}
