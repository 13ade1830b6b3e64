package org.accountsuccess.loop;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The closed loop's configuration, PID {@value #PID}. The tenant's time zone and base currency
 * are not repeated here: the component reads {@code time.zone} and {@code base.currency} of the
 * KPI configuration {@code org.accountsuccess.kpi}.
 */
@ObjectClassDefinition(pid = LoopConfiguration.PID, name = "Account Success closed loop",
        description = "Follow-ups for new survey responses and the sweeper that posts the Event Admin events")
public @interface LoopConfiguration {
    String PID = "org.accountsuccess.loop";

    @AttributeDefinition(name = "Enabled", description = "Sweep on the schedule and after each import"
            + " (as:loop-sweep runs a sweep whatever this says)")
    boolean enabled() default true;

    @AttributeDefinition(name = "Interval (seconds)", description = "Seconds from the end of one scheduled sweep to the next;"
            + " imports and changes of the host's data version sweep sooner", min = "1")
    int interval_seconds() default 60;

    @AttributeDefinition(name = "Lookback (days)", description = "Responses answered in the last this many days"
            + " (today included) that are not in the ledger are new; older ones never get a follow-up", min = "1")
    int response_lookback_days() default 14;

    @AttributeDefinition(name = "Renewal window (days)", description = "A contract enters the renewal window when"
            + " its end date falls in [today, today + this many days] and no contract renews it", min = "1")
    int renewal_window_days() default 120;

    @AttributeDefinition(name = "Detractor follow-up due (days)", description = "Call back a detractor within", min = "0")
    int due_detractor_days() default 2;

    @AttributeDefinition(name = "Passive follow-up due (days)", description = "Engage a passive within", min = "0")
    int due_passive_days() default 7;

    @AttributeDefinition(name = "Promoter follow-up due (days)", description = "Thank a promoter and ask for a"
            + " referral within", min = "0")
    int due_promoter_days() default 14;

    @AttributeDefinition(name = "Recommended action follow-up due (days)", description = "A follow-up a user"
            + " creates for one of an account's recommended actions is due this many days after it", min = "0")
    int due_action_days() default 7;
}
