package org.accountsuccess.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;

import javax.inject.Inject;

import org.accountsuccess.api.health.FactorEvaluation;
import org.accountsuccess.api.health.FactorScore;
import org.accountsuccess.api.health.HealthFactor;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.health.HealthService;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.AccountDirectory;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The example integrator bundle installed into the running distribution: its {@code open-invoices}
 * health factor appears with its name and scores an account from a CSV the test writes, and goes
 * away when the bundle stops. When a {@link HealthService} is registered, the factor is in (then
 * out of) that account's health score too.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExampleFactorIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String FILTER = "(" + HealthFactor.NAME + "=open-invoices)";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);

    @Inject
    private BundleContext context;

    @Inject
    private FeaturesService features;

    @Inject
    private ConfigurationAdmin configurations;

    @Inject
    private AccountDirectory directory;

    @Configuration
    public Option[] config() {
        return KarafDistribution.options();
    }

    @Test
    public void theFactorComesWithItsBundleScoresFromTheFileAndGoesAway() throws Exception {
        // the demo data loads on the first start
        Account account = await().atMost(Duration.ofSeconds(120)).until(() -> directory.account("acc-001"),
                Optional::isPresent).orElseThrow();
        // 1500.00 paid on time and 500.00 overdue since 2026-10-31: 100 * (1 - 500 / 2000) = 75
        Path invoices = Files.createTempFile("open-invoices-", ".csv");
        Files.writeString(invoices, """
                invoice_id,account_id,due_date,amount,paid_on
                inv-1,acc-001,2026-09-30,1500.00,2026-09-28
                inv-2,acc-001,2026-10-31,500.00,
                """);
        features.installFeature("account-success-example-invoices",
                EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        org.osgi.service.cm.Configuration configuration =
                configurations.getConfiguration("org.accountsuccess.example.invoices", "?");
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("file", invoices.toString());
        properties.put("accountsuccess.health.weight", "2");
        configuration.update(properties);

        ServiceReference<HealthFactor> reference = await().atMost(WAIT)
                .until(() -> context.getServiceReferences(HealthFactor.class, FILTER).stream().findFirst(),
                        Optional::isPresent).orElseThrow();
        assertThat(reference.getProperty(HealthFactor.NAME)).isEqualTo("open-invoices");
        assertThat(String.valueOf(reference.getProperty(HealthFactor.DEFAULT_WEIGHT))).isEqualTo("2");
        FactorEvaluation evaluation = context.getService(reference).evaluate(account, AS_OF).orElseThrow();
        assertThat(evaluation.score()).isEqualTo(75.0);
        assertThat(evaluation.reason()).isEqualTo("1 of 2 invoice(s) overdue, 500.00 of 2000.00, the oldest 15 day(s) late");
        context.ungetService(reference);
        boolean health = context.getServiceReference(HealthService.class) != null;
        if (health) {
            await().atMost(WAIT).until(() -> factor(account.id()).isPresent());
            assertThat(factor(account.id()).orElseThrow().score()).isEqualTo(75.0);
        }

        Bundle example = Arrays.stream(context.getBundles())
                .filter(b -> "org.accountsuccess.example.invoices".equals(b.getSymbolicName())).findFirst().orElseThrow();
        example.stop();
        await().atMost(WAIT).until(() -> context.getServiceReferences(HealthFactor.class, FILTER).isEmpty());
        if (health) {
            await().atMost(WAIT).until(() -> factor(account.id()).isEmpty());
        }
        configuration.delete();
    }

    /**
     * The open-invoices part of the account's health score, if the health service lists it (and
     * scores the account yet: the figures follow the store once the fact index has read the demo).
     */
    private Optional<FactorScore> factor(String accountId) {
        ServiceReference<HealthService> reference = context.getServiceReference(HealthService.class);
        HealthService health = context.getService(reference);
        try {
            return health.health(accountId, AS_OF).map(HealthScore::factors).stream().flatMap(List::stream)
                    .filter(f -> f.factor().equals("open-invoices")).findFirst();
        } finally {
            context.ungetService(reference);
        }
    }
}
