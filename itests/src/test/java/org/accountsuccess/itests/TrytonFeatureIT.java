package org.accountsuccess.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;

import javax.inject.Inject;

import org.accountsuccess.api.scorecard.AccountScorecardService;
import org.accountsuccess.host.spi.HostDataStatus.Freshness;
import org.accountsuccess.host.spi.HostStatus;
import org.accountsuccess.host.spi.HostUnavailableException;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The account-success-tryton feature installs from the distribution and takes over as the host
 * through the host binding it ships; with no Tryton answering, its status is UNAVAILABLE and the
 * services refuse to compute (the REST API answers 503) instead of showing figures from nothing.
 * The figures against a real Tryton server are checked by bundles/tryton's TrytonHostIT.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrytonFeatureIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    private BundleContext context;

    @Inject
    private FeaturesService features;

    @Configuration
    public Option[] config() {
        // A loopback port nothing listens on; one attempt, so that each read fails at once.
        return KarafDistribution.options(
                editConfigurationFilePut("etc/org.accountsuccess.tryton.cfg", "url", "http://127.0.0.1:9/"),
                editConfigurationFilePut("etc/org.accountsuccess.tryton.cfg", "database", "crm"),
                editConfigurationFilePut("etc/org.accountsuccess.tryton.cfg", "retries", "0"),
                editConfigurationFilePut("etc/org.accountsuccess.tryton.cfg", "connect.timeout.ms", "500"));
    }

    @Test
    public void theTrytonHostTakesOverAndSaysItsDataIsUnavailable() throws Exception {
        features.installFeature("account-success-tryton");

        await().atMost(WAIT).untilAsserted(() -> {
            Collection<ServiceReference<HostStatus>> tryton = context.getServiceReferences(HostStatus.class,
                    "(host=tryton)");
            assertThat(tryton).hasSize(1);
            assertThat(context.getService(tryton.iterator().next()).status().freshness())
                    .isEqualTo(Freshness.UNAVAILABLE);
        });
        await().atMost(WAIT).untilAsserted(() -> {
            ServiceReference<AccountScorecardService> ref = context.getServiceReference(AccountScorecardService.class);
            assertThat(ref).isNotNull();
            AccountScorecardService scorecards = context.getService(ref);
            assertThatThrownBy(() -> scorecards.scorecard("acc-001", LocalDate.of(2026, 11, 15)))
                    .isInstanceOf(HostUnavailableException.class)
                    .hasMessageContaining("Tryton at http://127.0.0.1:9/ (database crm) has not been read yet");
        });
    }
}
