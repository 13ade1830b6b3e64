package org.accountsuccess.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import org.accountsuccess.api.event.AccountSuccessEvents;
import org.accountsuccess.api.webhook.DeadLetter;
import org.accountsuccess.api.webhook.WebhookEndpoint;
import org.accountsuccess.api.webhook.WebhookService;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Outgoing webhooks in the booted distribution: endpoints configured through Config Admin point at
 * an HTTP server in the test; events posted on Event Admin arrive signed (the test recomputes the
 * HMAC), a failing endpoint is retried with growing gaps then dead-lettered, listed and replayed
 * over the REST API.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WebhooksIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SECRET = "webhooks-it-secret-" + Long.toHexString(System.nanoTime());
    private static final String API = "http://localhost:" + KarafDistribution.HTTP_PORT + "/account-success/api/v1/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request the test's server received. */
    private record Received(long atMillis, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    @Inject
    private ConfigurationAdmin configurations;

    @Inject
    private EventAdmin events;

    @Inject
    private WebhookService webhooks;

    private HttpServer server;
    private final List<Received> ok = new CopyOnWriteArrayList<>();
    private final List<Received> flaky = new CopyOnWriteArrayList<>();
    private final AtomicInteger flakyStatus = new AtomicInteger(500);
    private final List<org.osgi.service.cm.Configuration> endpoints = new CopyOnWriteArrayList<>();

    @Configuration
    public Option[] config() {
        return KarafDistribution.options(
                editConfigurationFilePut("etc/users.properties", "it-admin", "pw-admin,as-admin"),
                editConfigurationFilePut("etc/users.properties", "it-manager", "pw-manager,as-manager"));
    }

    @Before
    public void startTheReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> answer(exchange, ok, 204));
        server.createContext("/flaky", exchange -> answer(exchange, flaky, flakyStatus.get()));
        server.start();
    }

    @After
    public void stopTheReceiver() throws IOException {
        for (org.osgi.service.cm.Configuration endpoint : endpoints) {
            endpoint.delete();
        }
        server.stop(0);
    }

    @Test
    public void anEventArrivesAsSignedJsonWithItsHeaders() throws Exception {
        configure("it-ok", "/ok", Map.of("topics", new String[] {"org/accountsuccess/account/*"}));
        events.postEvent(new Event(AccountSuccessEvents.BAND_CHANGED, Map.of(
                AccountSuccessEvents.EVENT_ID, "band-changed:acc-001:2026-11-15",
                AccountSuccessEvents.ACCOUNT_ID, "acc-001",
                AccountSuccessEvents.OCCURRED_AT, "2026-11-15T06:00:00Z",
                AccountSuccessEvents.PREVIOUS_BAND, "YELLOW",
                AccountSuccessEvents.BAND, "RED",
                AccountSuccessEvents.HEALTH_SCORE, 31.5)));
        // not this endpoint's topic
        events.postEvent(new Event(AccountSuccessEvents.FOLLOW_UP_OVERDUE, Map.of(
                AccountSuccessEvents.EVENT_ID, "followup-overdue:r-1", AccountSuccessEvents.ACCOUNT_ID, "acc-001")));

        await().atMost(WAIT).until(() -> !ok.isEmpty());
        Received request = ok.get(0);
        String timestamp = request.header("X-AccountSuccess-Timestamp");
        assertThat(Long.parseLong(timestamp)).isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond());
        assertThat(request.header("X-AccountSuccess-Signature")).isEqualTo("sha256=" + hmac(timestamp + "." + request.body()));
        assertThat(request.header("X-AccountSuccess-Event")).isEqualTo(AccountSuccessEvents.BAND_CHANGED);
        assertThat(request.header("X-AccountSuccess-Delivery")).isNotBlank();
        assertThat(request.header("Content-Type")).startsWith("application/json");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.path("id").asText()).isEqualTo("band-changed:acc-001:2026-11-15");
        assertThat(body.path("topic").asText()).isEqualTo(AccountSuccessEvents.BAND_CHANGED);
        assertThat(body.path("occurredAt").asText()).isEqualTo("2026-11-15T06:00:00Z");
        assertThat(body.path("data").path("band").asText()).isEqualTo("RED");
        assertThat(body.path("data").path("healthScore").asDouble()).isEqualTo(31.5);
        await().atMost(WAIT).until(() -> endpoint("it-ok").delivered() == 1);
        assertThat(ok).hasSize(1);
    }

    @Test
    public void aFailingEndpointIsRetriedWithGrowingGapsThenDeadLetteredAndReplayedOverRest() throws Exception {
        // 4 attempts, waits of 200, 400 and 800 ms between them
        configure("it-flaky", "/flaky", Map.of("topics", new String[] {"org/accountsuccess/followup/*"},
                "max.attempts", 4, "backoff.initial.ms", 200L, "backoff.multiplier", 2.0));
        events.postEvent(new Event(AccountSuccessEvents.FOLLOW_UP_OVERDUE, Map.of(
                AccountSuccessEvents.EVENT_ID, "followup-overdue:r-2", AccountSuccessEvents.ACCOUNT_ID, "acc-002",
                AccountSuccessEvents.RESPONSE_ID, "r-2", AccountSuccessEvents.KIND, "CALL_BACK")));

        await().atMost(WAIT).until(() -> webhooks.deadLetters().stream().anyMatch(d -> d.endpoint().equals("it-flaky")));
        assertThat(flaky).hasSize(4);
        // each gap is at least its backoff (a loaded machine may add to it, never take from it)
        long[] waits = {200, 400, 800};
        for (int i = 0; i < waits.length; i++) {
            long gap = flaky.get(i + 1).atMillis() - flaky.get(i).atMillis();
            assertThat(gap).as("gap after attempt %d", i + 1).isGreaterThanOrEqualTo(waits[i] - 10);
        }
        String delivery = flaky.get(0).header("X-AccountSuccess-Delivery");
        assertThat(flaky).allSatisfy(r -> assertThat(r.header("X-AccountSuccess-Delivery")).isEqualTo(delivery));
        DeadLetter dead = webhooks.deadLetters().stream().filter(d -> d.deliveryId().equals(delivery)).findFirst()
                .orElseThrow();
        assertThat(dead.attempts()).isEqualTo(4);
        assertThat(dead.reason()).isEqualTo("HTTP 500: failing on purpose, after 4 attempt(s)");

        // the REST API lists it for admins only
        JsonNode listed = JSON.readTree(call("GET", "webhooks/dead-letters", "it-admin:pw-admin", 200));
        assertThat(listed.findValuesAsText("deliveryId")).contains(delivery);
        call("GET", "webhooks/dead-letters", "it-manager:pw-manager", 403);
        call("POST", "webhooks/dead-letters/no-such-delivery/replay", "it-admin:pw-admin", 404);

        flakyStatus.set(200);
        JsonNode replayed = JSON.readTree(call("POST", "webhooks/dead-letters/" + delivery + "/replay",
                "it-admin:pw-admin", 200));
        assertThat(replayed.path("deliveryId").asText()).isEqualTo(delivery);
        await().atMost(WAIT).until(() -> flaky.size() == 5 && endpoint("it-flaky").delivered() == 1);
        assertThat(flaky.get(4).header("X-AccountSuccess-Delivery")).isEqualTo(delivery);
        assertThat(webhooks.deadLetters()).noneMatch(d -> d.deliveryId().equals(delivery));
        JsonNode state = JSON.readTree(call("GET", "webhooks", "it-admin:pw-admin", 200));
        JsonNode flakyState = null;
        for (JsonNode e : state) {
            if (e.path("name").asText().equals("it-flaky")) {
                flakyState = e;
            }
        }
        assertThat(flakyState).isNotNull();
        assertThat(flakyState.path("delivered").asLong()).isEqualTo(1);
        assertThat(flakyState.path("dead").asLong()).isZero();
        assertThat(flakyState.toString()).doesNotContain("secret").doesNotContain(SECRET);
    }

    private void configure(String name, String path, Map<String, Object> values) throws Exception {
        org.osgi.service.cm.Configuration endpoint =
                configurations.getFactoryConfiguration("org.accountsuccess.webhook", name, "?");
        Hashtable<String, Object> properties = new Hashtable<>(values);
        properties.put("url", "http://127.0.0.1:" + server.getAddress().getPort() + path);
        properties.put("secret", SECRET);
        endpoint.update(properties);
        endpoints.add(endpoint);
        await().atMost(WAIT).until(() -> webhooks.endpoints().stream().anyMatch(e -> e.name().equals(name) && e.configured()));
    }

    private WebhookEndpoint endpoint(String name) {
        return webhooks.endpoints().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, List<Received> into, int status)
            throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> headers = new java.util.HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
        into.add(new Received(System.currentTimeMillis(), headers, body));
        byte[] answer = status >= 300 ? "failing on purpose".getBytes(StandardCharsets.UTF_8) : new byte[0];
        exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    /** What a receiver computes: the hex HMAC-SHA256 of "timestamp.body" with the shared secret. */
    private static String hmac(String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    /** Calls the REST API, once it is up, and answers the body after checking the status. */
    private static String call(String method, String path, String credentials, int expected) {
        return await().atMost(WAIT).ignoreExceptions().until(() -> {
            HttpURLConnection c = (HttpURLConnection) URI.create(API + path).toURL().openConnection();
            c.setRequestMethod(method);
            c.setRequestProperty("X-Requested-With", "webhooks-it");
            c.setRequestProperty("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            int status = c.getResponseCode();
            InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (status != expected) {
                throw new AssertionError(method + " " + path + " answered " + status + ": " + text);
            }
            return text;
        }, text -> true);
    }
}
