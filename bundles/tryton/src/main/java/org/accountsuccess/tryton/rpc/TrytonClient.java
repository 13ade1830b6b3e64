package org.accountsuccess.tryton.rpc;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JSON-RPC client of one Tryton database. It logs in with {@code common.db.login} on the first
 * call and sends {@code Authorization: Session ...} after that; an answer 401 (the session expired
 * or the server restarted) logs in again once. Reads are tried again on connection errors,
 * timeouts and 5xx answers, waiting {@code backoff}, then twice as long each time; writes go
 * through {@link #callOnce}, which never repeats a request. Thread-safe.
 */
public final class TrytonClient implements Closeable {
    private final TrytonEndpoint endpoint;
    private final CloseableHttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong ids = new AtomicLong();
    private volatile Session session;

    /** A login: the header value and the user's context (company, language). */
    private record Session(String authorization, ObjectNode context) {
    }

    /** Tryton answered 401: the session is unknown to it. */
    private static final class Unauthorized extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    public TrytonClient(TrytonEndpoint endpoint) {
        this.endpoint = endpoint;
        Timeout connect = Timeout.of(endpoint.connectTimeout());
        Timeout read = Timeout.of(endpoint.readTimeout());
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connect)
                                .setSocketTimeout(read).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(read).build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    public TrytonEndpoint endpoint() {
        return endpoint;
    }

    /** Calls a method of the database as the logged-in user; retried as the class says. */
    public JsonNode call(String method, Object... params) {
        return database(method, Arrays.asList(params), true);
    }

    /** Calls a method once, without retry: for writes, where a retry after a lost answer could write twice. */
    public JsonNode callOnce(String method, Object... params) {
        return database(method, Arrays.asList(params), false);
    }

    /** Calls a method of the server itself (such as {@code common.server.version}), without login. */
    public JsonNode server(String method, Object... params) {
        return post(endpoint.server(), method, Arrays.asList(params), null, true);
    }

    /** A copy of the logged-in user's context (company, language), to add keys such as {@code active_test}. */
    public ObjectNode context() {
        return session().context().deepCopy();
    }

    /**
     * Every record of {@code model} matching {@code domain}, with {@code fields}, read page by page
     * in id order ({@code id > last id seen}), so that records created while paging are neither
     * skipped nor read twice.
     */
    public List<JsonNode> searchAll(String model, ArrayNode domain, List<String> fields, ObjectNode context) {
        List<JsonNode> all = new ArrayList<>();
        long last = 0;
        while (true) {
            ArrayNode page = json.createArrayNode().addAll(domain);
            page.add(json.createArrayNode().add("id").add(">").add(last));
            JsonNode records = call("model." + model + ".search_read", page, 0, endpoint.pageSize(),
                    json.createArrayNode().add(json.createArrayNode().add("id").add("ASC")), fields, context);
            records.forEach(all::add);
            if (records.size() < endpoint.pageSize()) {
                return all;
            }
            last = records.get(records.size() - 1).get("id").asLong();
        }
    }

    /** A new empty JSON array, for domains. */
    public ArrayNode array() {
        return json.createArrayNode();
    }

    @Override
    public void close() throws IOException {
        http.close();
    }

    private JsonNode database(String method, List<Object> params, boolean retry) {
        Session current = session();
        try {
            return post(endpoint.databaseUri(), method, params, current.authorization(), retry);
        } catch (Unauthorized expired) {
            synchronized (this) {
                if (session == current) {
                    session = null;
                }
            }
            return post(endpoint.databaseUri(), method, params, session().authorization(), retry);
        }
    }

    private synchronized Session session() {
        if (session == null) {
            JsonNode login;
            try {
                login = post(endpoint.databaseUri(), "common.db.login",
                        List.of(endpoint.user(), json.createObjectNode().put("password", endpoint.password())), null,
                        true);
            } catch (Unauthorized refused) {
                throw new TrytonException("Tryton at " + endpoint.describe() + " refused the login of user '"
                        + endpoint.user() + "' (wrong user or password)");
            }
            String token = endpoint.user() + ":" + login.get(0).asText() + ":" + login.get(1).asText();
            String authorization = "Session " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
            JsonNode context = post(endpoint.databaseUri(), "model.res.user.get_preferences",
                    List.of(true, json.createObjectNode()), authorization, true);
            session = new Session(authorization, (ObjectNode) context);
        }
        return session;
    }

    private JsonNode post(URI uri, String method, List<Object> params, String authorization, boolean retry) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(json.createObjectNode().put("id", ids.incrementAndGet()).put("method", method)
                    .set("params", json.valueToTree(params)));
        } catch (IOException e) {
            throw new TrytonException("cannot encode the parameters of " + method, e);
        }
        int attempts = retry ? endpoint.retries() + 1 : 1;
        Exception last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                pause(attempt - 1);
            }
            HttpPost post = new HttpPost(uri);
            post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
            if (authorization != null) {
                post.setHeader("Authorization", authorization);
            }
            try {
                Answer answer = http.execute(post,
                        response -> new Answer(response.getCode(), EntityUtils.toByteArray(response.getEntity())));
                if (answer.status() == 401) {
                    throw new Unauthorized();
                }
                if (answer.status() >= 500) {
                    last = new IOException("HTTP " + answer.status());
                    continue;
                }
                if (answer.status() != 200) {
                    throw new TrytonException("Tryton at " + endpoint.describe() + " answered HTTP " + answer.status()
                            + " to " + method);
                }
                return result(method, answer.body());
            } catch (IOException e) {
                last = e;
            }
        }
        throw new TrytonUnreachableException("Tryton at " + endpoint.describe() + " did not answer " + method + " ("
                + attempts + " attempt" + (attempts == 1 ? "" : "s") + "): " + describe(last), last);
    }

    private record Answer(int status, byte[] body) {
    }

    private JsonNode result(String method, byte[] body) throws IOException {
        JsonNode answer = json.readTree(body);
        JsonNode error = answer.get("error");
        if (error != null && !error.isNull()) {
            // ["UserError", ["message", "description", ...]] or ["message", ""]
            String text = error.isArray() && error.size() > 1 && error.get(1).isArray()
                    ? error.get(0).asText() + ": " + error.get(1).path(0).asText()
                    : error.isArray() ? error.path(0).asText() : error.toString();
            throw new TrytonException("Tryton at " + endpoint.describe() + " refused " + method + ": " + text);
        }
        return answer.path("result");
    }

    private void pause(int retry) {
        try {
            Thread.sleep(endpoint.backoff().toMillis() << Math.min(retry - 1, 10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrytonUnreachableException("interrupted while waiting to retry Tryton", e);
        }
    }

    private static String describe(Exception e) {
        return e == null ? "no answer" : e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
