package org.accountsuccess.tryton.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The JSON-RPC client against a scripted HTTP server on loopback: what it sends (login, session
 * header, paging domain) and what it does with each kind of answer (401, 5xx, errors, no server).
 */
class TrytonClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the server saw it. */
    record Seen(String path, String authorization, JsonNode body) {
    }

    /** An answer: status and body. */
    record Answer(int status, String body) {
        static Answer result(String json) {
            return new Answer(200, "{\"id\":1,\"result\":" + json + "}");
        }
    }

    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Function<Seen, Answer>> script = new ArrayDeque<>();
    private HttpServer server;

    private TrytonClient client(int retries) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
        return new TrytonClient(new TrytonEndpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                "crm", "admin", "s3cret", Duration.ofSeconds(1), Duration.ofSeconds(2), retries, Duration.ofMillis(10),
                2));
    }

    private void answer(HttpExchange exchange) throws IOException {
        Seen request = new Seen(exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), JSON.readTree(exchange.getRequestBody()));
        seen.add(request);
        Function<Seen, Answer> next = script.poll();
        Answer answer = next == null ? new Answer(500, "no script") : next.apply(request);
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private void then(Answer answer) {
        script.add(r -> answer);
    }

    private void login(String session) {
        then(Answer.result("[7, \"" + session + "\"]"));
        then(Answer.result("{\"company\": 1, \"language\": \"en\"}"));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void logsInOnceAndSendsTheSessionWithEveryCall() throws Exception {
        try (TrytonClient client = client(0)) {
            login("abc");
            then(Answer.result("12"));
            then(Answer.result("13"));

            assertThat(client.call("model.party.party.search_count", client.array(), client.context()).asInt())
                    .isEqualTo(12);
            assertThat(client.call("model.party.party.search_count", client.array()).asInt()).isEqualTo(13);
        }
        assertThat(seen).extracting(s -> s.body().get("method").asText()).containsExactly("common.db.login",
                "model.res.user.get_preferences", "model.party.party.search_count", "model.party.party.search_count");
        assertThat(seen.get(0).path()).isEqualTo("/crm/");
        assertThat(seen.get(0).body().get("params").toString()).isEqualTo("[\"admin\",{\"password\":\"s3cret\"}]");
        // base64("admin:7:abc")
        assertThat(seen.get(2).authorization()).isEqualTo("Session YWRtaW46NzphYmM=");
        assertThat(seen.get(2).body().at("/params/1/company").asInt()).isEqualTo(1);
    }

    @Test
    void a401LogsInAgainAndRepeatsTheCallOnce() throws Exception {
        try (TrytonClient client = client(0)) {
            login("old");
            then(new Answer(401, "Unauthorized"));
            login("new");
            then(Answer.result("5"));

            assertThat(client.call("model.party.party.search_count", client.array()).asInt()).isEqualTo(5);
        }
        assertThat(seen.get(seen.size() - 1).authorization()).isEqualTo("Session YWRtaW46NzpuZXc=");
    }

    @Test
    void aRefusedLoginSaysSoWithoutThePassword() throws Exception {
        try (TrytonClient client = client(2)) {
            then(new Answer(401, "Unauthorized"));

            assertThatThrownBy(() -> client.call("model.party.party.search_count", client.array()))
                    .isInstanceOf(TrytonException.class)
                    .hasMessage("Tryton at " + client.endpoint().describe()
                            + " refused the login of user 'admin' (wrong user or password)")
                    .hasMessageNotContaining("s3cret");
        }
        assertThat(seen).hasSize(1);
    }

    @Test
    void readsAreRetriedOn5xxWithBackoffButWritesAreNot() throws Exception {
        try (TrytonClient client = client(2)) {
            login("abc");
            then(new Answer(502, "bad gateway"));
            then(new Answer(503, "busy"));
            then(Answer.result("3"));
            assertThat(client.call("model.party.party.search_count", client.array()).asInt()).isEqualTo(3);

            then(new Answer(500, "boom"));
            assertThatThrownBy(() -> client.callOnce("model.ir.note.create", client.array()))
                    .isInstanceOf(TrytonUnreachableException.class)
                    .hasMessageContaining("did not answer model.ir.note.create (1 attempt): IOException: HTTP 500");
        }
        assertThat(seen).hasSize(2 + 3 + 1);
    }

    @Test
    void aTrytonErrorIsNamedAndNotRetried() throws Exception {
        try (TrytonClient client = client(3)) {
            login("abc");
            then(new Answer(200, "{\"id\":1,\"error\":[\"UserError\",[\"A value is required for field \\\"Date\\\".\","
                    + "\"\",null]]}"));

            assertThatThrownBy(() -> client.call("model.sale.complaint.create", client.array()))
                    .isExactlyInstanceOf(TrytonException.class)
                    .hasMessageEndingWith("refused model.sale.complaint.create: UserError: A value is required for"
                            + " field \"Date\".");
        }
        assertThat(seen).hasSize(3);
    }

    @Test
    void noServerIsUnreachableAfterTheRetries() throws Exception {
        TrytonClient client = client(1);
        server.stop(0);
        server = null;
        try (client) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.call("model.party.party.search_count", client.array()))
                    .isInstanceOf(TrytonUnreachableException.class)
                    .hasMessageContaining("did not answer common.db.login (2 attempts)");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void searchAllPagesByIdUntilAShortPage() throws Exception {
        try (TrytonClient client = client(0)) {
            login("abc");
            then(Answer.result("[{\"id\": 4}, {\"id\": 9}]"));
            then(Answer.result("[{\"id\": 11}, {\"id\": 12}]"));
            then(Answer.result("[{\"id\": 20}]"));

            List<JsonNode> all = client.searchAll("party.party",
                    client.array().add(client.array().add("active").add("=").add(true)), List.of("name"),
                    client.context());

            assertThat(all).extracting(n -> n.get("id").asInt()).containsExactly(4, 9, 11, 12, 20);
        }
        // page size 2: the domain gains id > last id seen; offset 0, limit 2, order by id
        assertThat(seen.subList(2, 5)).extracting(s -> s.body().get("params").get(0).toString()).containsExactly(
                "[[\"active\",\"=\",true],[\"id\",\">\",0]]", "[[\"active\",\"=\",true],[\"id\",\">\",9]]",
                "[[\"active\",\"=\",true],[\"id\",\">\",12]]");
        assertThat(seen.get(2).body().get("params").get(2).asInt()).isEqualTo(2);
        assertThat(seen.get(2).body().get("params").get(3).toString()).isEqualTo("[[\"id\",\"ASC\"]]");
    }
}
