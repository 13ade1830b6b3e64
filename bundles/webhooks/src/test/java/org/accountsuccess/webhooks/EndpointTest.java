package org.accountsuccess.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EndpointTest {

    @Test
    void theDefaultsRetrySixTimesOverAboutTwoAndThreeQuarterHours() {
        Endpoint e = Endpoint.of("crm", "org.accountsuccess.webhook-crm.cfg", Configs.endpoint("https://crm.example.com/hooks", Map.of()));
        assertThat(e.maxAttempts()).isEqualTo(6);
        // waits after failed attempts 1..5: 30 s, 30*4 = 120 s, 120*4 = 480 s, 480*4 = 1920 s, 1920*4 = 7680 s capped at 7200 s
        assertThat(e.backoff().after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(e.backoff().after(2)).isEqualTo(Duration.ofSeconds(120));
        assertThat(e.backoff().after(3)).isEqualTo(Duration.ofSeconds(480));
        assertThat(e.backoff().after(4)).isEqualTo(Duration.ofSeconds(1920));
        assertThat(e.backoff().after(5)).isEqualTo(Duration.ofSeconds(7200));
        assertThat(e.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(e.responseTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void topicsFilterLikeEventAdmin() {
        Endpoint e = Endpoint.of("crm", "org.accountsuccess.webhook-crm.cfg", Configs.endpoint("http://localhost:9/x",
                Map.of("topics", new String[] {"org/accountsuccess/account/*, org/accountsuccess/renewal/WINDOW_ENTERED"})));
        assertThat(e.topics()).containsExactly("org/accountsuccess/account/*", "org/accountsuccess/renewal/WINDOW_ENTERED");
        assertThat(e.receives("org/accountsuccess/account/BAND_CHANGED")).isTrue();
        assertThat(e.receives("org/accountsuccess/renewal/WINDOW_ENTERED")).isTrue();
        assertThat(e.receives("org/accountsuccess/response/ARRIVED")).isFalse();
        assertThat(e.receives("org/accountsuccess/accounts/X")).isFalse();
        Endpoint all = Endpoint.of("all", "org.accountsuccess.webhook-all.cfg", Configs.endpoint("http://localhost:9/x", Map.of()));
        assertThat(all.receives("org/accountsuccess/followup/OVERDUE")).isTrue();
    }

    @Test
    void badValuesAreRefusedNamingTheConfigurationAndProperty() {
        assertThatThrownBy(() -> Endpoint.of("crm", "org.accountsuccess.webhook-crm.cfg", Configs.endpoint("ftp://crm.example.com/x", Map.of())))
                .hasMessage("org.accountsuccess.webhook-crm.cfg: url 'ftp://crm.example.com/x' is not an http or https URL");
        assertThatThrownBy(() -> Endpoint.of("crm", "org.accountsuccess.webhook-crm.cfg", Configs.endpoint("http://", Map.of())))
                .hasMessageStartingWith("org.accountsuccess.webhook-crm.cfg: url 'http://' is not a URL");
        assertThatThrownBy(() -> Endpoint.of("crm", "org.accountsuccess.webhook-crm.cfg", Configs.endpoint("https://u:p@crm.example.com/x", Map.of())))
                .hasMessageContaining("needs a host, and no user:password@");
        assertThatThrownBy(() -> Endpoint.of("crm", "org.accountsuccess.webhook-crm.cfg", Configs.endpoint("https://crm.example.com/x", Map.of("secret", "short"))))
                .hasMessage("org.accountsuccess.webhook-crm.cfg: secret is required and needs at least 16 characters")
                .hasMessageNotContaining("short");
        assertThatThrownBy(() -> Endpoint.of("crm", "org.accountsuccess.webhook-crm.cfg", Configs.endpoint("https://crm.example.com/x",
                Map.of("topics", new String[] {"org/accountsuccess/*/x"}))))
                .hasMessageContaining("topics: 'org/accountsuccess/*/x' is not a topic");
        assertThatThrownBy(() -> Endpoint.of("crm", "org.accountsuccess.webhook-crm.cfg", Configs.endpoint("https://crm.example.com/x",
                Map.of("max_attempts", 0))))
                .hasMessage("org.accountsuccess.webhook-crm.cfg: max.attempts is 0, must be at least 1");
        assertThatThrownBy(() -> Endpoint.of("crm", "org.accountsuccess.webhook-crm.cfg", Configs.endpoint("https://crm.example.com/x",
                Map.of("backoff_multiplier", 0.5))))
                .hasMessageContaining("backoff.initial.ms, backoff.multiplier, backoff.max.ms");
    }

    @Test
    void theSecretIsNeverInTheEndpointsText() {
        Endpoint e = Endpoint.of("crm", "org.accountsuccess.webhook-crm.cfg", Configs.endpoint("https://crm.example.com/x", Map.of()));
        assertThat(e.toString()).contains("crm").contains("https://crm.example.com/x").doesNotContain("it-secret");
    }

    @Test
    void theNameAndSourceComeFromTheFileOrTheNamedFactoryPid() {
        assertThat(EndpointComponent.source(Map.of("service.pid", "org.accountsuccess.webhook.4f1c",
                "felix.fileinstall.filename", "file:/opt/karaf/etc/org.accountsuccess.webhook-crm.cfg")))
                .isEqualTo("org.accountsuccess.webhook-crm.cfg");
        assertThat(EndpointComponent.source(Map.of("service.pid", "org.accountsuccess.webhook~crm")))
                .isEqualTo("org.accountsuccess.webhook~crm");
        assertThat(EndpointComponent.name(Map.of("service.pid", "org.accountsuccess.webhook~crm-1"))).isEqualTo("crm-1");
        assertThat(EndpointComponent.name(Map.of("service.pid", "org.accountsuccess.webhook.4f1c",
                "felix.fileinstall.filename", "file:/opt/karaf/etc/org.accountsuccess.webhook-crm.cfg"))).isEqualTo("crm");
        assertThatThrownBy(() -> EndpointComponent.name(Map.of("service.pid", "org.accountsuccess.webhook~a b")))
                .hasMessageContaining("the endpoint name 'a b' may have letters, digits");
    }

    @Test
    void theSignatureIsTheHexHmacOfTimestampDotBody() {
        // python3: hmac.new(b'it-secret-0123456789', b'1700000000.{"id":"e-1"}', hashlib.sha256).hexdigest()
        assertThat(Signature.of("it-secret-0123456789", 1_700_000_000L, "{\"id\":\"e-1\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=277314592641ff8016e0610436f2ef322bd3b421b899864ca16508a8826ccf0d");
    }

    @Test
    void theBodyHasTheEventsPlainPropertiesOnly() {
        java.util.Map<String, Object> properties = new java.util.HashMap<>();
        properties.put("eventId", "renewal-window:ctr-1");
        properties.put("mrr", "650.00");
        properties.put("tags", new String[] {"a", "b"});
        properties.put("subject", new javax.security.auth.Subject());
        properties.put("occurredAt", "not a time");
        EventBody body = EventBody.of(new org.osgi.service.event.Event("org/accountsuccess/renewal/WINDOW_ENTERED",
                properties), java.time.Instant.parse("2026-11-15T10:00:00Z"));
        assertThat(body.eventId()).isEqualTo("renewal-window:ctr-1");
        assertThat(body.json()).isEqualTo("{\"id\":\"renewal-window:ctr-1\",\"topic\":\"org/accountsuccess/renewal/WINDOW_ENTERED\","
                + "\"occurredAt\":\"2026-11-15T10:00:00Z\",\"data\":{\"eventId\":\"renewal-window:ctr-1\",\"mrr\":\"650.00\","
                + "\"occurredAt\":\"not a time\",\"tags\":[\"a\",\"b\"]}}");
    }

    @Test
    void answersAreSortedIntoDeliveredRetriedAndFinal() {
        assertThat(Sender.outcome(204, "")).isEqualTo(new Sender.Delivered(204));
        assertThat(Sender.outcome(500, "boom")).isEqualTo(new Sender.Failed("HTTP 500: boom", true));
        assertThat(Sender.outcome(503, "")).isEqualTo(new Sender.Failed("HTTP 503", true));
        assertThat(Sender.outcome(408, "")).isEqualTo(new Sender.Failed("HTTP 408", true));
        assertThat(Sender.outcome(429, "")).isEqualTo(new Sender.Failed("HTTP 429", true));
        assertThat(Sender.outcome(404, "")).isEqualTo(new Sender.Failed("HTTP 404", false));
        assertThat(Sender.outcome(401, "")).isEqualTo(new Sender.Failed("HTTP 401", false));
        assertThat(Sender.outcome(301, "")).isEqualTo(new Sender.Failed("HTTP 301", false));
    }
}
