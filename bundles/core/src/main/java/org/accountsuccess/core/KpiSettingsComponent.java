package org.accountsuccess.core;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

import org.accountsuccess.kpi.KpiParameters;
import org.accountsuccess.kpi.KpiParameters.CoverageRequirement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Holds the KPI parameters of the configuration {@value KpiConfiguration#PID}. A bad value is
 * refused with a message naming the property; the component then does not start (and the
 * services that need it go away) rather than compute with a wrong threshold.
 */
@Component(service = KpiSettings.class, configurationPid = KpiConfiguration.PID)
@Designate(ocd = KpiConfiguration.class)
public class KpiSettingsComponent implements KpiSettings {
    private volatile KpiParameters parameters;

    @Activate
    @Modified
    void configure(KpiConfiguration config) {
        parameters = toParameters(config);
    }

    @Override
    public KpiParameters parameters() {
        return parameters;
    }

    static KpiParameters toParameters(KpiConfiguration c) {
        ZoneId zone;
        try {
            zone = ZoneId.of(c.time_zone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(KpiConfiguration.PID + ": 'time.zone' = '" + c.time_zone()
                    + "' is not a time zone id (such as UTC or Europe/Berlin)", e);
        }
        if (!c.base_currency().matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(KpiConfiguration.PID + ": 'base.currency' = '" + c.base_currency()
                    + "' is not an ISO 4217 code");
        }
        try {
            return new KpiParameters(zone, c.base_currency(), c.lookback_days(), c.weight_a(), c.weight_b(),
                    c.weight_c(), c.promoter_account_threshold(), c.detractor_account_threshold(), c.confidence_z(),
                    List.of(new CoverageRequirement(c.coverage_tier1_a(), c.coverage_tier1_b(), c.coverage_tier1_c()),
                            new CoverageRequirement(c.coverage_tier2_a(), c.coverage_tier2_b(), c.coverage_tier2_c()),
                            new CoverageRequirement(c.coverage_tier3_a(), c.coverage_tier3_b(), c.coverage_tier3_c())),
                    List.of(c.gap_limit_tier1_days(), c.gap_limit_tier2_days(), c.gap_limit_tier3_days()),
                    c.over_contact_threshold(), c.over_contact_window_days(), c.enps_anonymity_floor(),
                    c.lifecycle_head_share());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(KpiConfiguration.PID + ": " + e.getMessage(), e);
        }
    }
}
