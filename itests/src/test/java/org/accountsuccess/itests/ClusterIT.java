package org.accountsuccess.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two nodes of the distribution, real processes started with {@code bin/start}, on one PostgreSQL
 * database (a schema of its own in the database {@code ACCOUNTSUCCESS_PG_URL} names, dropped
 * afterwards), each with the same webhook endpoint: a receiver in this test, on loopback. Checks
 * that an import on one node shows in the other's figures, that each response gets one follow-up
 * and each event reaches the receiver once, and that after {@code kill -9} of the lease holder the
 * other node takes over within the lease time and loses no event.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    private static final String PG_URL = "ACCOUNTSUCCESS_PG_URL";
    private static final int LEASE_SECONDS = 6;
    private static final String USER = "itest";
    private static final String PASSWORD = UUID.randomUUID().toString();
    private static final String SECRET = "cluster-it-secret-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Responses answered yesterday: in the closed loop's lookback whatever today is. */
    private static final LocalDate ANSWERED = LocalDate.now(ZoneOffset.UTC).minusDays(1);

    private static final String SCHEMA = "cluster_it_" + UUID.randomUUID().toString().replace("-", "");
    private static final Map<String, AtomicInteger> RECEIVED = new ConcurrentHashMap<>();
    private static HttpServer receiver;
    private static Node one;
    private static Node two;

    /** One node: its distribution and its HTTP port. */
    private record Node(String id, UnpackedDistribution distribution, String httpPort) {
        String base() {
            return "http://127.0.0.1:" + httpPort + "/account-success/api/v1/";
        }
    }

    @BeforeAll
    static void startTwoNodesOnOneDatabase() throws Exception {
        assumeTrue(System.getenv(PG_URL) != null, "ClusterIT skipped: it needs PostgreSQL; set " + PG_URL
                + " (such as jdbc:postgresql://localhost:5432/accountsuccess), ACCOUNTSUCCESS_PG_USER and"
                + " ACCOUNTSUCCESS_PG_PASSWORD (.ci/run does)");
        execute("CREATE SCHEMA " + SCHEMA);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                JsonNode body = JSON.readTree(in);
                RECEIVED.computeIfAbsent(body.get("id").asText(), id -> new AtomicInteger()).incrementAndGet();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        one = node("node-1", "18481", "18491", "11599", "44944");
        two = node("node-2", "18501", "18511", "11619", "44964");
        // one after the other: the first start migrates the schema and loads the demo data
        start(one);
        start(two);
    }

    @AfterAll
    static void stopAndDrop() throws Exception {
        for (Node node : new Node[] {one, two}) {
            if (node != null && isAlive(node)) {
                node.distribution().run("bin/stop");
                // bin/stop returns before the JVM is gone: the schema is dropped once nothing uses it
                await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() -> !isAlive(node));
            }
        }
        if (receiver != null) {
            receiver.stop(0);
        }
        if (one != null) {
            execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        }
    }

    @Test
    @Order(1)
    void anImportOnOneNodeShowsInTheOthersFiguresAndEachResponseGetsOneFollowUpAndOneWebhook() throws Exception {
        int before = nps(two).get("n").asInt();
        List<String> responses = importResponses(one, "cluster-a", 5);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(nps(two).get("n").asInt())
                .isEqualTo(before + 5));
        awaitOncePerResponse(responses);
        // the demo's 200 accounts, their dates moved to end yesterday, loaded on the first start; the import's one
        assertThat(JSON.readTree(get(two, "accounts?limit=1").body()).path("total").asInt()).isEqualTo(201);
        for (Node node : List.of(one, two)) {
            assertThat(Files.readAllLines(node.distribution().home.resolve("data/log/karaf.log")))
                    .as("ERROR lines in %s's karaf.log", node.id()).noneMatch(line -> line.contains("| ERROR |"));
        }
    }

    @Test
    @Order(2)
    void afterAKillOfTheLeaseHolderTheOtherTakesOverWithinTheLeaseAndNoEventIsLost() throws Exception {
        String holder = holder();
        Node leader = holder.equals(one.id()) ? one : two;
        Node survivor = leader == one ? two : one;
        ProcessHandle process = ProcessHandle.of(leader.distribution().pid()).orElseThrow();
        Instant killed = Instant.now();
        process.destroyForcibly(); // SIGKILL
        await().atMost(Duration.ofSeconds(10)).until(() -> !process.isAlive());

        // the survivor takes imports at once, and the events they cause wait in the database
        List<String> responses = importResponses(survivor, "cluster-b", 3);
        await().atMost(Duration.ofSeconds(LEASE_SECONDS * 3)).pollInterval(Duration.ofMillis(200))
                .until(() -> survivor.id().equals(holder()));
        Duration takeover = Duration.between(killed, Instant.now());
        System.out.println("ClusterIT: " + survivor.id() + " took the lease over " + takeover.toMillis()
                + " ms after the kill of " + leader.id() + " (lease " + LEASE_SECONDS + " s)");
        // the row expires four fifths of the lease after the last renewal, the survivor tries every tenth
        assertThat(takeover).isLessThanOrEqualTo(Duration.ofSeconds(LEASE_SECONDS));
        awaitOncePerResponse(responses);
        assertThat(RECEIVED.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    }

    /** Each response has one follow-up in the ledger and one task in the store; each event arrived once. */
    private static void awaitOncePerResponse(List<String> responses) throws SQLException {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(countPerResponse("loop_follow_up", responses)).containsOnlyKeys(responses).allSatisfy(
                    (id, n) -> assertThat(n).as("follow-ups of %s", id).isEqualTo(1));
            assertThat(responses).allSatisfy(id -> assertThat(RECEIVED.get("response-arrived:" + id))
                    .as("webhook deliveries of %s", id).hasValue(1));
        });
        assertThat(countPerResponse("follow_ups", responses)).containsOnlyKeys(responses)
                .allSatisfy((id, n) -> assertThat(n).as("tasks of %s", id).isEqualTo(1));
        assertThat(RECEIVED.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    }

    private static Node node(String id, String httpPort, String sshPort, String rmiRegistry, String rmiServer)
            throws Exception {
        UnpackedDistribution d = UnpackedDistribution.unpack("cluster-" + id, httpPort, sshPort, rmiRegistry,
                rmiServer);
        d.set("etc/users.properties", USER, PASSWORD + ",as-admin,_g_:admingroup");
        d.set("etc/users.properties", "_g_\\:admingroup", "group,admin,manager,viewer,systembundles,ssh");
        String url = System.getenv(PG_URL);
        // (the features install their default files on the first start unless one exists)
        Files.writeString(d.home.resolve("etc/org.ops4j.datasource-accountsuccess.cfg"), String.join("\n",
                "osgi.jdbc.driver.class = org.postgresql.Driver",
                "dataSourceName = accountsuccess",
                "url = " + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
                "user = " + System.getenv("ACCOUNTSUCCESS_PG_USER"),
                "password = " + System.getenv("ACCOUNTSUCCESS_PG_PASSWORD"),
                "pool = hikari",
                "xa = false", ""));
        Files.writeString(d.home.resolve("etc/org.accountsuccess.cluster.cfg"),
                "node.id = " + id + "\nlease.seconds = " + LEASE_SECONDS + "\n");
        // The store reports its data version (HostChanges), so the other node's fact index reads an
        // import within poll.millis; refresh.seconds = 2 only shortens the fallback for a host
        // without one. The leader's sweep runs every 2 s rather than every minute.
        Files.writeString(d.home.resolve("etc/org.accountsuccess.core.HostBinding.cfg"), "refresh.seconds = 2\n");
        Files.writeString(d.home.resolve("etc/org.accountsuccess.loop.cfg"), "interval.seconds = 2\n");
        Files.writeString(d.home.resolve("etc/org.accountsuccess.webhook-it.cfg"), String.join("\n",
                "url = http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                "secret = " + SECRET,
                "topics = org/accountsuccess/*",
                "connect.timeout.ms = 1000",
                "response.timeout.ms = 2000", ""));
        return new Node(id, d, httpPort);
    }

    private static void start(Node node) throws Exception {
        node.distribution().run("bin/start");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .until(() -> get(node, "nps?from=2025-11-16&to=2026-11-15").statusCode() == 200);
    }

    private static boolean isAlive(Node node) {
        try {
            return ProcessHandle.of(node.distribution().pid()).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Merges {@code count} new responses, answered yesterday, of a contact of an account of the
     * test's own (the same rows every time, so a second import leaves them unchanged); answers their ids.
     */
    private static List<String> importResponses(Node node, String prefix, int count) throws Exception {
        List<String> ids = IntStream.rangeClosed(1, count).mapToObj(i -> prefix + "-" + i).toList();
        StringBuilder csv = new StringBuilder("response_id,contact_id,answered_at,score\n");
        for (int i = 0; i < ids.size(); i++) {
            csv.append(ids.get(i)).append(",cluster-con,").append(ANSWERED).append("T10:0").append(i).append(":00Z,")
                    .append(i * 2).append('\n');
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            entry(out, "accounts.csv", "account_id,name\ncluster-acc,Cluster Test Ltd\n");
            entry(out, "contacts.csv", "contact_id,account_id,name,role\ncluster-con,cluster-acc,Nora Lind,A\n");
            entry(out, "responses.csv", csv.toString());
        }
        String boundary = "cluster-it-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(zip.toByteArray());
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HTTP.send(authorized(node, "imports?mode=merge")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Requested-With", "cluster-it") // a script's write, not another site's
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("import on %s: %s", node.id(), answer.body()).isEqualTo(200);
        return ids;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static JsonNode nps(Node node) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        HttpResponse<String> answer = get(node, "nps?from=" + today.minusDays(400) + "&to=" + today);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static HttpResponse<String> get(Node node, String path) throws Exception {
        return HTTP.send(authorized(node, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder authorized(Node node, String path) {
        return HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    /** The node holding an unexpired lease, or "" when none does. */
    private static String holder() throws SQLException {
        try (Connection c = database(SCHEMA).getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT holder FROM leader_lease WHERE expires_at >="
                        + " (EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000)")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /** Rows per response id in a table with a response_id column. */
    private static Map<String, Integer> countPerResponse(String table, List<String> ids) throws SQLException {
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        try (Connection c = database(SCHEMA).getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT response_id, COUNT(*) FROM " + table + " WHERE response_id IN (" + marks + ") GROUP BY response_id")) {
            for (int i = 0; i < ids.size(); i++) {
                q.setString(i + 1, ids.get(i));
            }
            Map<String, Integer> counts = new java.util.TreeMap<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
            return counts;
        }
    }

    private static PGSimpleDataSource database(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(System.getenv(PG_URL));
        ds.setUser(System.getenv("ACCOUNTSUCCESS_PG_USER"));
        ds.setPassword(System.getenv("ACCOUNTSUCCESS_PG_PASSWORD"));
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = database(null).getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
