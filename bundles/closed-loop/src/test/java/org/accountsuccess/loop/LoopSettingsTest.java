package org.accountsuccess.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.time.ZoneId;
import java.util.Map;

import org.accountsuccess.host.spi.FollowUp.Kind;
import org.junit.jupiter.api.Test;

class LoopSettingsTest {

    /** The configuration as DS hands it over, with one value changed. */
    private static LoopConfiguration config(int lookbackDays, int detractorDays) {
        return new LoopConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return LoopConfiguration.class;
            }

            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public int interval_seconds() {
                return 60;
            }

            @Override
            public int response_lookback_days() {
                return lookbackDays;
            }

            @Override
            public int renewal_window_days() {
                return 120;
            }

            @Override
            public int due_detractor_days() {
                return detractorDays;
            }

            @Override
            public int due_passive_days() {
                return 7;
            }

            @Override
            public int due_promoter_days() {
                return 14;
            }

            @Override
            public int due_action_days() {
                return 7;
            }
        };
    }

    @Test
    void theTimeZoneAndBaseCurrencyComeFromTheKpiConfiguration() {
        LoopSettings s = LoopSettings.of(config(14, 2), Map.of("time.zone", "Europe/Berlin", "base.currency", "USD"));
        assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(s.baseCurrency()).isEqualTo("USD");
        assertThat(s.dueDays(Kind.CALL_BACK)).isEqualTo(2);
        assertThat(s.dueDays(Kind.ENGAGE)).isEqualTo(7);
        assertThat(s.dueDays(Kind.THANK_AND_ASK_REFERRAL)).isEqualTo(14);
        assertThat(LoopSettings.of(config(14, 2), Map.of())).isEqualTo(LoopSettings.defaults());
    }

    @Test
    void aBadValueIsRefusedNamingThePropertyAndItsPid() {
        assertThatThrownBy(() -> LoopSettings.of(config(14, 2), Map.of("time.zone", "Mars/Olympus")))
                .hasMessage("org.accountsuccess.kpi: 'time.zone' = 'Mars/Olympus' is not a time zone id"
                        + " (such as UTC or Europe/Berlin)");
        assertThatThrownBy(() -> LoopSettings.of(config(0, 2), Map.of()))
                .hasMessage("org.accountsuccess.loop: 'response.lookback.days' = 0, must be at least 1");
        assertThatThrownBy(() -> LoopSettings.of(config(14, -1), Map.of()))
                .hasMessage("org.accountsuccess.loop: 'due.detractor.days' = -1, must not be negative");
        assertThatThrownBy(() -> LoopSettings.of(config(14, 2), Map.of("base.currency", "euro")))
                .hasMessage("org.accountsuccess.kpi: 'base.currency' = 'euro' is not an ISO 4217 code");
    }
}
