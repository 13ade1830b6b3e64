package org.accountsuccess.core;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The health score's weights, bands and factor mappings, and the renewal pipeline's horizon, as
 * typed configuration of the PID {@value #PID} ({@code etc/org.accountsuccess.health.cfg}).
 */
@ObjectClassDefinition(id = HealthConfiguration.PID, name = "Account Success health score",
        description = "Weights, bands and factor mappings of the health score (metrics.md section 3), and the"
                + " renewal pipeline's horizon and the renewal forecast's model.")
public @interface HealthConfiguration {
    String PID = "org.accountsuccess.health";

    @AttributeDefinition(description = "Factor weights as name=weight entries (several per value, comma-separated, are accepted) (weight >= 0; 0 switches a factor off)."
            + " A built-in factor not named keeps its default; an integrator's factor not named takes the weight"
            + " its service declares (accountsuccess.health.weight), else 1.")
    String[] weights() default {"loyalty=3", "decision-makers=2", "coverage=1", "engagement=1", "tickets=1",
            "mrr-trend=2", "renewal=1"};

    @AttributeDefinition(min = "0", max = "100", description = "Score at or above which an account is green.")
    double band_green() default 70;

    @AttributeDefinition(min = "0", max = "100", description = "Score at or above which an account is yellow (red below).")
    double band_yellow() default 40;

    @AttributeDefinition(description = "engagement: days since the last touch, in multiples of the tier's gap limit,"
            + " at which the score reaches 0 (100 on the day of a touch, falling linearly).")
    double engagement_zero_at_limits() default 2;

    @AttributeDefinition(min = "1", description = "tickets: days before the as-of date in which open high or critical"
            + " tickets count, by the day they were opened.")
    int tickets_window_days() default 90;

    @AttributeDefinition(min = "0", max = "100", description = "tickets: points off 100 per open high or critical ticket.")
    double tickets_penalty() default 25;

    @AttributeDefinition(min = "1", description = "mrr-trend: MRR on the as-of date is compared with MRR this many days"
            + " earlier.")
    int mrr_trend_days() default 90;

    @AttributeDefinition(min = "0", max = "100", description = "mrr-trend: the score of an unchanged MRR.")
    double mrr_trend_flat_score() default 80;

    @AttributeDefinition(min = "0", description = "mrr-trend: points per percent of MRR change (clipped to 0..100).")
    double mrr_trend_points_per_percent() default 1;

    @AttributeDefinition(min = "1", description = "renewal: days to the next due contract at and beyond which the score"
            + " is 100; it falls linearly to 0 on the end date.")
    int renewal_horizon_days() default 180;

    @AttributeDefinition(min = "1", description = "Milliseconds an integrator's factor may take for one account before it"
            + " is reported missing (for the rest of the call).")
    long factor_timeout_ms() default 2000;

    @AttributeDefinition(min = "0", description = "Renewal pipeline: days ahead whose due contracts it shows by default.")
    int pipeline_days() default 120;

    @AttributeDefinition(min = "0", description = "Renewal forecast: the health factors are read this many days before"
            + " a contract's end date (or on the as-of day, when that is earlier).")
    int forecast_lead_days() default 90;

    @AttributeDefinition(min = "1", description = "Renewal forecast: due contracts that ended in this many days before"
            + " the as-of day are the history the model learns from.")
    int forecast_history_days() default 1095;

    @AttributeDefinition(min = "2", description = "Renewal forecast: with fewer past outcomes than this (or outcomes all"
            + " alike) every contract gets the past renewal rate instead of a model's probability.")
    int forecast_min_outcomes() default 30;

    @AttributeDefinition(min = "0", max = "1", description = "Renewal forecast: the share of past outcomes, latest by"
            + " end date, the model is tested on (Brier score, calibration).")
    double forecast_holdout_share() default 0.25;

    @AttributeDefinition(min = "0", description = "Renewal forecast: the L2 penalty of the logistic regression (> 0).")
    double forecast_penalty() default 1;
}
