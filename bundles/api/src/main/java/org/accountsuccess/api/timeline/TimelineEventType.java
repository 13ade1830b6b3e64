package org.accountsuccess.api.timeline;

import org.accountsuccess.host.spi.ActivityType;

/** What a timeline entry is: an activity of one type, a survey response, or a contract event. */
public enum TimelineEventType {
    SUPPORT_TICKET, BUSINESS_REVIEW, MEETING, CALL, EMAIL, MARKETING_EMAIL, VISIT, OTHER,
    SURVEY_RESPONSE,
    /** A contract's first day (one that renews nothing). */
    CONTRACT_START,
    /** The first day of a contract that renews another. */
    CONTRACT_RENEWAL,
    /** A contract's last covered day. */
    CONTRACT_END;

    /** The timeline type of an activity type. */
    public static TimelineEventType of(ActivityType type) {
        return valueOf(type.name());
    }
}
