package org.accountsuccess.kpi.account;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.accountsuccess.api.timeline.CommunicationGap;
import org.accountsuccess.api.timeline.OverContact;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.KpiParameters;

/**
 * The communication-gap and over-contact flags of one account as of a day, fed one activity at a
 * time so that an account's whole history never has to be held.
 */
public final class CommunicationFlags {
    /** The activity types that count as a meaningful touch (not emails). */
    public static final Set<ActivityType> MEANINGFUL_TOUCH = EnumSet.of(ActivityType.BUSINESS_REVIEW,
            ActivityType.MEETING, ActivityType.CALL, ActivityType.VISIT, ActivityType.SUPPORT_TICKET);

    private final LocalDate asOf;
    private final int tier;
    private final KpiParameters parameters;
    private final DateWindow marketingWindow;
    private LocalDate lastTouch;
    private int marketingEmails;

    public CommunicationFlags(LocalDate asOf, int tier, KpiParameters parameters) {
        this.asOf = asOf;
        this.tier = tier;
        this.parameters = parameters;
        this.marketingWindow = DateWindow.lookback(asOf, parameters.overContactWindowDays());
    }

    /** Takes one activity into account; activities after the as-of day are ignored. */
    public void add(Activity activity) {
        LocalDate day = activity.occurredAt().atZone(parameters.zone()).toLocalDate();
        if (day.isAfter(asOf)) {
            return;
        }
        if (MEANINGFUL_TOUCH.contains(activity.type()) && (lastTouch == null || day.isAfter(lastTouch))) {
            lastTouch = day;
        }
        if (activity.type() == ActivityType.MARKETING_EMAIL && activity.direction() != Activity.Direction.INBOUND
                && marketingWindow.contains(day)) {
            marketingEmails++;
        }
    }

    /** Flagged when the days since the last meaningful touch exceed the tier's limit, or there was none. */
    public CommunicationGap communicationGap() {
        int limit = parameters.gapLimitFor(tier);
        if (lastTouch == null) {
            return new CommunicationGap(Optional.empty(), OptionalLong.empty(), limit, true);
        }
        long days = ChronoUnit.DAYS.between(lastTouch, asOf);
        return new CommunicationGap(Optional.of(lastTouch), OptionalLong.of(days), limit, days > limit);
    }

    /** Flagged when outbound (or undirected) marketing emails in the window exceed the threshold. */
    public OverContact overContact() {
        int threshold = parameters.overContactThreshold();
        return new OverContact(marketingEmails, threshold, parameters.overContactWindowDays(),
                marketingEmails > threshold);
    }
}
