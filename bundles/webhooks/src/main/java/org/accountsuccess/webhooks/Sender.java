package org.accountsuccess.webhooks;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Posts deliveries to one endpoint over HttpClient 5 with its timeouts, no automatic retry and no
 * redirect, and says what the answer means: 2xx delivered; 408, 429, 5xx, a timeout or a connection
 * error worth another attempt; any other answer (a 4xx, a redirect) final.
 */
final class Sender implements Closeable {
    static final String SIGNATURE = "X-AccountSuccess-Signature";
    static final String TIMESTAMP = "X-AccountSuccess-Timestamp";
    static final String EVENT = "X-AccountSuccess-Event";
    static final String DELIVERY = "X-AccountSuccess-Delivery";
    private static final int SNIPPET = 200;

    /** What one attempt came to. */
    sealed interface Outcome {
    }

    /** The endpoint answered 2xx. */
    record Delivered(int status) implements Outcome {
    }

    /** The attempt failed; {@code retry} says whether another attempt may succeed. */
    record Failed(String error, boolean retry) implements Outcome {
    }

    private final Endpoint endpoint;
    private final CloseableHttpClient client;

    Sender(Endpoint endpoint) {
        this.endpoint = endpoint;
        Timeout connect = Timeout.of(endpoint.connectTimeout());
        Timeout response = Timeout.of(endpoint.responseTimeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connect)
                                .setSocketTimeout(response).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(response)
                        .setConnectionRequestTimeout(response).build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent("AccountSuccess-Webhooks/1")
                .build();
    }

    Outcome send(Delivery delivery, Instant now) {
        byte[] body = delivery.body().json().getBytes(StandardCharsets.UTF_8);
        long timestamp = now.getEpochSecond();
        HttpPost post = new HttpPost(endpoint.url());
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        post.setHeader(SIGNATURE, Signature.of(endpoint.secret(), timestamp, body));
        post.setHeader(TIMESTAMP, Long.toString(timestamp));
        post.setHeader(EVENT, delivery.body().topic());
        post.setHeader(DELIVERY, delivery.id());
        try {
            return client.execute(post, response -> outcome(response.getCode(), snippet(response.getEntity())));
        } catch (IOException e) {
            return new Failed(describe(e), true);
        }
    }

    static Outcome outcome(int status, String answer) {
        if (status >= 200 && status < 300) {
            return new Delivered(status);
        }
        String error = "HTTP " + status + (answer.isEmpty() ? "" : ": " + answer);
        return new Failed(error, status == 408 || status == 429 || status >= 500);
    }

    private String describe(IOException e) {
        if (e instanceof ConnectTimeoutException) {
            return "no connection to " + endpoint.url().getHost() + " within " + endpoint.connectTimeout().toMillis()
                    + " ms";
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return "no answer within " + endpoint.responseTimeout().toMillis() + " ms";
        }
        if (e instanceof ConnectException) {
            return "connection refused by " + endpoint.url().getHost() + ":" + port();
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + endpoint.url().getHost();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private int port() {
        int port = endpoint.url().getPort();
        return port != -1 ? port : "https".equalsIgnoreCase(endpoint.url().getScheme()) ? 443 : 80;
    }

    /** The start of an answer's body, on one line, for the dead letter's reason. */
    private static String snippet(HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        try {
            String text = EntityUtils.toString(entity, SNIPPET + 1);
            text = text.replaceAll("\\s+", " ").strip();
            return text.length() <= SNIPPET ? text : text.substring(0, SNIPPET) + "...";
        } catch (ParseException e) {
            return "";
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
    }
}
