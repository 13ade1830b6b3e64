package org.accountsuccess.core;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The thresholds and weights of metrics.md, as typed configuration of the PID
 * {@value #PID} ({@code etc/org.accountsuccess.kpi.cfg}). Property names replace {@code _} by
 * {@code .}: {@code lookback_days()} is {@code lookback.days}.
 */
@ObjectClassDefinition(id = KpiConfiguration.PID, name = "Account Success KPI thresholds",
        description = "Thresholds and weights of the NPS, retention and account-view figures (metrics.md).")
public @interface KpiConfiguration {
    String PID = "org.accountsuccess.kpi";

    @AttributeDefinition(description = "Tenant time zone: a timestamp belongs to the date it falls on here.")
    String time_zone() default "UTC";

    @AttributeDefinition(description = "ISO 4217 currency of every money figure when the host has no rate table.")
    String base_currency() default "EUR";

    @AttributeDefinition(min = "1", description = "Days of responses that give a contact or an account its class.")
    int lookback_days() default 365;

    @AttributeDefinition(min = "0", description = "Weight of a decision maker (A) in account NPS.")
    double weight_a() default 3;

    @AttributeDefinition(min = "0", description = "Weight of an influencer (B) in account NPS.")
    double weight_b() default 2;

    @AttributeDefinition(min = "0", description = "Weight of a user (C) in account NPS.")
    double weight_c() default 1;

    @AttributeDefinition(description = "Account NPS at or above which an account is a promoter account.")
    double promoter_account_threshold() default 30;

    @AttributeDefinition(description = "Account NPS below which an account is a detractor account.")
    double detractor_account_threshold() default 0;

    @AttributeDefinition(description = "Normal quantile of intervals and significance tests (1.96 = 95 %).")
    double confidence_z() default 1.96;

    @AttributeDefinition(min = "0", description = "Tier 1: decision makers a healthy account needs.")
    int coverage_tier1_a() default 2;

    @AttributeDefinition(min = "0", description = "Tier 1: influencers a healthy account needs.")
    int coverage_tier1_b() default 3;

    @AttributeDefinition(min = "0", description = "Tier 1: users a healthy account needs.")
    int coverage_tier1_c() default 5;

    @AttributeDefinition(min = "0", description = "Tier 2: decision makers a healthy account needs.")
    int coverage_tier2_a() default 1;

    @AttributeDefinition(min = "0", description = "Tier 2: influencers a healthy account needs.")
    int coverage_tier2_b() default 2;

    @AttributeDefinition(min = "0", description = "Tier 2: users a healthy account needs.")
    int coverage_tier2_c() default 3;

    @AttributeDefinition(min = "0", description = "Tier 3: decision makers a healthy account needs.")
    int coverage_tier3_a() default 1;

    @AttributeDefinition(min = "0", description = "Tier 3: influencers a healthy account needs.")
    int coverage_tier3_b() default 1;

    @AttributeDefinition(min = "0", description = "Tier 3: users a healthy account needs.")
    int coverage_tier3_c() default 1;

    @AttributeDefinition(min = "1", description = "Tier 1: days without a meaningful touch that make a communication gap.")
    int gap_limit_tier1_days() default 30;

    @AttributeDefinition(min = "1", description = "Tier 2: days without a meaningful touch that make a communication gap.")
    int gap_limit_tier2_days() default 60;

    @AttributeDefinition(min = "1", description = "Tier 3: days without a meaningful touch that make a communication gap.")
    int gap_limit_tier3_days() default 90;

    @AttributeDefinition(min = "0", description = "Most outbound marketing emails in the window that are not over-contact.")
    int over_contact_threshold() default 8;

    @AttributeDefinition(min = "1", description = "Days of the over-contact window.")
    int over_contact_window_days() default 30;

    @AttributeDefinition(min = "1", description = "Fewest responses an eNPS group needs to be shown.")
    int enps_anonymity_floor() default 5;

    @AttributeDefinition(description = "Share of the total ARR the head of the lifecycle (Pareto) view reaches,"
            + " above 0 and at most 1.")
    double lifecycle_head_share() default 0.8;
}
