package org.accountsuccess.itests;

import static org.accountsuccess.itests.RestCalls.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;
import java.util.OptionalInt;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.health.FactorEvaluation;
import org.accountsuccess.api.health.FactorScore;
import org.accountsuccess.api.health.HealthBacktest;
import org.accountsuccess.api.health.HealthFactor;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.health.HealthService;
import org.accountsuccess.api.renewal.CalibrationBin;
import org.accountsuccess.api.renewal.ForecastMethod;
import org.accountsuccess.api.renewal.ForecastModel;
import org.accountsuccess.api.renewal.RenewalForecast;
import org.accountsuccess.api.renewal.RenewalForecastService;
import org.accountsuccess.api.renewal.RenewalPipeline;
import org.accountsuccess.api.renewal.RenewalPipelineService;
import org.accountsuccess.itests.RestCalls.Answer;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The health score on the demo data: a factor registered from outside appears in every score (service
 * and REST) and goes when its service goes; the backtest, the trend and the pipeline over real HTTP equal
 * the services' own figures, and so does the renewal forecast (whose quality figures docs/analytics.md
 * records from this test's output).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HealthIT {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 15);
    private static final String USERS = "etc/users.properties";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    private BundleContext context;

    @Inject
    private HealthService health;

    @Inject
    private RenewalPipelineService pipeline;

    @Inject
    private RenewalForecastService forecasts;

    @Inject
    private ConfigurationAdmin configurations;

    @Configuration
    public Option[] config() {
        return KarafDistribution.options(
                editConfigurationFilePut(USERS, "it-manager", "pw-manager,as-manager"),
                editConfigurationFilePut(USERS, "u-rep1", "pw-u-rep1,as-rep"));
    }

    @Before
    public void demoDataIsLoaded() {
        // until the REST resources are registered, the whiteboard answers 404 in HTML: not JSON
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() ->
                assertThat(get("it-manager", "accounts?limit=1").body().path("total").asInt()).isEqualTo(200));
    }

    @Test
    public void anIntegratorsFactorComesAndGoesWithItsService() throws IOException {
        HealthScore before = health.health("acc-001", ANCHOR).orElseThrow();
        print("as:health acc-001 --as-of 2026-11-15 (service)", before);

        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HealthFactor.NAME, "it-open-invoices");
        properties.put(HealthFactor.DEFAULT_WEIGHT, 2);
        HealthFactor factor = (account, asOf) -> Optional.of(new FactorEvaluation(10, "2 invoices overdue (IT)"));
        ServiceRegistration<HealthFactor> registration = context.registerService(HealthFactor.class, factor, properties);
        try {
            await().atMost(WAIT).untilAsserted(() -> assertThat(health.health("acc-001", ANCHOR).orElseThrow()
                    .factors()).extracting(FactorScore::factor).contains("it-open-invoices"));
            HealthScore with = health.health("acc-001", ANCHOR).orElseThrow();
            // the old weights plus 2: the score moves towards 10 by the new factor's share
            double total = before.factors().stream().mapToDouble(FactorScore::weight).sum();
            assertThat(with.score().getAsDouble()).isCloseTo(
                    (before.score().getAsDouble() * total + 2 * 10) / (total + 2), within(1e-9));

            JsonNode rest = get("it-manager", "accounts/acc-001/health?asOf=2026-11-15").body();
            assertThat(rest.path("factors").findValuesAsText("factor")).contains("it-open-invoices");
            assertThat(rest.path("score").asDouble()).isCloseTo(with.score().getAsDouble(), within(1e-9));
            JsonNode card = get("it-manager", "accounts/acc-001/scorecard?asOf=2026-11-15").body();
            assertThat(card.path("health").path("factors").findValuesAsText("factor")).contains("it-open-invoices");
        } finally {
            registration.unregister();
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(health.health("acc-001", ANCHOR).orElseThrow())
                .isEqualTo(before));
        assertThat(get("it-manager", "accounts/acc-001/health?asOf=2026-11-15").body().path("factors")
                .findValuesAsText("factor")).doesNotContain("it-open-invoices");
    }

    @Test
    public void backtestOverHttpEqualsTheService() throws IOException {
        LocalDate asOf = LocalDate.of(2025, 11, 15);
        HealthBacktest expected = health.backtest(asOf, ANCHOR, AccountFilter.ALL);
        print("backtest 2025-11-15 .. 2026-11-15 (service)", expected);
        assertThat(expected.renewed() + expected.churned()).isPositive();

        Answer answer = get("it-manager", "health/backtest?asOf=2025-11-15&until=2026-11-15");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("renewed").asInt()).isEqualTo(expected.renewed());
        assertThat(answer.body().path("churned").asInt()).isEqualTo(expected.churned());
        if (expected.auc().isPresent()) {
            assertThat(answer.body().path("auc").asDouble()).isCloseTo(expected.auc().getAsDouble(), within(1e-12));
        }
        assertThat(get("u-rep1", "health/backtest?asOf=2025-11-15&until=2026-11-15").status()).isEqualTo(403);
        Answer noDay = get("it-manager", "health/backtest");
        assertThat(noDay.status()).isEqualTo(400);
        assertThat(noDay.body().path("parameter").asText()).isEqualTo("asOf");
    }

    @Test
    public void pipelineAndTrendOverHttp() throws IOException {
        RenewalPipeline expected = pipeline.pipeline(ANCHOR, OptionalInt.empty(), AccountFilter.ALL);
        print("pipeline as of 2026-11-15, 120 days (service)", expected.entries().size() + " entries, ARR at stake "
                + expected.arrAtStake());
        JsonNode answer = get("it-manager", "renewals/pipeline?asOf=2026-11-15").body();
        assertThat(answer.path("entries").path("total").asInt()).isEqualTo(expected.entries().size());
        assertThat(answer.path("arrAtStake").decimalValue()).isEqualByComparingTo(expected.arrAtStake());
        if (!expected.entries().isEmpty()) {
            assertThat(answer.path("entries").path("items").get(0).path("contract").path("id").asText())
                    .isEqualTo(expected.entries().get(0).contract().id());
        }
        // a rep's pipeline holds their own accounts only
        get("u-rep1", "renewals/pipeline?asOf=2026-11-15&limit=500").body().path("entries").path("items").forEach(e ->
                assertThat(e.path("account").path("owner").asText()).isEqualTo("u-rep1"));
        assertThat(get("it-manager", "renewals/pipeline?days=-3").status()).isEqualTo(400);

        JsonNode trend = get("it-manager", "accounts/acc-001/health/trend?to=2026-11-15&months=12").body();
        assertThat(trend.size()).isEqualTo(12);
        assertThat(trend.get(11).path("asOf").asText()).isEqualTo("2026-11-15");
        assertThat(trend.get(10).path("asOf").asText()).isEqualTo("2026-10-31");
        assertThat(trend.get(11).path("score").asDouble()).isCloseTo(
                health.health("acc-001", ANCHOR).orElseThrow().score().getAsDouble(), within(1e-9));
    }

    @Test
    public void renewalForecastOverHttpEqualsTheService() throws IOException {
        RenewalForecast expected = forecasts.forecast(ANCHOR, ANCHOR, ANCHOR.plusDays(120), AccountFilter.ALL);
        ForecastModel m = expected.model();
        print("renewal forecast as of 2026-11-15, 120 days (service)", m.method() + " " + m.reason()
                + "; outcomes " + m.outcomes() + ", renewed " + m.renewed() + ", base rate " + m.baseRate()
                + ", fitted " + m.training() + ", tested " + m.holdout() + ", Brier " + m.brier()
                + ", base-rate Brier " + m.baseRateBrier() + "; " + expected.entries().size() + " entries, ARR at stake "
                + expected.arrAtStake() + ", base " + expected.base() + ", downside " + expected.downside()
                + ", upside " + expected.upside() + "; coefficients " + m.coefficients());
        for (CalibrationBin b : m.calibration()) {
            print("calibration", b);
        }
        assertThat(m.method()).isNotEqualTo(ForecastMethod.NONE);

        Answer answer = get("it-manager", "renewals/forecast?asOf=2026-11-15&to=2027-03-15");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.body();
        assertThat(body.path("entries").path("total").asInt()).isEqualTo(expected.entries().size());
        assertThat(body.path("base").decimalValue()).isEqualByComparingTo(expected.base().orElseThrow());
        assertThat(body.path("model").path("method").asText()).isEqualTo(m.method().name().toLowerCase());
        if (m.brier().isPresent()) {
            assertThat(body.path("model").path("brier").asDouble()).isCloseTo(m.brier().getAsDouble(), within(1e-12));
        }
        Answer inverted = get("it-manager", "renewals/forecast?asOf=2026-11-15&from=2026-11-01");
        assertThat(inverted.status()).isEqualTo(400);
        assertThat(inverted.body().path("parameter").asText()).isEqualTo("from");
    }

    /**
     * A health rule for acc-001's segment, set through Config Admin as an admin would in
     * etc/org.accountsuccess.health.cfg: its accounts are scored with it and say so (REST health and
     * scorecard); the others keep the default; without the rule they are scored by default again.
     */
    @Test
    public void aRuleForASegmentScoresItsAccountsAndTheScorecardNamesIt() throws Exception {
        JsonNode card = get("it-manager", "accounts/acc-001/scorecard?asOf=2026-11-15").body();
        String segment = card.path("account").path("segment").asText();
        assertThat(card.path("health").path("rule").asText()).isEqualTo("default");
        JsonNode other = null;
        for (JsonNode item : get("it-manager", "accounts?limit=500&asOf=2026-11-15").body().path("items")) {
            other = other == null && !item.path("segment").asText().equals(segment) ? item : other;
        }
        assertThat(other).as("an account of another segment than %s", segment).isNotNull();
        String otherId = other.path("id").asText();

        org.osgi.service.cm.Configuration configuration = configurations.getConfiguration("org.accountsuccess.health", "?");
        Dictionary<String, Object> original = configuration.getProperties();
        Dictionary<String, Object> properties = new Hashtable<>();
        if (original != null) {
            java.util.Collections.list(original.keys()).forEach(key -> properties.put(key, original.get(key)));
        }
        properties.put("rule.it-segment.segment", segment.toUpperCase(java.util.Locale.ROOT));
        properties.put("rule.it-segment.weights", "loyalty=0");
        configuration.update(properties);
        try {
            await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> assertThat(get("it-manager",
                    "accounts/acc-001/scorecard?asOf=2026-11-15").body().path("health").path("rule").asText())
                    .isEqualTo("it-segment"));
            JsonNode ruled = get("it-manager", "accounts/acc-001/health?asOf=2026-11-15").body();
            print("acc-001 with rule it-segment (REST)", ruled);
            assertThat(ruled.path("rule").asText()).isEqualTo("it-segment");
            assertThat(ruled.path("factors").findValuesAsText("factor")).doesNotContain("loyalty");
            assertThat(get("it-manager", "accounts/" + otherId + "/health?asOf=2026-11-15").body().path("rule").asText())
                    .isEqualTo("default");

        } finally {
            if (original == null) {
                configuration.delete();
            } else {
                configuration.update(original);
            }
        }
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> assertThat(get("it-manager",
                "accounts/acc-001/health?asOf=2026-11-15").body().path("rule").asText()).isEqualTo("default"));
    }

    private static void print(String what, Object figures) {
        System.out.println("[HealthIT] " + what + ": " + figures);
    }
}
