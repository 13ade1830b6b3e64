package org.accountsuccess.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import org.accountsuccess.api.data.DataVersionService;
import org.accountsuccess.api.dataset.DataSetService;
import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportProgress;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The five portfolio views over REST on a seven-account tenant imported into the store, against
 * figures worked out by hand. As of 2026-06-30, lookback 365 days, EUR, contracts from 2024-01-01.
 *
 * <pre>
 * p Pine  u-rep1 MRR 1000           p-a A: 9 (2025-06-01), 10 (2026-05-01, +onboarding)      NPS 100 promoter
 * q Quay  u-rep2 MRR 600 to 2026-03-31, then 500
 *                                   q-a A: 2 (2025-06-15), 9 (2026-01-10, +support),
 *                                          3 (2026-05-01, -support;-price)                  NPS -100 detractor
 * r Reed  u-rep1 MRR 200            r-a A 10, r-b B 8, r-c C 3 (2026-02-01, -price) then 7  NPS 50 promoter
 * s Sand  u-rep2 MRR 100            s-a A 7, s-b B 9 (2025-12-01) then 2 (-support)         NPS -40 detractor
 * t Teak  u-rep1 MRR 300            t-a A, no response                                      non-responder
 * u Umber u-rep2 no contract        u-a A 8                                                 NPS 0 passive
 * v Vale  u-rep1 MRR 400 to 2025-12-31, no contact                                         non-responder, churned
 * (every answer without a date is on 2026-05-01)
 * revenue.csv margins: p 2026-06 400; q 2026-03 100; r 2025-06 999 (before the 12 months)
 * </pre>
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PortfolioViewsIT {
    private static final String BASE = "http://localhost:" + KarafDistribution.HTTP_PORT + "/account-success/api/v1/";
    private static final String USERS = "etc/users.properties";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANAGER = "it-manager:pw-manager";
    private static final String REP1 = "u-rep1:pw-rep1";

    @Inject
    private DataSetService dataSets;
    @Inject
    private DataVersionService versions;

    private record Answer(int status, JsonNode body) {
    }

    @Configuration
    public Option[] config() {
        return KarafDistribution.options(
                editConfigurationFilePut("etc/org.accountsuccess.demo.cfg", "load", "false"),
                editConfigurationFilePut(USERS, "it-manager", "pw-manager,as-manager"),
                editConfigurationFilePut(USERS, "u-rep1", "pw-rep1,as-rep"),
                editConfigurationFilePut(USERS, "it-hr", "pw-hr,as-hr"));
    }

    @Before
    public void importTheTenant() throws Exception {
        Path folder = Files.createTempDirectory("portfolio-views");
        write(folder, "accounts.csv", "account_id,name,owner,segment,tier",
                "p,Pine,u-rep1,Enterprise,1", "q,Quay,u-rep2,Enterprise,1", "r,Reed,u-rep1,SMB,2",
                "s,Sand,u-rep2,SMB,2", "t,Teak,u-rep1,SMB,3", "u,Umber,u-rep2,SMB,3", "v,Vale,u-rep1,SMB,3");
        write(folder, "contacts.csv", "contact_id,account_id,name,role",
                "p-a,p,Pia,A", "q-a,q,Quinn,A", "r-a,r,Rae,A", "r-b,r,Rob,B", "r-c,r,Ric,C", "s-a,s,Sam,A",
                "s-b,s,Sue,B", "t-a,t,Tom,A", "u-a,u,Uma,A");
        write(folder, "responses.csv", "response_id,contact_id,answered_at,score,drivers",
                "p0,p-a,2025-06-01T12:00:00Z,9,", "p1,p-a,2026-05-01T12:00:00Z,10,+onboarding",
                "q0,q-a,2025-06-15T12:00:00Z,2,", "q1,q-a,2026-01-10T12:00:00Z,9,+support",
                "q2,q-a,2026-05-01T12:00:00Z,3,-support;-price", "r1,r-a,2026-05-01T12:00:00Z,10,",
                "r2,r-b,2026-05-01T12:00:00Z,8,", "r0,r-c,2026-02-01T12:00:00Z,3,-price",
                "r3,r-c,2026-05-01T12:00:00Z,7,", "s1,s-a,2026-05-01T12:00:00Z,7,",
                "s0,s-b,2025-12-01T12:00:00Z,9,", "s2,s-b,2026-05-01T12:00:00Z,2,-support",
                "u1,u-a,2026-05-01T12:00:00Z,8,");
        write(folder, "contracts.csv", "contract_id,account_id,start_date,end_date,mrr",
                "k-p,p,2024-01-01,,1000", "k-q1,q,2024-01-01,2026-03-31,600", "k-q2,q,2026-04-01,,500",
                "k-r,r,2024-01-01,,200", "k-s,s,2024-01-01,,100", "k-t,t,2024-01-01,,300",
                "k-v,v,2024-01-01,2025-12-31,400");
        write(folder, "revenue.csv", "account_id,period,revenue,margin",
                "p,2026-06,1000,400", "q,2026-03,500,100", "r,2025-06,2000,999", "s,2026-04,100,");
        dataSets.importDataSet(folder, ImportMode.REPLACE, ImportProgress.NONE);
        versions.refresh(); // the figures below come from the version that holds the import
        // the REST application registers with the whiteboard a little after the services
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(get(MANAGER, "accounts?limit=1").body().path("total").asInt()).isEqualTo(7));
    }

    @Test
    public void theSuccessMatrixOnArrAndOnMargin() throws IOException {
        JsonNode m = get(MANAGER, "matrix?asOf=2026-06-30").body();
        // plotted u 0, s 1200, r 2400, q 6000, p 12000: median 2400; t and v have no account NPS
        assertThat(m.path("valueSplit").decimalValue()).isEqualByComparingTo("2400");
        assertThat(m.path("plotted").asInt()).isEqualTo(5);
        assertThat(m.path("leftOut").asInt()).isEqualTo(2);
        assertThat(texts(m.path("quadrants"), "quadrant")).containsExactly("grow_and_reference", "firefight",
                "develop", "fix_or_automate");
        assertThat(ints(m.path("quadrants"), "accounts")).containsExactly(2, 1, 1, 1);
        assertThat(m.path("quadrants").get(0).path("value").decimalValue()).isEqualByComparingTo("14400");
        assertThat(m.path("quadrants").get(3).path("action").asText()).isEqualTo("fix or automate");
        assertThat(texts(m.path("points").path("items"), "accountId")).containsExactly("p", "r", "q", "u", "s");

        // a rep sees p (12000, NPS 100) and r (2400, NPS 50): median 7200
        JsonNode mine = get(REP1, "matrix?asOf=2026-06-30").body();
        assertThat(mine.path("valueSplit").decimalValue()).isEqualByComparingTo("7200");
        assertThat(texts(mine.path("points").path("items"), "quadrant")).containsExactly("grow_and_reference", "develop");
        assertThat(mine.path("leftOut").asInt()).isEqualTo(2);

        // margins 2025-07..2026-06: p 400, q 100 (r's is older, s has none): median 250
        JsonNode margin = get(MANAGER, "matrix?asOf=2026-06-30&measure=margin").body();
        assertThat(margin.path("valueSplit").decimalValue()).isEqualByComparingTo("250");
        assertThat(texts(margin.path("points").path("items"), "quadrant")).containsExactly("grow_and_reference", "fix_or_automate");
        assertThat(margin.path("leftOut").asInt()).isEqualTo(5);

        Answer none = get(MANAGER, "matrix?asOf=2020-01-31&measure=margin");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body().path("parameter").asText()).isEqualTo("measure");
        assertThat(get(MANAGER, "matrix?measure=profit").body().path("parameter").asText()).isEqualTo("measure");
        assertThat(get("it-hr:pw-hr", "matrix").status()).isEqualTo(403);
    }

    @Test
    public void theLifecycleHead() throws IOException {
        JsonNode l = get(MANAGER, "lifecycle?asOf=2026-06-30").body();
        // ARR p 12000, q 6000, t 3600, r 2400, s 1200 = 25200; 80 % = 20160 reached at t (21600)
        assertThat(l.path("totalArr").decimalValue()).isEqualByComparingTo("25200");
        assertThat(texts(l.path("ranking").path("items"), "accountId")).containsExactly("p", "q", "t", "r", "s");
        assertThat(l.path("head").path("accounts").asInt()).isEqualTo(3);
        assertThat(l.path("head").path("arr").decimalValue()).isEqualByComparingTo("21600");
        assertThat(l.path("head").path("shareOfArr").asDouble()).isCloseTo(21600.0 / 25200, within(1e-12));
        assertThat(ints(l.path("head").path("byClass"), "accounts")).containsExactly(1, 0, 1, 1);
        assertThat(ints(l.path("tail").path("byClass"), "accounts")).containsExactly(1, 0, 1, 0);
        assertThat(get(MANAGER, "lifecycle?asOf=2026-06-30&headShare=0.5").body().path("head").path("accounts")
                .asInt()).isEqualTo(2);
        Answer bad = get(MANAGER, "lifecycle?headShare=80");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("parameter").asText()).isEqualTo("headShare");
    }

    @Test
    public void climbersAndFallers() throws IOException {
        JsonNode c = get(MANAGER, "climbers?from=2025-07-01&to=2026-06-30").body();
        assertThat(texts(c.path("contactClimbers").path("items"), "contactId")).containsExactly("r-c"); // 3 -> 7
        assertThat(texts(c.path("contactFallers").path("items"), "contactId")).containsExactly("q-a", "s-b"); // 9 -> 3, 9 -> 2
        assertThat(c.path("contactFallers").path("items").get(0).path("arr").decimalValue()).isEqualByComparingTo("6000");
        // r as of 2026-04-30: r-c 3 alone, -100; as of 2026-05-01: 50
        assertThat(texts(c.path("accountClimbers").path("items"), "accountId")).containsExactly("r");
        assertThat(c.path("accountClimbers").path("items").get(0).path("npsBefore").asDouble()).isEqualTo(-100.0);
        assertThat(c.path("accountClimbers").path("items").get(0).path("npsAfter").asDouble()).isEqualTo(50.0);
        // q: 9 (100) -> 3 (-100); s: s-b 9 alone (100) -> 7 and 2 (-40)
        assertThat(texts(c.path("accountFallers").path("items"), "accountId")).containsExactly("q", "s");
        assertThat(c.path("accountFallers").path("items").get(1).path("npsAfter").asDouble()).isEqualTo(-40.0);

        JsonNode mine = get(REP1, "climbers?from=2025-07-01&to=2026-06-30").body();
        assertThat(texts(mine.path("contactClimbers").path("items"), "contactId")).containsExactly("r-c");
        assertThat(mine.path("contactFallers").path("items").size()).isZero();
    }

    @Test
    public void driversRankedByDetractorMentionsAndByArrAtStake() throws IOException {
        JsonNode d = get(MANAGER, "drivers?from=2025-07-01&to=2026-06-30").body();
        // 11 responses in the window (p0 and q0 are older), 5 name a driver
        assertThat(d.path("responses").asInt()).isEqualTo(11);
        assertThat(d.path("responsesWithDrivers").asInt()).isEqualTo(5);
        // price: q2, r0 (both detractors): q 6000 + r 2400; support: q2, s2 detractors, q1 promoter: q + s 7200
        assertThat(texts(d.path("byDetractorMentions").path("items"), "driver")).containsExactly("price", "support", "onboarding");
        assertThat(texts(d.path("byArrAtStake").path("items"), "driver")).containsExactly("price", "support", "onboarding");
        JsonNode support = d.path("byArrAtStake").path("items").get(1);
        assertThat(support.path("mentions").asInt()).isEqualTo(3);
        assertThat(support.path("positive").asInt()).isEqualTo(1);
        assertThat(support.path("detractorMentions").asInt()).isEqualTo(2);
        assertThat(support.path("arrAtStake").decimalValue()).isEqualByComparingTo("7200");
        assertThat(support.path("nps").path("value").asDouble()).isCloseTo(-100.0 / 3, within(1e-9));
        assertThat(d.path("byArrAtStake").path("items").get(0).path("arrAtStake").decimalValue()).isEqualByComparingTo("8400");

        JsonNode mine = get(REP1, "drivers?from=2025-07-01&to=2026-06-30").body();
        assertThat(mine.path("responses").asInt()).isEqualTo(5); // p1, r1, r2, r0, r3
        assertThat(mine.path("byArrAtStake").path("items").get(0).path("arrAtStake").decimalValue()).isEqualByComparingTo("2400");
    }

    @Test
    public void theRevenueSimulator() throws IOException {
        // classes at 2025-07-01: p promoter (9), q detractor (2), the rest non-responders
        // NRR 2025-07-01..2026-06-30: promoter 1000 -> 1000 = 1; detractor 600 -> 500 = 5/6;
        // non-responders r 200, s 100, t 300, v 400 -> 0: 600 / 1000 = 0.6; overall 2100 / 2600
        // now: promoter p + r 14400, detractor q + s 7200, non-responder t 3600, no passive with ARR
        // baseline 14400 + 7200 * 5/6 + 3600 * 0.6 = 14400 + 6000 + 2160 = 22560
        // moves: all non-responders to promoter (3600), half the detractors to passive (1 account, 3600):
        // 18000 * 1 + 3600 * 2100/2600 + 3600 * 5/6 + 0 = 18000 + 2907.69 + 3000 = 23907.69
        Answer answer = post(MANAGER, "simulations", "{\"asOf\":\"2026-06-30\",\"moves\":["
                + "{\"from\":\"non_responder\",\"to\":\"promoter\",\"share\":1},"
                + "{\"from\":\"detractor\",\"to\":\"passive\",\"share\":0.5}]}");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode s = answer.body();
        assertThat(s.path("arr").decimalValue()).isEqualByComparingTo("25200");
        assertThat(s.path("overallNrr").asDouble()).isCloseTo(2100.0 / 2600, within(1e-12));
        assertThat(s.path("baseline").asDouble()).isCloseTo(22560, within(1e-6));
        assertThat(s.path("projection").asDouble()).isCloseTo(18000 + 3600 * 2100.0 / 2600 + 3000, within(1e-6));
        assertThat(s.path("difference").asDouble()).isCloseTo(18000 + 3600 * 2100.0 / 2600 + 3000 - 22560,
                within(1e-6));
        // account NPS: 2 promoters, 2 detractors -> 0; after 3 promoters, 1 passive, 1 detractor -> 40
        assertThat(s.path("baselineNps").asDouble()).isCloseTo(0, within(1e-9));
        assertThat(s.path("impliedNps").asDouble()).isCloseTo(40, within(1e-9));
        assertThat(s.path("classes").get(1).path("observedNrr").isNull()).isTrue();

        // a rep's scenario counts p, r and t only: 12000 + 2400 + 3600
        assertThat(post(REP1, "simulations", "{\"asOf\":\"2026-06-30\",\"moves\":[]}").body().path("arr")
                .decimalValue()).isEqualByComparingTo("18000");

        Answer bad = post(MANAGER, "simulations", "{\"asOf\":\"2026-06-30\",\"moves\":["
                + "{\"from\":\"detractor\",\"to\":\"passive\",\"share\":1.5}]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("parameter").asText()).isEqualTo("moves[0].share");
        assertThat(post(MANAGER, "simulations", "not json").body().path("parameter").asText()).isEqualTo("body");
    }

    private static void write(Path folder, String file, String... lines) throws IOException {
        Files.writeString(folder.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    private static List<Integer> ints(JsonNode array, String field) {
        List<Integer> values = new ArrayList<>();
        array.forEach(item -> values.add(item.path(field).asInt()));
        return values;
    }

    private static Answer get(String credentials, String path) throws IOException {
        return send("GET", path, credentials, null);
    }

    private static Answer post(String credentials, String path, String json) throws IOException {
        return send("POST", path, credentials, json);
    }

    private static Answer send(String method, String path, String credentials, String json) throws IOException {
        HttpURLConnection http = (HttpURLConnection) URI.create(BASE + path).toURL().openConnection();
        http.setRequestMethod(method);
        http.setRequestProperty("X-Requested-With", "portfolio-it");
        http.setRequestProperty("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            http.setDoOutput(true);
            http.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = http.getOutputStream()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = http.getResponseCode();
        try (InputStream in = status < 400 ? http.getInputStream() : http.getErrorStream()) {
            byte[] body = in == null ? new byte[0] : in.readAllBytes();
            if (body.length == 0) {
                return new Answer(status, JSON.nullNode());
            }
            try {
                return new Answer(status, JSON.readTree(body));
            } catch (JsonProcessingException e) {
                // not JSON (the HTTP server's own page before the REST application is up)
                return new Answer(status, TextNode.valueOf(new String(body, StandardCharsets.UTF_8)));
            }
        } finally {
            http.disconnect();
        }
    }
}
