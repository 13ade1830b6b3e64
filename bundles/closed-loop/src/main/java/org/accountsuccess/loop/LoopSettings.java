package org.accountsuccess.loop;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

import org.accountsuccess.host.spi.FollowUp;

/**
 * The closed loop's settings, checked.
 *
 * @param zone the tenant's time zone: a response's day and today are taken in it
 * @param baseCurrency the currency of a contract that names none and whose account names none
 * @param enabled whether scheduled and post-import sweeps run
 * @param intervalSeconds seconds between scheduled sweeps
 * @param lookbackDays responses of the last this many days are candidates
 * @param renewalWindowDays days ahead of today that make the renewal window
 * @param detractorDays due date of a detractor's follow-up, in days after the answer
 * @param passiveDays the same for a passive
 * @param promoterDays the same for a promoter
 * @param actionDays due date of a follow-up a user creates for a recommended action, in days after its day
 */
record LoopSettings(ZoneId zone, String baseCurrency, boolean enabled, int intervalSeconds, int lookbackDays,
        int renewalWindowDays, int detractorDays, int passiveDays, int promoterDays, int actionDays) {
    static final String KPI_PID = "org.accountsuccess.kpi";

    LoopSettings {
        positive("interval.seconds", intervalSeconds);
        positive("response.lookback.days", lookbackDays);
        positive("renewal.window.days", renewalWindowDays);
        notNegative("due.detractor.days", detractorDays);
        notNegative("due.passive.days", passiveDays);
        notNegative("due.promoter.days", promoterDays);
        notNegative("due.action.days", actionDays);
        if (baseCurrency == null || !baseCurrency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(KPI_PID + ": 'base.currency' = '" + baseCurrency
                    + "' is not an ISO 4217 code");
        }
    }

    /** The metatype defaults, in UTC with EUR. */
    static LoopSettings defaults() {
        return new LoopSettings(ZoneId.of("UTC"), "EUR", true, 60, 14, 120, 2, 7, 14, 7);
    }

    /**
     * The settings of the loop's configuration and of the properties the component also receives
     * from {@value #KPI_PID} ({@code time.zone}, {@code base.currency}).
     */
    static LoopSettings of(LoopConfiguration c, Map<String, Object> properties) {
        String zoneId = String.valueOf(properties.getOrDefault("time.zone", "UTC"));
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneId.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(KPI_PID + ": 'time.zone' = '" + zoneId
                    + "' is not a time zone id (such as UTC or Europe/Berlin)", e);
        }
        return new LoopSettings(zone, String.valueOf(properties.getOrDefault("base.currency", "EUR")).strip(),
                c.enabled(), c.interval_seconds(), c.response_lookback_days(), c.renewal_window_days(), c.due_detractor_days(),
                c.due_passive_days(), c.due_promoter_days(), c.due_action_days());
    }

    /** Days after the answer (for a recommended action: after its creation) that a follow-up of this kind is due. */
    int dueDays(FollowUp.Kind kind) {
        return switch (kind) {
            case CALL_BACK -> detractorDays;
            case ENGAGE -> passiveDays;
            case THANK_AND_ASK_REFERRAL -> promoterDays;
            case RECOMMENDED_ACTION -> actionDays;
        };
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(LoopConfiguration.PID + ": '" + name + "' = " + value + ", must be at least 1");
        }
    }

    private static void notNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(LoopConfiguration.PID + ": '" + name + "' = " + value + ", must not be negative");
        }
    }
}
