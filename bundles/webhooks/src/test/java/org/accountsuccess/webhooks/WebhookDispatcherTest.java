package org.accountsuccess.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.accountsuccess.api.event.AccountSuccessEvents;
import org.accountsuccess.api.webhook.DeadLetter;
import org.accountsuccess.api.webhook.WebhookEndpoint;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;

/** The dispatcher end to end: Event Admin events in, an H2 outbox, real HTTP to a local receiver. */
class WebhookDispatcherTest {
    private static final String SECRET = "it-secret-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    private Receiver receiver;
    private Outbox outbox;
    private WebhookDispatcher dispatcher;

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
        dispatcher = dispatcher();
    }

    @AfterEach
    void stop() throws SQLException {
        dispatcher.close();
        shutdownDatabase();
        receiver.close();
    }

    @Test
    void anEventArrivesSignedWithItsHeadersAndBody() throws Exception {
        dispatcher.add(endpoint("crm", Map.of()));
        dispatcher.handleEvent(bandChanged("band:acc-1:2026-11-15"));

        await(() -> receiver.requests.size() == 1);
        Receiver.Request request = receiver.requests.get(0);
        String timestamp = request.header(Sender.TIMESTAMP);
        assertThat(Long.parseLong(timestamp)).isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(5L));
        assertThat(request.header(Sender.SIGNATURE)).isEqualTo(hmac(timestamp + "." + request.body()));
        assertThat(request.header(Sender.EVENT)).isEqualTo(AccountSuccessEvents.BAND_CHANGED);
        assertThat(request.header(Sender.DELIVERY)).matches("[0-9a-f-]{36}");
        assertThat(request.header("content-type")).startsWith("application/json");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.fieldNames()).toIterable().containsExactly("id", "topic", "occurredAt", "data");
        assertThat(body.path("id").asText()).isEqualTo("band:acc-1:2026-11-15");
        assertThat(body.path("topic").asText()).isEqualTo(AccountSuccessEvents.BAND_CHANGED);
        assertThat(body.path("occurredAt").asText()).isEqualTo("2026-11-15T08:00:00Z");
        assertThat(body.path("data").path("accountId").asText()).isEqualTo("acc-1");
        assertThat(body.path("data").path("healthScore").asDouble()).isEqualTo(38.5);
        assertThat(body.path("data").has("event.topics")).isFalse();
        await(() -> dispatcher.endpoints().get(0).delivered() == 1);
        assertThat(dispatcher.endpoints()).containsExactly(new WebhookEndpoint("crm", receiver.url(),
                List.of("org/accountsuccess/*"), true, 0, 1, 0));
    }

    @Test
    void aFailingEndpointIsRetriedWithGrowingGapsThenDeadLetteredAndReplayedWithTheSameId() throws Exception {
        receiver.status.set(500);
        // 4 attempts, waits 100 ms, 200 ms, 400 ms between them
        dispatcher.add(endpoint("crm", Map.of("max_attempts", 4, "backoff_initial_ms", 100L, "backoff_multiplier", 2.0)));
        dispatcher.handleEvent(bandChanged("band:acc-1:2026-11-15"));

        await(() -> dispatcher.deadLetters().size() == 1);
        assertThat(receiver.requests).hasSize(4);
        long[] waits = {100, 200, 400};
        for (int i = 0; i < waits.length; i++) {
            long gap = receiver.requests.get(i + 1).atMillis() - receiver.requests.get(i).atMillis();
            assertThat(gap).as("gap %d", i + 1).isGreaterThanOrEqualTo(waits[i] - 5);
        }
        DeadLetter dead = dispatcher.deadLetters().get(0);
        String id = receiver.requests.get(0).header(Sender.DELIVERY);
        assertThat(receiver.requests).allSatisfy(r -> assertThat(r.header(Sender.DELIVERY)).isEqualTo(id));
        assertThat(dead.deliveryId()).isEqualTo(id);
        assertThat(dead.attempts()).isEqualTo(4);
        assertThat(dead.reason()).isEqualTo("HTTP 500: boom, after 4 attempt(s)");
        assertThat(dead.eventId()).isEqualTo("band:acc-1:2026-11-15");
        assertThat(dispatcher.endpoints().get(0).dead()).isEqualTo(1);

        receiver.status.set(200);
        assertThat(dispatcher.replay(id)).contains(dead);
        await(() -> receiver.requests.size() == 5 && dispatcher.endpoints().get(0).delivered() == 1);
        assertThat(receiver.requests.get(4).header(Sender.DELIVERY)).isEqualTo(id);
        assertThat(dispatcher.deadLetters()).isEmpty();
        assertThat(dispatcher.replay(id)).isEmpty();
    }

    @Test
    void aClientErrorIsADeadLetterAtOnce() throws Exception {
        receiver.status.set(404);
        dispatcher.add(endpoint("crm", Map.of("backoff_initial_ms", 50L)));
        dispatcher.handleEvent(bandChanged("band:acc-1:2026-11-15"));
        await(() -> dispatcher.deadLetters().size() == 1);
        assertThat(receiver.requests).hasSize(1);
        assertThat(dispatcher.deadLetters().get(0).reason())
                .isEqualTo("HTTP 404: boom: not retried (a 4xx other than 408 and 429, or a redirect)");
    }

    @Test
    void anUnreachableEndpointIsRetriedWithTheReason() throws Exception {
        String closed = receiver.url();
        receiver.close();
        dispatcher.add(endpoint("gone", closed, Map.of("max_attempts", 2, "backoff_initial_ms", 50L)));
        dispatcher.handleEvent(bandChanged("band:acc-1:2026-11-15"));
        await(() -> dispatcher.deadLetters().size() == 1);
        assertThat(dispatcher.deadLetters().get(0).reason()).startsWith("connection refused by 127.0.0.1:")
                .endsWith(", after 2 attempt(s)");
    }

    @Test
    void onlyTheEndpointsOfTheTopicGetTheEventAndTheSameEventOnlyOnce() throws Exception {
        dispatcher.add(endpoint("renewals", Map.of("topics", new String[] {"org/accountsuccess/renewal/*"})));
        dispatcher.add(endpoint("all", Map.of()));
        dispatcher.handleEvent(bandChanged("band:acc-1:2026-11-15"));
        dispatcher.handleEvent(bandChanged("band:acc-1:2026-11-15"));
        await(() -> dispatcher.endpoints().stream().mapToLong(WebhookEndpoint::delivered).sum() == 1);
        Thread.sleep(300);
        assertThat(receiver.requests).hasSize(1);
        assertThat(dispatcher.endpoints()).extracting(WebhookEndpoint::name, WebhookEndpoint::delivered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("all", 1L), org.assertj.core.groups.Tuple.tuple("renewals", 0L));
    }

    @Test
    void aPendingDeliverySurvivesARestart() throws Exception {
        receiver.status.set(503);
        Map<String, Object> slow = Map.of("max_attempts", 10, "backoff_initial_ms", 400L, "backoff_multiplier", 1.0);
        dispatcher.add(endpoint("crm", slow));
        dispatcher.handleEvent(bandChanged("band:acc-1:2026-11-15"));
        await(() -> receiver.requests.size() == 1);
        dispatcher.close();
        shutdownDatabase();
        int before = receiver.requests.size();
        String id = receiver.requests.get(0).header(Sender.DELIVERY);

        receiver.status.set(202);
        dispatcher = dispatcher();
        assertThat(dispatcher.endpoints()).extracting(WebhookEndpoint::pending).containsExactly(1L);
        dispatcher.add(endpoint("crm", slow));
        await(() -> dispatcher.endpoints().get(0).delivered() == 1);
        assertThat(receiver.requests.size()).isGreaterThan(before);
        assertThat(receiver.requests.get(receiver.requests.size() - 1).header(Sender.DELIVERY)).isEqualTo(id);
    }

    @Test
    void aRemovedEndpointsPendingDeliveriesAreDeadLettersReplayableOnceItIsBack() throws Exception {
        receiver.status.set(500);
        Endpoint crm = endpoint("crm", Map.of("backoff_initial_ms", 3_600_000L, "backoff_max_ms", 3_600_000L));
        dispatcher.add(crm);
        dispatcher.handleEvent(bandChanged("band:acc-1:2026-11-15"));
        await(() -> receiver.requests.size() == 1);
        dispatcher.remove(crm);
        assertThat(outbox.deadLetterPending("crm", "the endpoint was removed")).isEqualTo(1);
        String id = dispatcher.deadLetters().get(0).deliveryId();
        assertThat(dispatcher.endpoints()).containsExactly(new WebhookEndpoint("crm", null, List.of(), false, 0, 0, 1));
        assertThatThrownBy(() -> dispatcher.replay(id)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("endpoint 'crm', which is not configured");
        assertThat(dispatcher.replayAll()).isEmpty();

        receiver.status.set(200);
        dispatcher.add(endpoint("crm", Map.of()));
        assertThat(dispatcher.replayAll()).extracting(DeadLetter::deliveryId).containsExactly(id);
        await(() -> dispatcher.endpoints().get(0).delivered() == 1);
    }

    /** A dispatcher on a newly opened outbox database (the same file every time), kept open as a pool keeps it. */
    private WebhookDispatcher dispatcher() throws SQLException {
        outbox = new Outbox(database());
        return new WebhookDispatcher(outbox, Configs.HELD, Clock.systemUTC(),
                Configs.of(WebhooksConfiguration.class, Map.of()));
    }

    private JdbcDataSource database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.resolve("accountsuccess") + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    /** Closes the database, as a restart does. */
    private void shutdownDatabase() throws SQLException {
        try (java.sql.Connection c = database().getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    private Endpoint endpoint(String name, Map<String, Object> values) {
        return endpoint(name, receiver.url(), values);
    }

    private static Endpoint endpoint(String name, String url, Map<String, Object> values) {
        return Endpoint.of(name, "org.accountsuccess.webhook-" + name + ".cfg", Configs.endpoint(url, values));
    }

    private static Event bandChanged(String eventId) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(AccountSuccessEvents.EVENT_ID, eventId);
        properties.put(AccountSuccessEvents.ACCOUNT_ID, "acc-1");
        properties.put(AccountSuccessEvents.OCCURRED_AT, "2026-11-15T08:00:00Z");
        properties.put(AccountSuccessEvents.PREVIOUS_BAND, "YELLOW");
        properties.put(AccountSuccessEvents.BAND, "RED");
        properties.put(AccountSuccessEvents.HEALTH_SCORE, 38.5);
        return new Event(AccountSuccessEvents.BAND_CHANGED, properties);
    }

    private static String hmac(String signed) {
        return Signature.of(SECRET, Long.parseLong(signed.substring(0, signed.indexOf('.'))),
                signed.substring(signed.indexOf('.') + 1).getBytes(StandardCharsets.UTF_8));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
