package org.accountsuccess.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.accountsuccess.kpi.KpiParameters;
import org.junit.jupiter.api.Test;

class KpiSettingsComponentTest {

    /** The configuration DS would hand over: the annotation's defaults, with some properties overridden. */
    private static KpiConfiguration config(Map<String, Object> overrides) {
        return (KpiConfiguration) Proxy.newProxyInstance(KpiConfiguration.class.getClassLoader(),
                new Class<?>[] {KpiConfiguration.class},
                (proxy, method, args) -> overrides.getOrDefault(method.getName(), method.getDefaultValue()));
    }

    @Test
    void theMetatypeDefaultsAreTheDefaultsOfMetrics() {
        assertThat(KpiSettingsComponent.toParameters(config(Map.of()))).isEqualTo(KpiParameters.defaults());
    }

    @Test
    void aChangedPropertyIsApplied() {
        var settings = new KpiSettingsComponent();
        settings.configure(config(Map.of("lookback_days", 180, "gap_limit_tier1_days", 14)));
        assertThat(settings.parameters().lookbackDays()).isEqualTo(180);
        assertThat(settings.parameters().gapLimitFor(1)).isEqualTo(14);
    }

    @Test
    void badValuesAreRefusedByName() {
        assertThatThrownBy(() -> KpiSettingsComponent.toParameters(config(Map.of("time_zone", "Mars/Olympus"))))
                .hasMessageContaining("org.accountsuccess.kpi: 'time.zone' = 'Mars/Olympus'");
        assertThatThrownBy(() -> KpiSettingsComponent.toParameters(config(Map.of("lookback_days", 0))))
                .hasMessageContaining("org.accountsuccess.kpi").hasMessageContaining("'lookbackDays' is 0");
        assertThatThrownBy(() -> KpiSettingsComponent.toParameters(config(Map.of("base_currency", "euro"))))
                .hasMessageContaining("'base.currency' = 'euro'");
        assertThatThrownBy(() -> KpiSettingsComponent.toParameters(config(Map.of("detractor_account_threshold", 50.0))))
                .hasMessageContaining("detractorAccountThreshold 50.0 is above promoterAccountThreshold 30.0");
    }
}
