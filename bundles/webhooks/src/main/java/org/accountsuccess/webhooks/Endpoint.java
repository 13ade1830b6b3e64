package org.accountsuccess.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A validated webhook endpoint. {@link #toString()} leaves the secret out, so logging an endpoint
 * never shows it.
 *
 * @param name the name of the file org.accountsuccess.webhook-<name>.cfg (or after {@code ~} in a named factory PID)
 * @param url an absolute http or https URL
 * @param secret the HMAC key
 * @param topics Event Admin topics or prefixes ending in {@code /*}
 */
record Endpoint(String name, URI url, String secret, List<String> topics, Duration connectTimeout,
        Duration responseTimeout, int maxAttempts, Backoff backoff) {
    static final int MIN_SECRET_LENGTH = 16;

    Endpoint {
        topics = List.copyOf(topics);
    }

    /**
     * The endpoint a configuration describes; refuses a bad value naming the configuration's
     * {@code source} (its file, or PID) and the property.
     */
    static Endpoint of(String name, String source, EndpointConfiguration c) {
        String where = source + ": ";
        URI url = url(where, c.url());
        if (c.secret() == null || c.secret().strip().length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException(where + "secret is required and needs at least " + MIN_SECRET_LENGTH
                    + " characters");
        }
        List<String> topics = Arrays.stream(c.topics() == null ? new String[0] : c.topics())
                .flatMap(t -> Arrays.stream(t.split(","))).map(String::strip).filter(t -> !t.isEmpty()).toList();
        if (topics.isEmpty()) {
            throw new IllegalArgumentException(where + "topics is empty: name a topic, or org/accountsuccess/* for all");
        }
        for (String topic : topics) {
            if (!topic.matches("\\*|[A-Za-z0-9_\\-]+(/[A-Za-z0-9_\\-]+)*(/\\*)?")) {
                throw new IllegalArgumentException(where + "topics: '" + topic
                        + "' is not a topic such as org/accountsuccess/account/BAND_CHANGED or a prefix ending in /*");
            }
        }
        positive(where, "connect.timeout.ms", c.connect_timeout_ms());
        positive(where, "response.timeout.ms", c.response_timeout_ms());
        positive(where, "max.attempts", c.max_attempts());
        Backoff backoff;
        try {
            backoff = new Backoff(Duration.ofMillis(c.backoff_initial_ms()), c.backoff_multiplier(),
                    Duration.ofMillis(c.backoff_max_ms()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "backoff.initial.ms, backoff.multiplier, backoff.max.ms: "
                    + e.getMessage(), e);
        }
        return new Endpoint(name, url, c.secret().strip(), topics, Duration.ofMillis(c.connect_timeout_ms()),
                Duration.ofMillis(c.response_timeout_ms()), c.max_attempts(), backoff);
    }

    private static URI url(String where, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(where + "url is required");
        }
        try {
            URI url = new URI(value.strip());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException(where + "url '" + value + "' is not an http or https URL");
            }
            if (url.getHost() == null || url.getUserInfo() != null || url.getFragment() != null) {
                throw new IllegalArgumentException(where + "url '" + value
                        + "' needs a host, and no user:password@ or #fragment");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(where + "url '" + value + "' is not a URL: " + e.getReason(), e);
        }
    }

    private static void positive(String where, String property, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(where + property + " is " + value + ", must be at least 1");
        }
    }

    /** Whether events of {@code topic} go to this endpoint (Event Admin's rules: exact, or a prefix before {@code /*}). */
    boolean receives(String topic) {
        return topics.stream().anyMatch(t -> t.equals("*") || t.equals(topic)
                || t.endsWith("/*") && topic.startsWith(t.substring(0, t.length() - 1)));
    }

    @Override
    public String toString() {
        return "webhook endpoint '" + name + "' (" + url + ", topics " + topics + ")";
    }
}
