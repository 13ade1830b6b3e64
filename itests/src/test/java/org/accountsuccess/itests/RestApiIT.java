package org.accountsuccess.itests;

import static org.accountsuccess.itests.RestCalls.get;
import static org.accountsuccess.itests.RestCalls.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.itests.RestCalls.Answer;
import org.accountsuccess.api.dataset.DataSetService;
import org.accountsuccess.api.followup.FollowUpQuery;
import org.accountsuccess.api.followup.FollowUpService;
import org.accountsuccess.api.nps.NpsLevel;
import org.accountsuccess.api.nps.NpsQuery;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.api.nps.NpsService;
import org.accountsuccess.api.retention.RetentionReport;
import org.accountsuccess.api.retention.RetentionService;
import org.accountsuccess.api.revenue.CohortService;
import org.accountsuccess.api.revenue.RevenueMovementService;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.AccountDirectory;
import org.accountsuccess.host.spi.DateWindow;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The REST API over real HTTP against the booted distribution with the demo data: every endpoint,
 * every role, the problem answers, and figures equal to the services' (the engine's) own.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestApiIT {
    private static final String USERS = "etc/users.properties";
    private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 15);
    private static final DateWindow YEAR = new DateWindow(LocalDate.of(2025, 11, 16), ANCHOR);
    private static final String YEAR_QUERY = "from=2025-11-16&to=2026-11-15";

    @Inject
    private AccountDirectory directory;

    @Inject
    private RetentionService retention;

    @Inject
    private NpsService nps;

    @Inject
    private RevenueMovementService revenueMovements;

    @Inject
    private CohortService cohorts;

    @Inject
    private DataSetService dataSets;

    @Inject
    private FollowUpService followUps;

    @Configuration
    public Option[] config() {
        // The realm's users, each with their password and roles: the distribution ships none.
        return KarafDistribution.options(
                editConfigurationFilePut(USERS, "it-admin", "pw-admin,as-admin"),
                editConfigurationFilePut(USERS, "it-manager", "pw-manager,as-manager"),
                editConfigurationFilePut(USERS, "u-rep1", "pw-u-rep1,as-rep"),
                editConfigurationFilePut(USERS, "it-hr", "pw-hr,as-hr"),
                editConfigurationFilePut(USERS, "it-nobody", "pw-nobody,viewer"));
    }

    @Before
    public void demoDataIsLoaded() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() ->
                assertThat(get("it-manager", "accounts?limit=1").body().path("total").asInt()).isEqualTo(200));
    }

    @Test
    public void noWriteWithoutTheHeaderOrFromAnotherOriginAndNoAnswerIsSniffedOrCached() throws Exception {
        // java.net.http, not HttpURLConnection: the latter drops an Origin header without a word
        HttpClient http = HttpClient.newHttpClient();
        String admin = "Basic " + Base64.getEncoder().encodeToString("it-admin:pw-admin".getBytes(StandardCharsets.UTF_8));
        for (Map<String, String> headers : List.of(Map.<String, String>of(),
                Map.of("X-Requested-With", "x", "Origin", "http://localhost:9999"),
                Map.of("X-Requested-With", "x", "Referer", "http://evil.example/page"))) {
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(RestCalls.BASE + "imports?mode=replace"))
                    .header("Authorization", admin).header("Content-Type", "multipart/form-data; boundary=b")
                    .POST(HttpRequest.BodyPublishers.ofString("--b--\r\n"));
            headers.forEach(post::header);
            HttpResponse<String> answer = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(headers + ": " + answer.body()).isEqualTo(403);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        // the store is untouched: the demo's 200 accounts are all there
        assertThat(get("it-manager", "accounts?limit=1").body().path("total").asInt()).isEqualTo(200);
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(RestCalls.BASE + "me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "it-manager:pw-manager".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(read.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(read.headers().firstValue("Server-Timing")).hasValueSatisfying(
                timing -> assertThat(timing).matches("app;dur=[0-9.]+"));
    }

    @Test
    public void withoutTheRightPasswordTheAnswerIs401WithAChallenge() throws IOException {
        Answer anonymous = request("GET", "accounts", null, null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.challenge()).startsWith("Basic realm=\"account-success\"");
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(request("GET", "accounts", "u-rep1:wrong", null, null).status()).isEqualTo(401);
    }

    @Test
    public void followUpsAreTheServicesAndARepSeesThoseOfTheirAccounts() throws IOException {
        followUps.sweep(); // waits for the sweep the demo import started
        LocalDate asOf = LocalDate.now();
        int all = followUps.followUps(new FollowUpQuery(asOf, false, null, AccountFilter.ALL)).size();
        Set<String> own = owned("u-rep1");
        int mine = followUps.followUps(new FollowUpQuery(asOf, false, null, AccountFilter.ALL.withAccountIds(own)))
                .size();
        int overdue = followUps.followUps(new FollowUpQuery(asOf, true, null, AccountFilter.ALL)).size();

        assertThat(get("it-manager", "followups?limit=1").body().path("total").asInt()).isEqualTo(all);
        assertThat(get("it-manager", "followups?limit=1&overdue=true").body().path("total").asInt())
                .isEqualTo(overdue);
        Answer rep = get("u-rep1", "followups?limit=500");
        assertThat(rep.status()).isEqualTo(200);
        assertThat(rep.body().path("total").asInt()).isEqualTo(mine);
        rep.body().path("items").forEach(item ->
                assertThat(own).contains(item.path("followUp").path("accountId").asText()));
        Answer bad = get("it-manager", "followups?overdue=maybe");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("parameter").asText()).isEqualTo("overdue");
        assertThat(get("it-hr", "followups").status()).isEqualTo(403);
    }

    @Test
    public void aRepSeesOnlyTheirAccountsAndSomeoneElsesIsNotFound() throws IOException {
        Set<String> own = owned("u-rep1");
        Answer list = get("u-rep1", "accounts?limit=500&asOf=2026-11-15");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("total").asInt()).isEqualTo(own.size()).isPositive();
        list.body().path("items").forEach(item -> assertThat(item.path("owner").asText()).isEqualTo("u-rep1"));

        String mine = own.iterator().next();
        Answer scorecard = get("u-rep1", "accounts/" + mine + "/scorecard?asOf=2026-11-15");
        assertThat(scorecard.status()).isEqualTo(200);
        assertThat(scorecard.body().path("account").path("id").asText()).isEqualTo(mine);

        String theirs = someoneElses("u-rep1");
        for (String part : new String[] {"scorecard", "stakeholders", "timeline"}) {
            Answer hidden = get("u-rep1", "accounts/" + theirs + "/" + part);
            assertThat(hidden.status()).as(part).isEqualTo(404);
            assertThat(hidden.body().path("detail").asText()).isEqualTo("no account '" + theirs + "'");
        }
        // the same answer as for an id that does not exist: ids cannot be probed
        assertThat(get("u-rep1", "accounts/acc-999/scorecard").body().path("detail").asText())
                .isEqualTo("no account 'acc-999'");
    }

    @Test
    public void aRepsRetentionAndNpsCountOnlyTheirAccounts() throws IOException {
        AccountFilter theirs = new AccountFilter(owned("u-rep1"), null, null, null);
        assertRetention(get("u-rep1", "retention?" + YEAR_QUERY).body(), retention.retention(YEAR, theirs));
        assertRetention(get("it-manager", "retention?" + YEAR_QUERY).body(), retention.retention(YEAR, AccountFilter.ALL));
        assertThat(retention.retention(YEAR, theirs).startMrr())
                .isLessThan(retention.retention(YEAR, AccountFilter.ALL).startMrr());

        assertNps(get("u-rep1", "nps?" + YEAR_QUERY).body(), nps.nps(new NpsQuery(YEAR, theirs, NpsLevel.RESPONSE)));
        assertNps(get("it-manager", "nps?" + YEAR_QUERY + "&level=account&segment=Enterprise").body(),
                nps.nps(new NpsQuery(YEAR, new AccountFilter(null, "Enterprise", null, null), NpsLevel.ACCOUNT)));
    }

    @Test
    public void anNpsSeriesIsTheMonthlyFiguresInOneCall() throws IOException {
        AccountFilter theirs = new AccountFilter(owned("u-rep1"), null, null, null);
        JsonNode series = get("u-rep1", "nps/series?to=2026-11-15&months=12").body();
        assertThat(series.path("windowDays").asInt()).isEqualTo(90);
        assertThat(series.path("points").size()).isEqualTo(12);
        assertThat(series.path("points").get(11).path("window").path("to").asText()).isEqualTo("2026-11-15");
        assertThat(series.path("points").get(10).path("window").path("to").asText()).isEqualTo("2026-10-31");
        int counted = 0;
        for (JsonNode point : series.path("points")) {
            DateWindow window = new DateWindow(LocalDate.parse(point.path("window").path("from").asText()),
                    LocalDate.parse(point.path("window").path("to").asText()));
            NpsResult expected = nps.nps(new NpsQuery(window, theirs, NpsLevel.RESPONSE));
            assertThat(point.path("nps").path("n").asInt()).isEqualTo(expected.n());
            assertThat(point.path("nps").path("promoters").asInt()).isEqualTo(expected.promoters());
            assertThat(point.path("nps").path("detractors").asInt()).isEqualTo(expected.detractors());
            assertDouble(point.path("nps").path("value"), expected.value());
            counted += expected.n();
        }
        assertThat(counted).isPositive();
        Answer tooLong = get("it-manager", "nps/series?months=37");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().path("parameter").asText()).isEqualTo("months");
    }

    @Test
    public void everyListOfAnAnswerIsOnePageWithItsTotal() throws IOException {
        JsonNode climbers = get("it-manager", "climbers?to=2026-11-15&limit=2").body();
        for (String list : new String[] {"contactClimbers", "contactFallers", "accountClimbers", "accountFallers"}) {
            assertThat(climbers.path(list).path("limit").asInt()).as(list).isEqualTo(2);
            assertThat(climbers.path(list).path("items").size()).as(list)
                    .isEqualTo(Math.min(2, climbers.path(list).path("total").asInt()));
        }
        assertThat(climbers.path("currency").asText()).isNotEmpty();
        JsonNode matrix = get("it-manager", "matrix?asOf=2026-11-15").body();
        assertThat(matrix.path("points").path("total").asInt()).isEqualTo(matrix.path("plotted").asInt());
        assertThat(matrix.path("points").path("items").size()).isEqualTo(Math.min(50, matrix.path("plotted").asInt()));
        JsonNode ranking = get("it-manager", "lifecycle?asOf=2026-11-15&offset=5&limit=3").body().path("ranking");
        assertThat(ranking.path("items").get(0).path("rank").asInt()).isEqualTo(6);
        Answer bad = get("it-manager", "drivers?limit=501");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("parameter").asText()).isEqualTo("limit");
        assertThat(get("it-manager", "renewals/pipeline?offset=-1").body().path("parameter").asText())
                .isEqualTo("offset");
    }

    @Test
    public void everyAccountEndpointAnswersAManager() throws IOException {
        Answer page = get("it-manager", "accounts?asOf=2026-11-15&segment=Enterprise&sort=-arr&offset=1&limit=2");
        assertThat(page.body().path("offset").asInt()).isEqualTo(1);
        assertThat(page.body().path("items").size()).isEqualTo(2);
        JsonNode first = page.body().path("items").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "name", "owner", "segment", "tier", "arr",
                "accountNps", "loyaltyClass", "flags", "health", "band");
        assertThat(first.path("arr").decimalValue())
                .isGreaterThanOrEqualTo(page.body().path("items").get(1).path("arr").decimalValue());

        assertThat(get("it-manager", "accounts/acc-001/stakeholders?asOf=2026-11-15").body().path("stakeholders")
                .size()).isPositive();
        JsonNode timeline = get("it-manager", "accounts/acc-002/timeline?to=2026-11-15&types=support_ticket&limit=3")
                .body();
        assertThat(timeline.path("events").size()).isEqualTo(3);
        timeline.path("events").forEach(e -> assertThat(e.path("type").asText()).isEqualTo("support_ticket"));

        JsonNode renewals = get("it-manager", "renewals?from=2026-10-01&to=2026-11-15&limit=500").body();
        assertThat(renewals.path("due").asInt()).isEqualTo(renewals.path("contracts").path("total").asInt())
                .isEqualTo(renewals.path("contracts").path("items").size()).isPositive();
        assertThat(renewals.has("rateCount") && renewals.has("rateValue") && renewals.has("autoRenewShare")).isTrue();

        JsonNode coverage = get("it-manager", "coverage?asOf=2026-11-15&insufficient=true&limit=500").body();
        coverage.path("items").forEach(item -> assertThat(item.path("sufficient").asBoolean()).isFalse());

        JsonNode bySegment = get("it-manager", "retention?" + YEAR_QUERY + "&by=segment").body();
        assertThat(bySegment.path("groups").size()).isPositive();
        assertThat(bySegment.has("nrr")).isTrue();
    }

    @Test
    public void everyUserMayAskWhoTheyAreAndWhichRolesTheyHave() throws IOException {
        Answer hr = get("it-hr", "me");
        assertThat(hr.status()).isEqualTo(200);
        assertThat(hr.body().toString()).isEqualTo("{\"user\":\"it-hr\",\"roles\":[\"hr\"]}");
        assertThat(get("it-manager", "me").body().path("roles").toString()).isEqualTo("[\"manager\"]");
    }

    @Test
    public void onlyHrSeesEnpsAndHrSeesNothingElse() throws IOException {
        Answer enps = get("it-hr", "enps?to=2026-11-15");
        assertThat(enps.status()).isEqualTo(200);
        assertThat(enps.body().path("overall").path("n").asInt()).isPositive();
        for (String user : new String[] {"it-manager", "it-admin", "u-rep1"}) {
            assertThat(get(user, "enps").status()).as(user).isEqualTo(403);
        }
        assertThat(get("it-hr", "accounts").status()).isEqualTo(403);
        assertThat(get("it-hr", "retention").status()).isEqualTo(403);
        assertThat(get("it-nobody", "accounts").status()).isEqualTo(403);
    }

    @Test
    public void revenueMovementsAndCohortsAreTheServicesAndARepSeesTheirAccounts() throws IOException {
        AccountFilter theirs = new AccountFilter(owned("u-rep1"), null, null, null);
        YearMonth from = YearMonth.of(2025, 12);
        YearMonth to = YearMonth.of(2026, 11);
        for (var caller : List.of(Map.entry("u-rep1", theirs), Map.entry("it-manager", AccountFilter.ALL))) {
            JsonNode months = get(caller.getKey(), "revenue/movements?from=2025-12&to=2026-11").body().path("months");
            var expected = revenueMovements.movements(from, to, caller.getValue()).months();
            assertThat(months.size()).isEqualTo(12);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(months.get(i).path("newMrr").decimalValue()).isEqualByComparingTo(expected.get(i).newMrr());
                assertThat(months.get(i).path("churned").decimalValue()).isEqualByComparingTo(expected.get(i).churned());
                assertThat(months.get(i).path("reactivationMrr").decimalValue())
                        .isEqualByComparingTo(expected.get(i).reactivationMrr());
                assertThat(months.get(i).path("endMrr").decimalValue()).isEqualByComparingTo(expected.get(i).endMrr());
            }
        }
        JsonNode page = get("u-rep1", "revenue/movements/accounts?month=2026-06&limit=3").body();
        var movers = revenueMovements.accounts(YearMonth.of(2026, 6), null, theirs);
        assertThat(page.path("total").asInt()).isEqualTo(movers.size());
        assertThat(page.path("items").size()).isEqualTo(Math.min(3, movers.size()));
        page.path("items").forEach(item -> assertThat(owned("u-rep1")).contains(item.path("accountId").asText()));

        JsonNode table = get("it-manager", "revenue/cohorts?from=2025-11-01&asOf=2026-11-15&grain=quarter").body();
        var cohortTable = cohorts.cohorts(LocalDate.of(2025, 11, 1), ANCHOR,
                org.accountsuccess.api.revenue.CohortGrain.QUARTER, AccountFilter.ALL);
        assertThat(table.path("cohorts").size()).isEqualTo(cohortTable.cohorts().size());
        for (int i = 0; i < cohortTable.cohorts().size(); i++) {
            assertThat(table.path("cohorts").get(i).path("accounts").asInt()).isEqualTo(cohortTable.cohorts().get(i).accounts());
        }
        assertThat(get("it-hr", "revenue/movements").status()).isEqualTo(403);
        Answer badMonth = get("it-manager", "revenue/movements/accounts?month=June");
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.body().path("parameter").asText()).isEqualTo("month");
        assertThat(get("it-manager", "revenue/cohorts?by=loyalty_class").body().path("parameter").asText()).isEqualTo("by");
    }

    @Test
    public void badParametersAndUnknownThingsAnswerProblems() throws IOException {
        Answer badDate = get("it-manager", "nps?from=2026-02-30");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).startsWith("application/problem+json");
        assertThat(badDate.body().path("parameter").asText()).isEqualTo("from");
        Answer inverted = get("it-manager", "retention?from=2026-11-15&to=2026-01-01");
        assertThat(inverted.status()).isEqualTo(400);
        assertThat(inverted.body().path("detail").asText()).contains("inverted");
        assertThat(get("it-manager", "accounts?asOf=tomorrow").body().path("parameter").asText()).isEqualTo("asOf");
        assertThat(get("it-manager", "accounts/acc-999/scorecard").status()).isEqualTo(404);
        Answer noSuchPath = get("it-manager", "no-such-thing");
        assertThat(noSuchPath.status()).isEqualTo(404);
        assertThat(noSuchPath.contentType()).startsWith("application/problem+json");
        assertThat(noSuchPath.body().toString()).doesNotContain("Exception");
    }

    @Test
    public void anAdminImportsADataSetAndABadOneIs422WithEveryBadRow() throws IOException {
        Path export = Files.createTempFile("rest-it-", ".zip");
        dataSets.exportDataSet(export);
        Answer merged = request("POST", "imports?mode=merge", "it-admin:pw-admin", "data.zip", Files.readAllBytes(export));
        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.body().path("mode").asText()).isEqualTo("merge");
        merged.body().path("files").forEach(f -> assertThat(f.path("inserted").asLong() + f.path("updated").asLong())
                .as(f.path("file").asText()).isZero());

        byte[] bad = zip("accounts.csv", "account_id,name,tier\nacc-x1,One,4\nacc-x2,,1\n");
        Answer rejected = request("POST", "imports", "it-admin:pw-admin", "bad.zip", bad);
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        assertThat(rejected.body().path("errors").size()).isGreaterThanOrEqualTo(2);
        assertThat(get("it-manager", "accounts?limit=1").body().path("total").asInt()).isEqualTo(200);

        // not a zip at all: a 400 naming the file and why, nothing changed
        Answer unreadable = request("POST", "imports", "it-admin:pw-admin", "data.zip",
                "account_id,name\nx,Y\n".getBytes(StandardCharsets.UTF_8));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.contentType()).startsWith("application/problem+json");
        assertThat(unreadable.body().path("parameter").asText()).isEqualTo("file");
        assertThat(unreadable.body().path("detail").asText()).startsWith("file: the uploaded file");
        assertThat(get("it-manager", "accounts?limit=1").body().path("total").asInt()).isEqualTo(200);

        assertThat(request("POST", "imports", "it-manager:pw-manager", "bad.zip", bad).status()).isEqualTo(403);
    }

    @Test
    public void theOpenApiDocumentIsServedWithoutLogin() throws IOException {
        Answer document = request("GET", "openapi.json", null, null, null);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().path("openapi").asText()).startsWith("3.");
        assertThat(document.body().path("paths").has("/accounts/{id}/scorecard")).isTrue();
    }

    private void assertRetention(JsonNode json, RetentionReport expected) {
        assertThat(json.path("cohort").asInt()).isEqualTo(expected.cohort());
        assertThat(json.path("startMrr").decimalValue()).isEqualByComparingTo(expected.startMrr());
        assertThat(json.path("expansion").decimalValue()).isEqualByComparingTo(expected.expansion());
        assertThat(json.path("contraction").decimalValue()).isEqualByComparingTo(expected.contraction());
        assertThat(json.path("churned").decimalValue()).isEqualByComparingTo(expected.churned());
        assertThat(json.path("newMrr").decimalValue()).isEqualByComparingTo(expected.newMrr());
        assertDouble(json.path("grr"), expected.grr());
        assertDouble(json.path("nrr"), expected.nrr());
        assertDouble(json.path("logoRetention"), expected.logoRetention());
    }

    private void assertNps(JsonNode json, NpsResult expected) {
        assertThat(json.path("n").asInt()).isEqualTo(expected.n()).isPositive();
        assertThat(json.path("promoters").asInt()).isEqualTo(expected.promoters());
        assertThat(json.path("detractors").asInt()).isEqualTo(expected.detractors());
        assertDouble(json.path("value"), expected.value());
        assertThat(json.path("interval").path("low").asDouble()).isEqualTo(expected.interval().orElseThrow().low());
    }

    private static void assertDouble(JsonNode json, OptionalDouble expected) {
        assertThat(json.isNull()).isEqualTo(expected.isEmpty());
        expected.ifPresent(value -> assertThat(json.asDouble()).isEqualTo(value));
    }

    private Set<String> owned(String user) {
        try (var accounts = directory.accounts()) {
            return accounts.filter(a -> user.equals(a.owner())).map(Account::id).collect(Collectors.toSet());
        }
    }

    private String someoneElses(String user) {
        try (var accounts = directory.accounts()) {
            return accounts.filter(a -> !user.equals(a.owner())).map(Account::id).findFirst().orElseThrow();
        }
    }

    private static byte[] zip(String name, String content) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
