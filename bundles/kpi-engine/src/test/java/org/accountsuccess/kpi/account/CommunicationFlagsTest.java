package org.accountsuccess.kpi.account;

import static org.accountsuccess.kpi.Fixtures.DEFAULTS;
import static org.accountsuccess.kpi.Fixtures.activity;
import static org.accountsuccess.kpi.Fixtures.at;
import static org.accountsuccess.kpi.Fixtures.day;
import static org.accountsuccess.kpi.Fixtures.inZone;
import static org.accountsuccess.kpi.Fixtures.noon;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.accountsuccess.api.timeline.CommunicationGap;
import org.accountsuccess.api.timeline.OverContact;
import org.accountsuccess.host.spi.Activity.Direction;
import org.accountsuccess.host.spi.ActivityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Communication gap (tier limits 30/60/90 days since the last meaningful touch) and over-contact
 * (more than 8 outbound marketing emails in the last 30 days), as of 2024-06-30.
 */
class CommunicationFlagsTest {
    private static final LocalDate AS_OF = day("2024-06-30");

    private static CommunicationFlags flags(int tier) {
        return new CommunicationFlags(AS_OF, tier, DEFAULTS);
    }

    private static void add(CommunicationFlags flags, ActivityType type, LocalDate day, Direction direction) {
        flags.add(activity("x-" + type.code() + "-" + day, "a-1", type, noon(day.toString()), direction));
    }

    @ParameterizedTest(name = "tier {0}: {1} days is not a gap, {2} is")
    @CsvSource({"1, 30, 31", "2, 60, 61", "3, 90, 91"})
    void theLimitItselfIsNotAGapOneDayMoreIs(int tier, int limit, int overLimit) {
        CommunicationFlags atLimit = flags(tier);
        add(atLimit, ActivityType.CALL, AS_OF.minusDays(limit), null);
        CommunicationFlags overIt = flags(tier);
        add(overIt, ActivityType.CALL, AS_OF.minusDays(overLimit), null);

        assertThat(atLimit.communicationGap().daysSince()).hasValue(limit);
        assertThat(atLimit.communicationGap().limitDays()).isEqualTo(limit);
        assertThat(atLimit.communicationGap().flagged()).isFalse();
        assertThat(overIt.communicationGap().daysSince()).hasValue(overLimit);
        assertThat(overIt.communicationGap().flagged()).isTrue();
    }

    @Test
    void neverTouchedIsFlaggedWithUndefinedDays() {
        CommunicationGap gap = flags(3).communicationGap();

        assertThat(gap.flagged()).isTrue();
        assertThat(gap.lastTouch()).isEmpty();
        assertThat(gap.daysSince()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ActivityType.class, names = {"BUSINESS_REVIEW", "MEETING", "CALL", "VISIT", "SUPPORT_TICKET"})
    void meaningfulTouches(ActivityType type) {
        CommunicationFlags flags = flags(1);
        add(flags, type, AS_OF.minusDays(3), Direction.INBOUND);

        assertThat(flags.communicationGap().lastTouch()).contains(AS_OF.minusDays(3));
        assertThat(flags.communicationGap().flagged()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ActivityType.class, names = {"EMAIL", "MARKETING_EMAIL", "OTHER"})
    void emailsAreNotMeaningfulTouches(ActivityType type) {
        CommunicationFlags flags = flags(1);
        add(flags, ActivityType.MEETING, AS_OF.minusDays(45), null);
        add(flags, type, AS_OF.minusDays(1), Direction.OUTBOUND);

        // the meeting 45 days ago is still the last touch: over tier 1's 30 days
        assertThat(flags.communicationGap().lastTouch()).contains(AS_OF.minusDays(45));
        assertThat(flags.communicationGap().flagged()).isTrue();
    }

    @Test
    void aTouchAfterTheAsOfDayIsIgnored() {
        CommunicationFlags flags = flags(1);
        add(flags, ActivityType.CALL, AS_OF.minusDays(40), null);
        add(flags, ActivityType.CALL, AS_OF.plusDays(1), null);

        assertThat(flags.communicationGap().daysSince()).hasValue(40);
    }

    @Test
    void eightOutboundMarketingEmailsInThirtyDaysAreFineNineAreOverContact() {
        CommunicationFlags eight = flags(1);
        CommunicationFlags nine = flags(1);
        for (int i = 0; i < 8; i++) {
            // spread over the window (d - 30, d]: 0, 3, ..., 21 days back; one without direction
            Direction direction = i == 0 ? null : Direction.OUTBOUND;
            add(eight, ActivityType.MARKETING_EMAIL, AS_OF.minusDays(3L * i), direction);
            add(nine, ActivityType.MARKETING_EMAIL, AS_OF.minusDays(3L * i), direction);
        }
        add(nine, ActivityType.MARKETING_EMAIL, AS_OF.minusDays(29), Direction.OUTBOUND);

        OverContact fine = eight.overContact();
        assertThat(fine.marketingEmails()).isEqualTo(8);
        assertThat(fine.threshold()).isEqualTo(8);
        assertThat(fine.windowDays()).isEqualTo(30);
        assertThat(fine.flagged()).isFalse();
        assertThat(nine.overContact().marketingEmails()).isEqualTo(9);
        assertThat(nine.overContact().flagged()).isTrue();
    }

    @Test
    void inboundOldAndOtherEmailsDoNotCount() {
        CommunicationFlags flags = flags(1);
        for (int i = 0; i < 8; i++) {
            add(flags, ActivityType.MARKETING_EMAIL, AS_OF.minusDays(i), Direction.OUTBOUND);
        }
        add(flags, ActivityType.MARKETING_EMAIL, AS_OF.minusDays(2), Direction.INBOUND);
        // (d - 30, d]: 30 and 31 days back are outside
        add(flags, ActivityType.MARKETING_EMAIL, AS_OF.minusDays(30), Direction.OUTBOUND);
        add(flags, ActivityType.MARKETING_EMAIL, AS_OF.minusDays(31), Direction.OUTBOUND);
        add(flags, ActivityType.EMAIL, AS_OF.minusDays(2), Direction.OUTBOUND);
        add(flags, ActivityType.MARKETING_EMAIL, AS_OF.plusDays(1), Direction.OUTBOUND);

        assertThat(flags.overContact().marketingEmails()).isEqualTo(8);
        assertThat(flags.overContact().flagged()).isFalse();
    }

    @Test
    void theWindowIsReadInTheTenantZone() {
        // 2024-05-31T23:30Z is 2024-05-31 in UTC (30 days back: outside) but 2024-06-01 01:30 in Berlin (inside)
        CommunicationFlags utc = new CommunicationFlags(AS_OF, 1, DEFAULTS);
        CommunicationFlags berlin = new CommunicationFlags(AS_OF, 1, inZone("Europe/Berlin"));
        var email = activity("x-1", "a-1", ActivityType.MARKETING_EMAIL, at("2024-05-31T23:30:00Z"));
        utc.add(email);
        berlin.add(email);

        assertThat(utc.overContact().marketingEmails()).isZero();
        assertThat(berlin.overContact().marketingEmails()).isEqualTo(1);
    }
}
