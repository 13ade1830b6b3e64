package org.accountsuccess.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * The security issue's browser checks, in a real headless Chromium against the distribution
 * started with {@code bin/start}, with a second site on another origin ({@code 127.0.0.1} on a
 * port of its own, served by this test): an admin's browser that holds a Basic login cannot be made
 * to write by that site, and a CRM page on that site that embeds the product in an iframe with a
 * launch token shows an account without a second login. The launch token is signed here by hand
 * (HS256 with javax.crypto), independently of the library the product verifies it with.
 */
class BrowserSecurityIT {
    private static final String ADMIN = "sec-admin";
    private static final String PASSWORD = UUID.randomUUID().toString();
    private static final String LAUNCH_SECRET = UUID.randomUUID() + "-" + UUID.randomUUID();
    private static final String ISSUER = "https://crm.it.example";
    private static final String HOST = "localhost:" + KarafDistribution.HTTP_PORT;
    private static final String BASE = "http://" + HOST + "/account-success/";
    private static final String AS_OF = "2026-11-15";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The other site's pages, by path. */
    private static final Map<String, String> PAGES = new ConcurrentHashMap<>();
    private static UnpackedDistribution distribution;
    private static HttpServer otherSite;
    private static String otherOrigin;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(Chromium.DRIVER),
                "no " + Chromium.DRIVER + ": install the Debian packages chromium and chromium-driver (.ci/run does)");
        otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        otherSite.createContext("/", exchange -> {
            byte[] page = PAGES.getOrDefault(exchange.getRequestURI().getPath(), "not here").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(PAGES.containsKey(exchange.getRequestURI().getPath()) ? 200 : 404, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        otherSite.start();
        otherOrigin = "http://127.0.0.1:" + otherSite.getAddress().getPort();

        distribution = UnpackedDistribution.unpack("browser-security", "18303", "11398", "44743");
        distribution.set("etc/users.properties", ADMIN, PASSWORD + ",as-admin");
        // a console admin of Karaf's admingroup (which holds the roles admin and manager) and nothing else
        distribution.set("etc/users.properties", "karaf-admin", PASSWORD + ",_g_:admingroup");
        distribution.set("etc/users.properties", "_g_\\:admingroup", "group,admin,manager,viewer,systembundles,ssh");
        distribution.set("etc/org.accountsuccess.demo.cfg", "anchor", KarafDistribution.DEMO_ANCHOR);
        distribution.set("etc/org.accountsuccess.rest.security.cfg", "launch.secret", LAUNCH_SECRET);
        distribution.set("etc/org.accountsuccess.rest.security.cfg", "launch.issuer", ISSUER);
        distribution.set("etc/org.accountsuccess.web.cfg", "frame.ancestors", "'self' " + otherOrigin);
        distribution.run("bin/start");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .untilAsserted(() -> assertThat(account("acc-001").path("account").path("name").asText())
                        .isEqualTo("Cedar Medical GmbH"));
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
        if (otherSite != null) {
            otherSite.stop(0);
        }
    }

    @Test
    void anotherSiteCannotMakeALoggedInBrowserWrite() throws Exception {
        // the admin logs in with the browser's own Basic login: the browser now sends it by itself
        browser.get("http://" + ADMIN + ":" + PASSWORD + "@" + HOST + "/account-success/api/v1/me");
        assertThat(browser.getPageSource()).contains("\"user\":\"" + ADMIN + "\"");

        String rename = Base64.getEncoder().encodeToString(zip("accounts.csv",
                "account_id,name\nacc-001,Renamed By Another Site\n"));
        PAGES.put("/attack.html", """
                <!doctype html><html><head><title>attack</title></head><body>
                <iframe name="sink" hidden></iframe>
                <form id="form" method="post" enctype="multipart/form-data" target="sink"
                      action="%1$sapi/v1/imports?mode=merge"><input type="file" name="file" id="file"></form>
                <script>
                  const api = '%1$sapi/v1/';
                  const zip = Uint8Array.from(atob('%2$s'), (c) => c.charCodeAt(0));
                  const body = () => { const f = new FormData(); f.append('file', new Blob([zip]), 'x.zip'); return f; };
                  const attempts = [
                    fetch(api + 'imports?mode=merge', { method: 'POST', mode: 'no-cors', credentials: 'include', body: body() }),
                    fetch(api + 'webhooks/dead-letters/d-1/replay', { method: 'POST', mode: 'no-cors', credentials: 'include' }),
                    fetch(api + 'imports?mode=merge', { method: 'POST', credentials: 'include', body: body(),
                      headers: { 'X-Requested-With': 'x' } }),
                    fetch(api + 'tokens', { method: 'POST', mode: 'no-cors', credentials: 'include',
                      headers: { 'Content-Type': 'text/plain' }, body: '{"name":"stolen","roles":["admin"]}' }),
                  ];
                  const files = new DataTransfer();
                  files.items.add(new File([zip], 'x.zip'));
                  document.getElementById('file').files = files.files;
                  document.getElementById('form').submit();
                  Promise.allSettled(attempts).then((outcomes) => {
                    document.title = 'done ' + outcomes.map((o) => o.status).join(',');
                  });
                </script></body></html>
                """.formatted(BASE, rename));
        browser.get(otherOrigin + "/attack.html");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.titleContains("done"));
        // the form's navigation in the hidden frame lands too
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(karafLog())
                .contains("Cross-site write refused: POST imports").contains("Cross-site write refused: POST tokens")
                .contains("Cross-site write refused: POST webhooks/dead-letters/d-1/replay"));

        assertThat(account("acc-001").path("account").path("name").asText()).isEqualTo("Cedar Medical GmbH");
        assertThat(get("tokens", basic(ADMIN)).path("total").asInt()).isZero();
        assertThat(karafLog()).doesNotContain("Import by '" + ADMIN + "'");

        // a script (no browser, the header set) and an API token (no header needed) still write
        HttpResponse<String> script = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "api/v1/tokens"))
                .header("Authorization", basic(ADMIN)).header("X-Requested-With", "it")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"crm-sync\",\"roles\":[\"admin\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(script.statusCode()).as(script.body()).isEqualTo(201);
        String token = JSON.readTree(script.body()).path("secret").asText();
        HttpResponse<String> imported = HTTP.send(multipart("imports?mode=merge", "Bearer " + token,
                zip("accounts.csv", "account_id,name\nacc-001,Cedar Medical GmbH\n")), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    }

    @Test
    void karafsOwnAdminsAreNoProductUsers() throws Exception {
        HttpResponse<String> me = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "api/v1/accounts?limit=1"))
                .header("Authorization", basic("karaf-admin")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(403);
    }

    @Test
    void aCrmPageEmbedsThePageWithALaunchTokenAndNoSecondLogin() throws Exception {
        String launch = launchToken("u-rep4");
        PAGES.put("/crm.html", """
                <!doctype html><html><head><title>CRM</title></head><body><h1>CRM account page</h1>
                <iframe id="account-success" title="Account Success" width="1200" height="800"
                        src="%saccount-success/#/accounts/acc-001?asOf=%s&launch=%s"></iframe></body></html>
                """.formatted("http://" + HOST + "/", AS_OF, launch));
        browser.get(otherOrigin + "/crm.html");
        browser.switchTo().frame("account-success");
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "Cedar Medical GmbH"));
        assertThat(browser.findElements(By.id("login-user"))).isEmpty();
        assertThat(browser.findElement(By.id("user")).getText()).isEqualTo("u-rep4");
        // the token left the address: not in the frame's history, not in a bookmark
        assertThat((String) browser.executeScript("return location.hash")).isEqualTo("#/accounts/acc-001?asOf=" + AS_OF);
        Chromium.screenshot(browser, Chromium.LAPTOP, "crm-launch-frame");
        browser.switchTo().defaultContent();

        // the same launch token a second time: refused, the login form says why
        browser.navigate().refresh();
        browser.switchTo().frame("account-success");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("login-error"), "used before"));
        browser.switchTo().defaultContent();
    }

    /** An HS256 JWT as a CRM signs it: iss, aud, sub, iat, exp two minutes on, a fresh jti. */
    private static String launchToken(String user) throws Exception {
        long now = Instant.now().getEpochSecond();
        String header = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        String claims = base64Url("{\"iss\":\"" + ISSUER + "\",\"aud\":\"account-success\",\"sub\":\"" + user
                + "\",\"iat\":" + now + ",\"exp\":" + (now + 120) + ",\"jti\":\"" + UUID.randomUUID() + "\"}");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(LAUNCH_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] signature = mac.doFinal((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode account(String id) throws Exception {
        return get("accounts/" + id + "/scorecard?asOf=" + AS_OF, basic(ADMIN));
    }

    private static JsonNode get(String path, String authorization) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "api/v1/" + path))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest multipart(String path, String authorization, byte[] zip) {
        String boundary = "it-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(zip);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(BASE + "api/v1/" + path)).header("Authorization", authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String karafLog() throws IOException {
        return Files.readString(distribution.home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
    }
}
