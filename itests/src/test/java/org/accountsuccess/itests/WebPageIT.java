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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
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
    private static final String HR_USER = "web-it-hr";
    private static final String ADMIN_USER = "web-it-admin";
    /** A rep who owns no account of the demo: sees none, and no account deep-linked to. */
    private static final String REP_USER = "web-it-rep";
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
        distribution.set("etc/users.properties", USER, PASSWORD + ",as-manager");
        distribution.set("etc/org.accountsuccess.demo.cfg", "anchor", KarafDistribution.DEMO_ANCHOR);
        distribution.set("etc/users.properties", HR_USER, PASSWORD + ",as-hr");
        distribution.set("etc/users.properties", ADMIN_USER, PASSWORD + ",as-admin");
        distribution.set("etc/users.properties", REP_USER, PASSWORD + ",as-rep");
        // a webhook endpoint nobody listens on, one attempt: the closed loop's first events become dead letters
        Files.write(distribution.home.resolve("etc/org.accountsuccess.webhook-web-it.cfg"), List.of(
                "url = http://127.0.0.1:9/", "secret = " + UUID.randomUUID(),
                "topics = org/accountsuccess/response/ARRIVED", "max.attempts = 1"));
        // the closed loop takes the demo's last 30 days (to 2026-11-15) as new responses, whatever today is
        long lookback = ChronoUnit.DAYS.between(LocalDate.parse(AS_OF).minusDays(30), LocalDate.now(ZoneOffset.UTC)) + 1;
        Files.writeString(distribution.home.resolve("etc/org.accountsuccess.loop.cfg"),
                "response.lookback.days = " + lookback + "\n");
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

        // the first view is the accounts riskiest first
        JsonNode page = api("accounts?limit=25&sort=risk&asOf=" + AS_OF);
        wait(By.cssSelector("[data-test=account-count]"), "1\u201325 of " + page.path("total").asInt());
        assertThat(new Select(browser.findElement(By.name("sort"))).getFirstSelectedOption().getText()).isEqualTo("riskiest first");
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
        click(browser.findElement(By.xpath("//table[@id='account-list']//th/button[starts-with(., 'ARR')]")));
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(ExpectedConditions.attributeToBe(
                By.cssSelector("#account-list tbody tr"), "data-account", detractors.path("items").get(0).path("id").asText()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<b>bold</b>"})
    @Order(2)
    void showsTheAccountOfAnHtmlCommentWithItsTrueFiguresAndTheCommentAsText(String markup) throws Exception {
        JsonNode response = responseWithComment(markup);
        String account = response.path("account").asText();
        JsonNode scorecard = api("accounts/" + account + "/scorecard?asOf=" + AS_OF);
        browser.get(BASE + "#/accounts/" + account + "?asOf=" + AS_OF);
        wait(By.id("account-name"), scorecard.path("account").path("name").asText());
        waitFor(By.id("stakeholder-grid"));
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
            click(browser.findElement(By.xpath("//section[@id='timeline']//button[text()='Show more']")));
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
    void showsTheHealthScoreItsFactorsAndTheActionsTheyCallForAsTheApiGivesThem() throws Exception {
        for (String band : List.of("red", "green")) {
            String account = api("accounts?limit=1&band=" + band + "&asOf=" + AS_OF).path("items").get(0).path("id").asText();
            JsonNode health = api("accounts/" + account + "/scorecard?asOf=" + AS_OF).path("health");
            assertThat(health).isEqualTo(api("accounts/" + account + "/health?asOf=" + AS_OF));
            browser.get(BASE + "#/accounts/" + account + "?asOf=" + AS_OF);
            wait(By.cssSelector("[data-test=health] .value"), nps(health.path("score")) + " " + band);

            List<WebElement> rows = browser.findElements(By.cssSelector("#health-factors tbody tr"));
            assertThat(rows).hasSize(health.path("factors").size());
            JsonNode worst = null;
            for (int i = 0; i < rows.size(); i++) {
                JsonNode factor = health.path("factors").get(i);
                List<String> cells = rows.get(i).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
                assertThat(cells).containsExactly(factor.path("factor").asText(), nps(factor.path("score")),
                        weight(factor.path("weight")), percent(factor.path("normalisedWeight")), nps(factor.path("contribution")),
                        factor.path("reason").asText());
                if (factor.path("score").asDouble() < 70 && (worst == null || lost(factor) > lost(worst))) {
                    worst = factor;
                }
            }
            assertThat(browser.findElements(By.cssSelector("#health-missing li"))).extracting(e -> e.getAttribute("data-factor"))
                    .containsExactlyElementsOf(names(health.path("missing")));
            List<WebElement> actions = browser.findElements(By.cssSelector("#actions li"));
            if (worst != null) {
                assertThat(actions.get(0).getAttribute("data-source")).isEqualTo(worst.path("factor").asText());
                assertThat(actions.get(0).getText()).contains(worst.path("reason").asText().replaceAll("\\.$", ""));
            }
            waitFor(By.cssSelector("#health-trend canvas"));
            Chromium.screenshot(browser, Chromium.LAPTOP, "account-health-" + band + "-laptop");
            Chromium.screenshot(browser, Chromium.TABLET, "account-health-" + band + "-tablet");
        }
    }

    @Test
    @Order(4)
    void filtersThePortfolioByHealthBand() throws Exception {
        browser.get(BASE + "#/?asOf=" + AS_OF);
        // the list keeps the loyalty filter and the ARR order of the first test
        new Select(waitFor(By.cssSelector("select[name=loyaltyClass]"))).selectByValue("");
        wait(By.cssSelector("[data-test=account-count]"), "1\u201325 of 200");
        JsonNode red = api("accounts?limit=25&band=red&sort=arr&asOf=" + AS_OF);
        new Select(browser.findElement(By.cssSelector("select[name=band]"))).selectByValue("red");
        wait(By.cssSelector("[data-test=account-count]"), "1\u2013" + Math.min(25, red.path("total").asInt()) + " of " + red.path("total").asInt());
        assertThat(browser.findElements(By.cssSelector("#account-list tbody tr"))).extracting(e -> e.getAttribute("data-account"))
                .containsExactlyElementsOf(ids(red.path("items"), "id"));
        assertThat(browser.findElements(By.cssSelector("#account-list td.health"))).allSatisfy(c -> assertThat(c.getText()).endsWith("red"));
        new Select(browser.findElement(By.cssSelector("select[name=band]"))).selectByValue("");
    }

    @Test
    @Order(5)
    void showsTheRenewalPipelineAsTheApiGivesIt() throws Exception {
        browser.get(BASE + "#/renewals?asOf=" + AS_OF);
        JsonNode pipeline = api("renewals/pipeline?days=120&asOf=" + AS_OF);
        wait(By.cssSelector("[data-test=pipeline-count] .value"), String.valueOf(pipeline.path("entries").path("total").asInt()));
        List<WebElement> rows = browser.findElements(By.cssSelector("#pipeline-list tbody tr"));
        assertThat(rows).extracting(e -> e.getAttribute("data-contract"))
                .containsExactlyElementsOf(pipelineContracts(pipeline));
        // below it the forecast of the same 120 days: its expected ARR and its first page of contracts
        JsonNode forecast = api("renewals/forecast?asOf=" + AS_OF);
        waitFor(By.cssSelector("[data-test=forecast-base] .value"));
        assertThat(text("[data-test=forecast-base] .value"))
                .isEqualTo(String.format(Locale.US, "%,.2f", forecast.path("base").decimalValue()));
        assertThat(browser.findElements(By.cssSelector("#forecast-list tbody tr")))
                .extracting(e -> e.getAttribute("data-contract")).containsExactlyElementsOf(pipelineContracts(forecast));
        screenshots("renewals");
    }

    /**
     * An account whose comments mention a topic negatively: the scorecard names it, and its button
     * narrows the timeline to the responses whose comments mention it, as the API gives them.
     */
    @Test
    @Order(6)
    void namesTheAccountsTopNegativeTopicAndShowsItsCommentsOnTheTimeline() throws Exception {
        JsonNode topics = api("topics?limit=100&from=" + WINDOW_FROM + "&to=" + AS_OF).path("topics").path("items");
        JsonNode scorecard = null;
        for (JsonNode comment : api("topics/" + topics.get(0).path("key").asText().replace(" ", "%20") + "/comments?limit=100&from="
                + WINDOW_FROM + "&to=" + AS_OF).path("items")) {
            JsonNode card = api("accounts/" + comment.path("accountId").asText() + "/scorecard?asOf=" + AS_OF);
            if (card.hasNonNull("topNegativeTopic")) {
                scorecard = card;
                break;
            }
        }
        assertThat(scorecard).as("an account of the first topic's comments has a top negative topic").isNotNull();
        String account = scorecard.path("account").path("id").asText();
        String label = scorecard.path("topNegativeTopic").asText();
        String key = null;
        for (JsonNode topic : topics) {
            key = topic.path("label").asText().equals(label) ? topic.path("key").asText() : key;
        }
        assertThat(key).as("the top negative topic %s is one of the tenant's topics", label).isNotNull();

        browser.get(BASE + "#/accounts/" + account + "?asOf=" + AS_OF);
        wait(By.cssSelector("[data-test=top-topic] .value"), label);
        waitFor(By.cssSelector("#timeline select[name=topic]"));
        JsonNode timeline = api("accounts/" + account + "/timeline?limit=100&from=" + WINDOW_FROM + "&to=" + AS_OF
                + "&topic=" + key.replace(" ", "%20"));
        int total = timeline.path("total").asInt();
        assertThat(total).as("the account's comments mention its top negative topic").isPositive();
        click(browser.findElement(By.cssSelector("[data-test=show-topic]")));
        wait(By.cssSelector("[data-test=timeline-count]"), Math.min(100, total) + " of " + total + " events");
        assertThat(new Select(browser.findElement(By.cssSelector("#timeline select[name=topic]"))).getFirstSelectedOption().getText())
                .isEqualTo(label);
        assertThat(browser.findElements(By.cssSelector("#timeline-events li[data-source]")))
                .allMatch(e -> "survey_response".equals(e.getAttribute("data-type")))
                .extracting(e -> e.getAttribute("data-source")).containsExactlyElementsOf(ids(timeline.path("events"), "sourceId"));
        screenshots("account-topic-timeline");
    }

    @Test
    @Order(6)
    void showsTheCommentTopicsAndATopicsCommentsAsTheApiGivesThem() throws Exception {
        browser.get(BASE + "#/topics?asOf=" + AS_OF);
        JsonNode topics = api("topics?limit=20&from=" + WINDOW_FROM + "&to=" + AS_OF);
        waitFor(By.cssSelector("[data-test=topics-summary]"));
        assertThat(text("[data-test=topics-summary]")).startsWith(String.format(Locale.US, "%,d comments of %,d responses",
                topics.path("comments").asInt(), topics.path("responses").asInt()));
        assertThat(topics.path("topics").path("total").asInt()).as("the demo's comments have topics").isPositive();
        assertThat(browser.findElements(By.cssSelector("#topics-table tbody tr"))).extracting(e -> e.getAttribute("data-topic"))
                .containsExactlyElementsOf(ids(topics.path("topics").path("items"), "key"));
        JsonNode first = topics.path("topics").path("items").get(0);
        browser.findElement(By.cssSelector("#topics-table tr[data-topic='" + first.path("key").asText() + "'] a")).click();
        JsonNode comments = api("topics/" + first.path("key").asText().replace(" ", "%20") + "/comments?limit=20&from="
                + WINDOW_FROM + "&to=" + AS_OF);
        waitFor(By.id("topic-comments-table"));
        assertThat(browser.findElements(By.cssSelector("#topic-comments-table tbody tr")))
                .extracting(e -> e.getAttribute("data-response"))
                .containsExactlyElementsOf(ids(comments.path("items"), "responseId"));
        screenshots("topics");
    }

    @Test
    @Order(6)
    void showsTheAnalyticsAsTheApiGivesThem() throws Exception {
        browser.get(BASE + "#/analytics?asOf=" + AS_OF);
        waitFor(By.id("matrix-quadrants"));
        JsonNode matrix = api("matrix?measure=arr&asOf=" + AS_OF);
        for (JsonNode quadrant : matrix.path("quadrants")) {
            WebElement row = browser.findElement(By.cssSelector("#matrix-quadrants tr[data-quadrant=" + quadrant.path("quadrant").asText() + "]"));
            assertThat(row.findElements(By.tagName("td"))).extracting(WebElement::getText).containsExactly(
                    quadrant.path("action").asText(), quadrant.path("accounts").asText(), money(quadrant.path("value")));
        }
        assertThat(text("[data-test=matrix-note]")).startsWith(matrix.path("plotted").asInt() + " accounts plotted")
                .contains(matrix.path("leftOut").asInt() + " left out");

        JsonNode lifecycle = api("lifecycle?asOf=" + AS_OF);
        waitFor(By.id("lifecycle-classes"));
        assertThat(text("[data-test=lifecycle-head] .value"))
                .isEqualTo(lifecycle.path("head").path("accounts").asInt() + " of " + lifecycle.path("accounts").asInt() + " accounts");
        for (String part : List.of("head", "tail")) {
            for (JsonNode share : lifecycle.path(part).path("byClass")) {
                WebElement row = browser.findElement(By.cssSelector(String.format("#lifecycle-classes tr[data-part=%s][data-class=%s]",
                        part, share.path("loyaltyClass").asText())));
                assertThat(row.getText()).endsWith(share.path("accounts").asInt() + " " + money(share.path("arr")));
            }
        }

        // one drivers table, the API's two rankings its two orders
        JsonNode drivers = api("drivers?limit=10&from=" + WINDOW_FROM + "&to=" + AS_OF);
        waitFor(By.id("drivers-list"));
        assertThat(browser.findElements(By.cssSelector("#drivers-list tbody tr"))).extracting(e -> e.getAttribute("data-driver"))
                .containsExactlyElementsOf(ids(drivers.path("byDetractorMentions").path("items"), "driver"));
        new Select(browser.findElement(By.name("driver-order"))).selectByValue("byArrAtStake");
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d ->
                ids(drivers.path("byArrAtStake").path("items"), "driver").equals(browser.findElements(By.cssSelector("#drivers-list tbody tr"))
                        .stream().map(e -> e.getAttribute("data-driver")).toList()));
        assertThat(browser.findElements(By.cssSelector("#drivers table"))).hasSize(1);
        // a topic keeps the drivers of the responses whose comments mention it
        String topic = api("topics?limit=1&from=" + WINDOW_FROM + "&to=" + AS_OF).path("topics").path("items").get(0).path("key").asText();
        JsonNode topical = api("drivers?limit=10&from=" + WINDOW_FROM + "&to=" + AS_OF + "&topic=" + topic.replace(" ", "%20"));
        assertThat(topical.path("responses").asInt()).as("the topic's responses are fewer than all").isLessThan(drivers.path("responses").asInt());
        new Select(browser.findElement(By.name("driver-topic"))).selectByValue(topic);
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d ->
                text("[data-test=drivers-how]").contains(String.format(Locale.US, " of the %,d responses", topical.path("responses").asInt())));
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d ->
                ids(topical.path("byArrAtStake").path("items"), "driver").equals(browser.findElements(By.cssSelector("#drivers-list tbody tr"))
                        .stream().map(e -> e.getAttribute("data-driver")).toList()));

        // the backtest of the scores of a year ago, for managers
        JsonNode backtest = api("health/backtest?asOf=2025-11-15&until=" + AS_OF);
        waitFor(By.id("backtest-bands"));
        assertThat(browser.findElements(By.cssSelector("#backtest-bands tbody tr"))).extracting(e -> e.getAttribute("data-band"))
                .containsExactlyElementsOf(ids(backtest.path("bands"), "band"));
        assertThat(text("[data-test=backtest-summary]")).contains(String.format(Locale.US, "%,d accounts renewed, %,d churned",
                backtest.path("renewed").asInt(), backtest.path("churned").asInt()));

        JsonNode movements = api("climbers?limit=10&to=" + AS_OF);
        waitFor(By.id("contact-fallers"));
        String[] paged = null;
        for (String[] list : new String[][] {{"accountClimbers", "account-climbers", "accountId"}, {"accountFallers", "account-fallers", "accountId"},
                {"contactClimbers", "contact-climbers", "contactId"}, {"contactFallers", "contact-fallers", "contactId"}}) {
            assertThat(browser.findElements(By.cssSelector("#" + list[1] + " tbody tr")))
                    .extracting(e -> e.getAttribute(list[2].equals("accountId") ? "data-account" : "data-contact"))
                    .containsExactlyElementsOf(ids(movements.path(list[0]).path("items"), list[2]));
            paged = paged == null && movements.path(list[0]).path("total").asInt() > 10 ? list : paged;
        }
        screenshots("analytics");
        if (paged != null) {
            // the next ten of one list, and only that list moves
            String[] list = paged;
            JsonNode next = api("climbers?limit=10&offset=10&to=" + AS_OF).path(list[0]);
            click(browser.findElement(By.xpath("//*[@data-test='" + list[1] + "-range']/following-sibling::button")));
            wait(By.cssSelector("[data-test=" + list[1] + "-range]"), "11\u2013" + (10 + next.path("items").size()) + " of " + next.path("total").asInt());
            assertThat(browser.findElements(By.cssSelector("#" + list[1] + " tbody tr")))
                    .extracting(e -> e.getAttribute(list[2].equals("accountId") ? "data-account" : "data-contact"))
                    .containsExactlyElementsOf(ids(next.path("items"), list[2]));
        }
    }

    @Test
    @Order(6)
    void showsTheMrrMovementsAndTheAccountsBehindOneAsTheApiGivesThem() throws Exception {
        browser.get(BASE + "#/movements?asOf=" + AS_OF);
        JsonNode series = api("revenue/movements?from=2025-12&to=2026-11");
        waitFor(By.cssSelector("#movement-list tbody tr"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#movement-list tbody tr"));
        assertThat(rows).extracting(e -> e.getAttribute("data-month")).containsExactlyElementsOf(ids(series.path("months"), "month"));
        JsonNode busiest = null;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode month = series.path("months").get(i);
            // start, new, expansion, reactivation, contraction, churned, end
            assertThat(rows.get(i).findElements(By.tagName("td"))).extracting(WebElement::getText).startsWith(
                    month.path("month").asText(), money(month.path("startMrr")), money(month.path("newMrr")),
                    money(month.path("expansion")), money(month.path("reactivationMrr")),
                    money(month.path("contraction")), money(month.path("churned")), money(month.path("endMrr")));
            busiest = month.path("churned").decimalValue().signum() > 0 ? month : busiest;
        }
        screenshots("movements");
        assertThat(busiest).as("a month with churned MRR in the demo data").isNotNull();
        String month = busiest.path("month").asText();
        JsonNode accounts = api("revenue/movements/accounts?movement=churned&limit=25&month=" + month);
        browser.findElement(By.cssSelector("#movement-list tr[data-month='" + month + "'] button[data-movement=churned]")).click();
        waitFor(By.cssSelector("#movement-account-list tbody tr"));
        assertThat(browser.findElements(By.cssSelector("#movement-account-list tbody tr")))
                .extracting(e -> e.getAttribute("data-account")).containsExactlyElementsOf(ids(accounts.path("items"), "accountId"));
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode item : api("revenue/movements/accounts?movement=churned&limit=500&month=" + month).path("items")) {
            sum = sum.add(item.path("amount").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo(busiest.path("churned").decimalValue());
    }

    @Test
    @Order(6)
    void showsTheCohortHeatMapAsTheApiGivesIt() throws Exception {
        browser.get(BASE + "#/cohorts?asOf=" + AS_OF);
        JsonNode table = api("revenue/cohorts?from=2025-11-01&asOf=" + AS_OF);
        waitFor(By.cssSelector(".cohort-table tbody tr"));
        List<WebElement> rows = browser.findElements(By.cssSelector(".cohort-table tbody tr"));
        assertThat(rows).extracting(e -> e.getAttribute("data-cohort")).containsExactlyElementsOf(ids(table.path("cohorts"), "key"));
        JsonNode first = table.path("cohorts").get(0);
        List<String> cells = rows.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(cells.get(1)).isEqualTo(first.path("accounts").asText());
        for (int n = 0; n < first.path("periods").size(); n++) {
            assertThat(cells.get(3 + n)).isEqualTo(percent(first.path("periods").get(n).path("logoRetention")));
        }
        screenshots("cohorts");
    }

    @Test
    @Order(7)
    void simulatesAScenarioAsTheApiDoesAndShowsABadShareNextToItsMove() throws Exception {
        browser.get(BASE + "#/simulator?asOf=" + AS_OF);
        waitFor(By.cssSelector("#simulator button[type=submit]")).click();
        waitFor(By.id("simulator-classes"));
        JsonNode result = apiPost("simulations", "{\"asOf\":\"" + AS_OF + "\",\"moves\":[{\"from\":\"detractor\",\"to\":\"passive\",\"share\":0.25}]}", 200);
        assertThat(text("[data-test=sim-baseline] .value")).isEqualTo(money(result.path("baseline")));
        assertThat(text("[data-test=sim-projection] .value")).isEqualTo(money(result.path("projection")));
        assertThat(text("[data-test=sim-difference] .value")).isEqualTo(money(result.path("difference")));
        assertThat(text("[data-test=sim-nps] .value")).isEqualTo(nps(result.path("impliedNps")));
        screenshots("simulator");
        assertThat(Chromium.consoleErrors(browser)).isEmpty();

        // two moves out of the detractors that add up to more than all of them: the API's 400 names moves[1].share
        browser.findElement(By.xpath("//button[text()='Add a move']")).click();
        List<WebElement> moves = browser.findElements(By.cssSelector("#simulator-moves .move"));
        for (WebElement move : moves) {
            move.findElement(By.name("share")).clear();
            move.findElement(By.name("share")).sendKeys("60");
        }
        new Select(moves.get(1).findElement(By.name("to"))).selectByValue("promoter");
        browser.findElement(By.cssSelector("#simulator button[type=submit]")).click();
        JsonNode problem = apiPost("simulations", "{\"asOf\":\"" + AS_OF + "\",\"moves\":[{\"from\":\"detractor\",\"to\":\"passive\",\"share\":0.6},"
                + "{\"from\":\"detractor\",\"to\":\"promoter\",\"share\":0.6}]}", 400);
        assertThat(problem.path("parameter").asText()).isEqualTo("moves[1].share");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElement(
                moves.get(1).findElement(By.cssSelector(".field-error")), problem.path("detail").asText()));
        assertThat(moves.get(0).findElement(By.cssSelector(".field-error")).getText()).isEmpty();
        assertThat(browser.findElements(By.id("simulator-classes"))).isEmpty();
        assertThat(Chromium.consoleErrors(browser)).singleElement().asString().contains("api/v1/simulations", "400");
    }

    @Test
    @Order(8)
    void listsTheFollowUpsAndTheOverdueOnesAsTheApiGivesThem() throws Exception {
        browser.get(BASE + "#/followups?asOf=" + AS_OF);
        for (boolean overdue : new boolean[] {false, true}) {
            if (overdue) {
                browser.findElement(By.name("overdue")).click();
            }
            JsonNode page = api("followups?limit=50&asOf=" + AS_OF + (overdue ? "&overdue=true" : ""));
            int total = page.path("total").asInt();
            if (total == 0) {
                // nothing to page through: the view says why instead
                waitFor(By.cssSelector("[data-test=followups-empty]"));
                assertThat(browser.findElements(By.cssSelector("[data-test=followup-count]"))).isEmpty();
                continue;
            }
            wait(By.cssSelector("[data-test=followup-count]"), "1\u2013" + page.path("items").size()
                    + " of " + total + (overdue ? " overdue" : "") + " as of " + AS_OF);
            List<String> expected = new ArrayList<>();
            page.path("items").forEach(f -> expected.add(f.path("followUp").path("responseId").asText()));
            assertThat(browser.findElements(By.cssSelector("#followup-list tbody tr"))).extracting(e -> e.getAttribute("data-response"))
                    .containsExactlyElementsOf(expected);
            screenshots(overdue ? "followups-overdue" : "followups");
        }
        browser.findElement(By.name("overdue")).click();
    }

    /**
     * The rep's work: a follow-up from the riskiest account's first recommended action (its button
     * then disabled), the first overdue follow-up marked done and the next snoozed, the badge on the
     * navigation always the API's overdue total.
     */
    @Test
    @Order(8)
    void createsAFollowUpFromAnActionMarksOneDoneSnoozesOneAndBadgesTheOverdueCount() throws Exception {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(api("followups?overdue=true&limit=1&asOf=" + AS_OF).path("total").asInt()).isGreaterThan(1));
        JsonNode riskiest = api("accounts?limit=1&sort=risk&asOf=" + AS_OF).path("items").get(0);
        String account = riskiest.path("id").asText();
        browser.get(BASE + "#/accounts/" + account + "?asOf=" + AS_OF);
        WebElement create = waitFor(By.cssSelector("#actions li:first-child [data-test=create-followup]"));
        String title = text("#actions li:first-child span[id]");
        String due = LocalDate.parse(AS_OF).plusDays(7).toString();
        click(create);
        wait(By.cssSelector("#actions li:first-child [data-test=action-outcome]"), "Follow-up created, due " + due + ".");
        List<JsonNode> created = new ArrayList<>();
        api("followups?account=" + account + "&asOf=" + AS_OF).path("items").forEach(f -> {
            if (f.path("followUp").path("title").asText().equals(title)) {
                created.add(f);
            }
        });
        assertThat(created).singleElement().satisfies(f -> {
            assertThat(f.path("followUp").path("kind").asText()).isEqualTo("recommended_action");
            assertThat(f.path("followUp").path("assignee").asText()).isEqualTo(riskiest.path("owner").asText());
            assertThat(f.path("followUp").path("dueDate").asText()).isEqualTo(due);
            assertThat(f.path("status").asText()).isEqualTo("open");
        });
        browser.get(BASE + "#/accounts/" + account + "?asOf=" + AS_OF + "&visit=" + UUID.randomUUID());
        wait(By.cssSelector("#actions li:first-child [data-test=action-outcome]"), "Follow-up open, due " + due + ".");
        assertThat(browser.findElement(By.cssSelector("#actions li:first-child [data-test=create-followup]")).isEnabled()).isFalse();

        browser.get(BASE + "#/followups?asOf=" + AS_OF);
        waitFor(By.id("followup-list"));
        badgeIsTheOverdueTotal();
        click(browser.findElement(By.name("overdue")));
        JsonNode overdue = api("followups?overdue=true&limit=2&asOf=" + AS_OF).path("items");
        String done = overdue.get(0).path("followUp").path("responseId").asText();
        String snoozed = overdue.get(1).path("followUp").path("responseId").asText();
        click(waitFor(By.cssSelector("tr[data-response='" + done + "'] [data-test=mark-done]")));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("tr[data-response='" + done + "']")));
        JsonNode doneNow = api("followups/" + done + "?asOf=" + AS_OF);
        assertThat(doneNow.path("followUp").path("status").asText()).isEqualTo("done");
        assertThat(doneNow.path("followUp").path("doneOn").asText()).isEqualTo(AS_OF);
        assertThat(doneNow.path("history").get(doneNow.path("history").size() - 1).path("by").asText()).isEqualTo(USER);
        badgeIsTheOverdueTotal();

        WebElement row = waitFor(By.cssSelector("tr[data-response='" + snoozed + "']"));
        click(row.findElement(By.tagName("summary")));
        browser.executeScript("arguments[0].value = arguments[1]", row.findElement(By.name("snoozeUntil")), "2026-11-22");
        click(row.findElement(By.cssSelector("[data-test=work-form] button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("tr[data-response='" + snoozed + "']")));
        JsonNode snoozedNow = api("followups/" + snoozed + "?asOf=" + AS_OF);
        assertThat(snoozedNow.path("followUp").path("status").asText()).isEqualTo("snoozed");
        assertThat(snoozedNow.path("followUp").path("overdue").asBoolean()).isFalse();
        assertThat(snoozedNow.path("history").get(snoozedNow.path("history").size() - 1).path("what").asText())
                .isEqualTo("snoozed until 2026-11-22");
        badgeIsTheOverdueTotal();
        wait(By.cssSelector("[data-test=followup-notice]"), "Saved.");
        screenshots("followups-worked");
        click(browser.findElement(By.name("overdue")));
        assertThat(browser.findElement(By.name("overdue")).isSelected()).isFalse();
        waitFor(By.id("followup-list"));
    }

    /** The navigation's Follow-ups badge shows the API's overdue total (none when it is 0). */
    private void badgeIsTheOverdueTotal() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> {
            int total = api("followups?overdue=true&limit=1&asOf=" + AS_OF).path("total").asInt();
            List<WebElement> badge = browser.findElements(By.cssSelector("#nav a[data-view='/followups'] [data-test=overdue-badge]"));
            if (total == 0) {
                assertThat(badge).isEmpty();
            } else {
                assertThat(badge).singleElement().extracting(b -> b.getAttribute("data-count")).isEqualTo(String.valueOf(total));
            }
        });
    }

    @Test
    @Order(9)
    void anAdminSeesTheWebhookDeadLettersAndReplaysOneAndAManagerDoesNot() throws Exception {
        assertThat(navigation()).doesNotContain("Webhooks", "eNPS");
        logInAs(ADMIN_USER);
        assertThat(navigation()).contains("Portfolio", "Webhooks").doesNotContain("eNPS");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().untilAsserted(() -> {
            JsonNode endpoint = api(ADMIN_USER, "webhooks").get(0);
            assertThat(endpoint.path("pending").asInt()).isZero();
            assertThat(endpoint.path("dead").asInt()).isPositive();
        });
        JsonNode deadLetters = api(ADMIN_USER, "webhooks/dead-letters");
        JsonNode letters = deadLetters.path("items");
        browser.findElement(By.linkText("Webhooks")).click();
        waitFor(By.id("dead-letter-list"));
        assertThat(browser.findElements(By.cssSelector("#dead-letter-list tbody tr"))).extracting(e -> e.getAttribute("data-delivery"))
                .containsExactlyElementsOf(ids(letters, "deliveryId"));
        assertThat(text("#webhook-endpoint-list tr[data-endpoint=web-it]")).contains("http://127.0.0.1:9/",
                "org/accountsuccess/response/ARRIVED", "0 0 " + deadLetters.path("total").asInt());
        if (deadLetters.path("total").asInt() > letters.size()) {
            wait(By.cssSelector("[data-test=dead-letter-range]"), "1\u2013" + letters.size() + " of " + deadLetters.path("total").asInt());
        }
        screenshots("webhooks");

        // replay the first: the same delivery is sent again (and, nobody listening, comes back with a later attempt)
        JsonNode first = letters.get(0);
        String id = first.path("deliveryId").asText();
        click(browser.findElement(By.cssSelector("#dead-letter-list tr[data-delivery='" + id + "'] button")));
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode again = null;
            for (JsonNode letter : api(ADMIN_USER, "webhooks/dead-letters").path("items")) {
                again = letter.path("deliveryId").asText().equals(id) ? letter : again;
            }
            assertThat(again).isNotNull();
            assertThat(Instant.parse(again.path("lastAttemptAt").asText())).isAfter(Instant.parse(first.path("lastAttemptAt").asText()));
        });
    }

    @Test
    @Order(10)
    void hrSeesOnlyTheEnpsWithSmallDepartmentsSuppressed() throws Exception {
        logInAs(HR_USER);
        assertThat(navigation()).containsExactly("eNPS");
        waitFor(By.id("enps-departments"));
        JsonNode report = api(HR_USER, "enps?from=" + WINDOW_FROM + "&to=" + AS_OF);
        assertThat(text("[data-test=enps-overall] .value")).isEqualTo(nps(report.path("overall").path("value")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#enps-departments tbody tr"));
        int departments = report.path("departments").size();
        // the demo has departments below the floor: they count only together, in a last "other" row
        assertThat(rows).hasSize(departments + 1);
        assertThat(rows.get(departments).getAttribute("data-department")).isEqualTo("other");
        assertThat(rows.get(departments).getText()).contains(report.path("other").isNull() ? "too few to show"
                : nps(report.path("other").path("value")) + " ");
        for (int i = 0; i < departments; i++) {
            JsonNode department = report.path("departments").get(i);
            assertThat(rows.get(i).getAttribute("data-department")).isEqualTo(department.path("department").asText());
            assertThat(rows.get(i).getText()).contains(department.path("result").isNull() ? "too few to show"
                    : nps(department.path("result").path("value")) + " ");
        }
        screenshots("enps");
        browser.get(BASE + "#/?asOf=" + AS_OF);
        waitFor(By.id("enps-departments"));
        assertThat(navigation()).containsExactly("eNPS");
    }

    @Test
    @Order(11)
    void showsTheNpsAgainstThePreviousPeriodAndMarksFewAnswers() throws Exception {
        logInAs(USER);
        browser.get(BASE + "#/?asOf=" + AS_OF);
        JsonNode change = api("nps/compare?from=" + LocalDate.parse(AS_OF).minusDays(89) + "&to=" + AS_OF);
        assertThat(change.path("previousWindow").path("to").asText()).isEqualTo(LocalDate.parse(AS_OF).minusDays(90).toString());
        double points = change.path("change").asDouble();
        wait(By.cssSelector("[data-test=nps-latest-change]"), "Change: " + (points > 0 ? "+" : "") + nps(change.path("change"))
                + " points " + (change.path("significant").asBoolean() ? "significant" : "not significant (could be chance)"));
        assertThat(text("[data-test=nps-latest]")).contains("n = " + change.path("current").path("n").asInt(),
                "n = " + change.path("previous").path("n").asInt());

        // an account's contact NPS: the mark when fewer than 30 answers or an interval wider than 40 points
        String account = api("accounts?limit=1&sort=risk&asOf=" + AS_OF).path("items").get(0).path("id").asText();
        JsonNode contacts = api("accounts/" + account + "/scorecard?asOf=" + AS_OF).path("loyalty").path("contacts");
        boolean few = contacts.path("n").asInt() < 30 || contacts.path("interval").isNull()
                || contacts.path("interval").path("high").asDouble() - contacts.path("interval").path("low").asDouble() > 40;
        browser.get(BASE + "#/accounts/" + account + "?asOf=" + AS_OF);
        waitFor(By.id("stakeholder-grid"));
        assertThat(browser.findElements(By.cssSelector("[data-test=contact-nps] [data-test=few-answers]"))).hasSize(few ? 1 : 0);

        // why it moved over the last 90 days: the factors in the API's order, and who moved class
        JsonNode changes = api("accounts/" + account + "/changes?from=" + LocalDate.parse(AS_OF).minusDays(90) + "&to=" + AS_OF);
        waitFor(By.id("changes-factors"));
        assertThat(browser.findElements(By.cssSelector("#changes-factors tbody tr"))).extracting(e -> e.getAttribute("data-factor"))
                .containsExactlyElementsOf(ids(changes.path("factors"), "factor"));
        assertThat(browser.findElements(By.cssSelector("#changes-contacts li"))).extracting(e -> e.getAttribute("data-contact"))
                .containsExactlyElementsOf(ids(changes.path("contacts"), "contactId"));
        assertThat(text("[data-test=changes-health]")).contains(nps(changes.path("health").path("after")));
    }

    @Test
    @Order(12)
    void explainsEmptyListsAndShowsAnErrorViewWithAWayBackForAnAccountTheRepMayNotSee() throws Exception {
        browser.get(BASE + "#/followups?asOf=" + AS_OF);
        WebElement assignee = waitFor(By.name("assignee"));
        assignee.sendKeys("nobody-at-all", Keys.TAB);
        wait(By.cssSelector("[data-test=followups-empty] .empty-what"), "No follow-ups for nobody-at-all as of " + AS_OF + ".");
        assertThat(text("[data-test=followups-empty]")).contains("no new survey answers");
        assertThat(browser.findElements(By.cssSelector("#followups .pager button"))).isEmpty();
        assignee.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.TAB);
        waitFor(By.id("followup-list"));

        // a rep with no accounts: the portfolio says so, and a link to someone else's account is an error view
        logInAs(REP_USER);
        browser.get(BASE + "#/?asOf=" + AS_OF);
        waitFor(By.cssSelector("[data-test=accounts-empty]"));
        assertThat(text("#accounts-title")).isEqualTo("My accounts (" + REP_USER + "), riskiest first by default");
        browser.get(BASE + "#/accounts/acc-001?asOf=" + AS_OF);
        wait(By.cssSelector("#error-view h1"), "Account not found");
        assertThat(text("#error-view")).contains("acc-001");
        assertThat(Axe.violations(browser)).isEmpty();
        browser.findElement(By.id("error-back")).click();
        waitFor(By.cssSelector("[data-test=accounts-empty]"));
        assertThat(Chromium.consoleErrors(browser)).allSatisfy(e -> assertThat(e).contains("acc-001", "404"));
        logInAs(USER);
    }

    /** Every view a manager, an admin and hr see, in English and German, on a laptop and a phone. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    @Order(13)
    void everyViewInBothLanguagesAtBothWidthsIsAccessibleFitsThePhoneAndKeepsItsHeader(String language) throws Exception {
        String account = api("accounts?limit=1&band=red&asOf=" + AS_OF).path("items").get(0).path("id").asText();
        List<String> views = List.of("/", "/renewals", "/analytics", "/topics", "/movements", "/cohorts", "/simulator",
                "/followups", "/accounts/" + account);
        checkViews(ADMIN_USER, language, concat(views, "/dead-letters"));
        checkViews(HR_USER, language, List.of("/enps"));
        logInAs(USER);
        pickLanguage("en");
    }

    @Test
    @Order(14)
    void germanFormatsNumbersMoneyAndDatesTheGermanWay() throws Exception {
        // the riskiest account with an account NPS and an ARR of four figures or more: 1.234,56
        String account = null;
        for (JsonNode item : api("accounts?limit=100&sort=risk&asOf=" + AS_OF).path("items")) {
            if (account == null && !item.path("accountNps").isNull() && item.path("arr").asDouble() >= 1000) {
                account = item.path("id").asText();
            }
        }
        assertThat(account).as("an account with an NPS and ARR >= 1,000 among the 100 riskiest").isNotNull();
        JsonNode scorecard = api("accounts/" + account + "/scorecard?asOf=" + AS_OF);
        // a CRM's deep link in its user's language
        browser.get(BASE + "#/accounts/" + account + "?asOf=" + AS_OF + "&lang=de");
        waitFor(By.id("stakeholder-grid"));
        assertThat(text("[data-test=arr] .label")).isEqualTo("ARR (" + scorecard.path("baseCurrency").asText() + ")");
        assertThat(text("[data-test=arr] .value")).isEqualTo(String.format(Locale.GERMANY, "%,.2f", scorecard.path("arr").decimalValue()));
        assertThat(text("[data-test=account-nps] .value")).isEqualTo(nps(scorecard.path("loyalty").path("accountNps")).replace('.', ','));
        assertThat(text("#account-name + p")).endsWith("Stichtag 15.11.2026");
        assertThat(text("#actions-title")).isEqualTo("Nächste empfohlene Schritte");
        assertThat(navigation()).containsExactly("Portfolio", "Verlängerungen", "Analysen", "Kommentare", "MRR-Bewegungen", "Kohorten", "Simulator",
                "Nachfassen");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
        Chromium.screenshot(browser, Chromium.LAPTOP, "account-de-laptop");
        Chromium.screenshot(browser, Chromium.PHONE, "account-de-phone");
        Chromium.picture(browser, Chromium.LAPTOP, "account-de-laptop");
        Chromium.picture(browser, Chromium.PHONE, "account-de-phone");
        // the revenue and comments views speak German too
        browser.get(BASE + "#/movements?asOf=" + AS_OF);
        wait(By.cssSelector("main h1"), "MRR-Bewegungen");
        waitFor(By.id("movement-list"));
        assertThat(browser.findElements(By.cssSelector("#movement-list th"))).extracting(WebElement::getText)
                .contains("Monat", "MRR am Anfang", "Neu", "Abwanderung");
        browser.get(BASE + "#/cohorts?asOf=" + AS_OF);
        wait(By.cssSelector("main h1"), "Kohorten");
        browser.get(BASE + "#/topics?asOf=" + AS_OF);
        wait(By.cssSelector("main h1"), "Kommentare");
        waitFor(By.cssSelector("[data-test=topics-summary]"));
        assertThat(text("[data-test=topics-summary]")).matches("[\\d.]+ Kommentare aus [\\d.]+ Antworten vom .*");

        // remembered: a reload keeps German (the credentials are not kept, so the login form asks in German)
        browser.navigate().refresh();
        wait(By.cssSelector("#login h1"), "Anmelden");
        waitFor(By.id("login-user")).sendKeys(USER);
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#login button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.id("user"), USER));
        browser.get(BASE + "#/?asOf=" + AS_OF);
        JsonNode first = api("accounts?limit=1&sort=risk&asOf=" + AS_OF).path("items").get(0);
        wait(By.cssSelector("#account-list tbody tr:first-child td.num"), String.format(Locale.GERMANY, "%,.2f", first.path("arr").decimalValue()));
        assertThat(text("[data-test=account-count]")).isEqualTo("1\u201325 von " + api("accounts?limit=1&asOf=" + AS_OF).path("total").asInt());
        Chromium.screenshot(browser, Chromium.LAPTOP, "portfolio-de-laptop");
        Chromium.screenshot(browser, Chromium.PHONE, "portfolio-de-phone");
        pickLanguage("en");
        waitFor(By.cssSelector("#account-list"));
        Chromium.screenshot(browser, Chromium.LAPTOP, "portfolio-en-laptop");
        Chromium.screenshot(browser, Chromium.PHONE, "portfolio-en-phone");
        Chromium.picture(browser, Chromium.LAPTOP, "portfolio-en-laptop");
        Chromium.picture(browser, Chromium.PHONE, "portfolio-en-phone");
    }

    /**
     * Logs in as the user, picks the language, and shows each view at 1366 px and at 390 px: it
     * loads (busy, with a placeholder, then settled), axe finds nothing, the document does not
     * scroll sideways at 390 px, and after the nav link to the next view from the bottom of the
     * page the header is in view with the focus on the new view.
     */
    private void checkViews(String user, String language, List<String> views) throws Exception {
        logInAs(user);
        pickLanguage(language);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        for (String view : views) {
            watchLoading();
            // a query of its own: always a new hash, so the view renders even when it is the one shown
            browser.get(BASE + "#" + view + "?asOf=" + AS_OF + "&visit=" + UUID.randomUUID());
            settle();
            assertThat((Boolean) browser.executeScript("return window.sawLoading")).as("%s showed its loading state", view).isTrue();
            assertThat(Axe.violations(browser)).as("axe at 1366 px on %s in %s", view, language).isEmpty();
            browser.manage().window().setSize(Chromium.PHONE);
            settle();
            assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as("%s at 390 px in %s scrolls sideways", view, language).isTrue();
            assertThat(Axe.violations(browser)).as("axe at 390 px on %s in %s", view, language).isEmpty();
            String name = view.equals("/") ? "portfolio" : view.startsWith("/accounts/") ? "account" : view.substring(1);
            Chromium.screenshot(browser, Chromium.PHONE, name + "-" + language + "-phone");
            Chromium.screenshot(browser, Chromium.LAPTOP, name + "-" + language + "-laptop");
            browser.manage().window().setSize(Chromium.PHONE);
            browser.executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
            browser.findElements(By.cssSelector("#nav a")).get(0).click();
            settle();
            assertThat((Boolean) browser.executeScript("const r = document.getElementById('nav').getBoundingClientRect();"
                    + " return r.top >= 0 && r.bottom <= window.innerHeight && window.scrollY === 0"))
                    .as("the header is in view after navigating from %s", view).isTrue();
            assertThat((String) browser.executeScript("return document.activeElement.id")).isEqualTo("main");
            browser.manage().window().setSize(Chromium.LAPTOP);
        }
    }

    /** Clicks an element in the middle of the window, clear of the sticky header. */
    private void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({ block: 'center' })", element);
        element.click();
    }

    private void pickLanguage(String language) {
        new Select(waitFor(By.id("language"))).selectByValue(language);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    }

    /** Records in window.sawLoading whether any part shows the loading placeholder from now on. */
    private void watchLoading() {
        // a placeholder added or removed (a view that loads nothing replaces it in the same task)
        browser.executeScript("window.sawLoading = false;"
                + " const placeholder = (n) => n.nodeType === 1 && (n.matches('.loading') || !!n.querySelector('.loading'));"
                + " new MutationObserver((records) => { if (records.some((r) => [...r.addedNodes, ...r.removedNodes].some(placeholder)))"
                + " window.sawLoading = true; }).observe(document.body, { subtree: true, childList: true });");
    }

    /** Waits until the view has its heading and no part is busy any more, then for two frames. */
    private void settle() {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> (Boolean) browser.executeScript(
                "return !!document.querySelector('main h1') && !document.querySelector('[aria-busy=true], .loading')"));
        browser.executeAsyncScript("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(done));");
    }

    private static List<String> concat(List<String> views, String view) {
        List<String> all = new ArrayList<>(views);
        all.add(view);
        return all;
    }

    @Test
    @Order(99)
    void theBrowserLoggedNoConsoleError() {
        assertThat(Chromium.consoleErrors(browser)).isEmpty();
    }

    private void logInAs(String user) {
        browser.findElement(By.id("logout")).click();
        waitFor(By.id("login-user")).sendKeys(user);
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#login button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.id("user"), user));
    }

    /** The navigation's items, without the overdue badge. */
    private List<String> navigation() {
        @SuppressWarnings("unchecked")
        List<String> items = (List<String>) browser.executeScript(
                "return [...document.querySelectorAll('#nav a')].map((a) => a.firstChild.textContent)");
        return items;
    }

    private void screenshots(String name) throws Exception {
        Chromium.screenshot(browser, Chromium.LAPTOP, name + "-laptop");
        Chromium.screenshot(browser, Chromium.TABLET, name + "-tablet");
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
        return api(USER, path);
    }

    private static JsonNode api(String user, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(request(user, path).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** POSTs a JSON body as the manager and expects the status. */
    private static JsonNode apiPost(String path, String body, int status) throws Exception {
        HttpRequest post = request(USER, path).header("Content-Type", "application/json")
                .header("X-Requested-With", "web-it")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static HttpRequest.Builder request(String user, String path) {
        String credentials = user + ":" + PASSWORD;
        return HttpRequest.newBuilder(URI.create(BASE + "api/v1/" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** The field of each element of a JSON array. */
    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(e -> ids.add(e.path(field).asText()));
        return ids;
    }

    private static List<String> names(JsonNode factors) {
        return ids(factors, "factor");
    }

    private static List<String> pipelineContracts(JsonNode pipeline) {
        List<String> ids = new ArrayList<>();
        pipeline.path("entries").path("items").forEach(e -> ids.add(e.path("contract").path("id").asText()));
        return ids;
    }

    /** The points a factor costs the score: its share of the weight times what it lacks of 100. */
    private static double lost(JsonNode factor) {
        return factor.path("normalisedWeight").asDouble() * (100 - factor.path("score").asDouble());
    }

    /** Money as the page prints it: grouped, two decimals. */
    private static String money(JsonNode value) {
        return value.isNull() ? "\u2013" : String.format(Locale.US, "%,.2f", value.decimalValue().setScale(2, RoundingMode.HALF_UP));
    }

    /** A ratio as the page prints it: "95.7 %". */
    private static String percent(JsonNode ratio) {
        return ratio.isNull() ? "\u2013" : new BigDecimal(ratio.asDouble() * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** A weight as the page prints it: at most two decimals, no trailing zeros. */
    private static String weight(JsonNode value) {
        return new BigDecimal(value.asDouble()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
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
