package org.accountsuccess.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;

import javax.inject.Inject;

import org.accountsuccess.api.followup.FollowUpService;
import org.accountsuccess.api.nps.NpsService;
import org.accountsuccess.api.retention.RetentionService;
import org.accountsuccess.api.scorecard.AccountScorecardService;
import org.accountsuccess.api.timeline.ActivityTimelineService;
import org.apache.karaf.features.Feature;
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

/** The distribution boots with every feature, and the api services follow the host SPI. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ServicesComeAndGoIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    private BundleContext context;

    @Inject
    private FeaturesService features;

    @Configuration
    public Option[] config() {
        return KarafDistribution.options();
    }

    @Test
    public void everyFeatureIsInstalled() throws Exception {
        Feature[] ours = Arrays.stream(features.listFeatures())
                .filter(f -> f.getName().startsWith("account-success"))
                // the example integrator bundle is in the distribution, not installed (ExampleFactorIT installs it)
                .filter(f -> !f.getName().startsWith("account-success-example"))
                .toArray(Feature[]::new);
        assertThat(ours).extracting(Feature::getName).contains("account-success", "account-success-services",
                "account-success-store", "account-success-webhooks");
        for (Feature f : ours) {
            assertThat(features.isInstalled(f)).as(f.getName() + " installed").isTrue();
        }
    }

    @Test
    public void apiServicesGoAwayWithTheHostAndComeBack() throws Exception {
        awaitServices(true);
        Bundle store = Arrays.stream(context.getBundles())
                .filter(b -> "org.accountsuccess.store".equals(b.getSymbolicName()))
                .findFirst().orElseThrow();

        store.stop();
        awaitServices(false);

        store.start();
        awaitServices(true);
    }

    private void awaitServices(boolean present) {
        await().atMost(WAIT).untilAsserted(() -> {
            for (Class<?> service : new Class<?>[] {AccountScorecardService.class, NpsService.class,
                    RetentionService.class, ActivityTimelineService.class, FollowUpService.class}) {
                assertThat(context.getServiceReference(service) != null).as(service.getSimpleName()).isEqualTo(present);
            }
        });
    }
}
