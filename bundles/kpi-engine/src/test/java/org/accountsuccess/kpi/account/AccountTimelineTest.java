package org.accountsuccess.kpi.account;

import static org.accountsuccess.kpi.Fixtures.DEFAULTS;
import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.activity;
import static org.accountsuccess.kpi.Fixtures.at;
import static org.accountsuccess.kpi.Fixtures.contract;
import static org.accountsuccess.kpi.Fixtures.day;
import static org.accountsuccess.kpi.Fixtures.inZone;
import static org.accountsuccess.kpi.Fixtures.response;
import static org.accountsuccess.kpi.Fixtures.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import org.accountsuccess.api.timeline.ActivityTimeline;
import org.accountsuccess.api.timeline.TimelineEvent;
import org.accountsuccess.api.timeline.TimelineEventType;
import org.accountsuccess.api.timeline.TimelineGap;
import org.accountsuccess.api.timeline.TimelineQuery;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.KpiParameters;
import org.junit.jupiter.api.Test;

/**
 * A tier-1 account's timeline (gap limit 30 days) over 2024-04-01 .. 2024-06-30: activities,
 * responses and contract events merged newest first, paged and filtered, with the gaps.
 */
class AccountTimelineTest {
    private static final DateWindow Q2 = window("2024-04-01", "2024-06-30");

    private static final List<Activity> ACTIVITIES = List.of(
            // before the window: not shown, but the first gap is measured from it
            activity("x-0", "a-1", ActivityType.CALL, at("2024-03-20T10:00:00Z")),
            activity("x-1", "a-1", ActivityType.MEETING, at("2024-04-10T10:00:00Z")),
            activity("x-2", "a-1", ActivityType.EMAIL, at("2024-04-20T10:00:00Z")),
            new Activity("x-3", "a-1", "k-1", ActivityType.SUPPORT_TICKET, at("2024-05-20T10:00:00Z"),
                    Activity.Direction.INBOUND, "Login fails", Activity.Status.OPEN, Activity.Severity.HIGH),
            activity("x-4", "a-1", ActivityType.MARKETING_EMAIL, at("2024-06-15T10:00:00Z")),
            // after the window: ignored
            activity("x-5", "a-1", ActivityType.CALL, at("2024-07-05T10:00:00Z")));

    private static final List<Contract> CONTRACTS = List.of(
            contract("c-old", "a-1", "2023-05-01", "100").until("2024-04-30").build(),
            contract("c-new", "a-1", "2024-05-01", "100").renews("c-old").build(),
            contract("c-add", "a-1", "2024-04-15", "20").until("2025-04-14").build());

    private static ActivityTimeline timeline(TimelineQuery query, KpiParameters parameters) {
        AccountTimeline timeline = new AccountTimeline(account("a-1", 1), query, parameters);
        ACTIVITIES.forEach(timeline::addActivity);
        timeline.addResponse(response("r-1", "k-1", at("2024-05-05T10:00:00Z"), 3));
        CONTRACTS.forEach(timeline::addContract);
        return timeline.timeline();
    }

    private static ActivityTimeline timeline(TimelineQuery query) {
        return timeline(query, DEFAULTS);
    }

    @Test
    void mergesEverythingNewestFirst() {
        ActivityTimeline timeline = timeline(new TimelineQuery(Q2, Set.of(), 0, 50));

        assertThat(timeline.accountId()).isEqualTo("a-1");
        assertThat(timeline.total()).isEqualTo(8);
        assertThat(timeline.events()).extracting(TimelineEvent::date, TimelineEvent::type, TimelineEvent::sourceId)
                .containsExactly(
                        tuple(day("2024-06-15"), TimelineEventType.MARKETING_EMAIL, "x-4"),
                        tuple(day("2024-05-20"), TimelineEventType.SUPPORT_TICKET, "x-3"),
                        tuple(day("2024-05-05"), TimelineEventType.SURVEY_RESPONSE, "r-1"),
                        tuple(day("2024-05-01"), TimelineEventType.CONTRACT_RENEWAL, "c-new"),
                        tuple(day("2024-04-30"), TimelineEventType.CONTRACT_END, "c-old"),
                        tuple(day("2024-04-20"), TimelineEventType.EMAIL, "x-2"),
                        tuple(day("2024-04-15"), TimelineEventType.CONTRACT_START, "c-add"),
                        tuple(day("2024-04-10"), TimelineEventType.MEETING, "x-1"));
    }

    @Test
    void eachEventCarriesItsSourceAndATitle() {
        List<TimelineEvent> events = timeline(new TimelineQuery(Q2, Set.of(), 0, 50)).events();

        assertThat(events.get(1).title()).isEqualTo("Login fails");
        assertThat(events.get(1).contactId()).isEqualTo("k-1");
        assertThat(events.get(1).activity().severity()).isEqualTo(Activity.Severity.HIGH);
        assertThat(events.get(0).title()).isEqualTo("marketing email");
        assertThat(events.get(2).title()).isEqualTo("Score 3 (detractor)");
        assertThat(events.get(2).response().score()).isEqualTo(3);
        assertThat(events.get(3).title()).isEqualTo("Contract c-new renews c-old, MRR 100");
        assertThat(events.get(3).contract().id()).isEqualTo("c-new");
        // contract events sit at the start of their day in the tenant zone (UTC here)
        assertThat(events.get(4).at()).isEqualTo(at("2024-04-30T00:00:00Z"));
    }

    @Test
    void pagesKeepTheTotal() {
        ActivityTimeline page = timeline(new TimelineQuery(Q2, Set.of(), 2, 3));

        assertThat(page.total()).isEqualTo(8);
        assertThat(page.events()).extracting(TimelineEvent::sourceId).containsExactly("r-1", "c-new", "c-old");
        assertThat(timeline(new TimelineQuery(Q2, Set.of(), 7, 3)).events()).extracting(TimelineEvent::sourceId)
                .containsExactly("x-1");
        assertThat(timeline(new TimelineQuery(Q2, Set.of(), 8, 3)).events()).isEmpty();
    }

    @Test
    void filtersByTypeWithoutChangingTheGaps() {
        ActivityTimeline filtered = timeline(new TimelineQuery(Q2,
                Set.of(TimelineEventType.MEETING, TimelineEventType.SURVEY_RESPONSE, TimelineEventType.CONTRACT_END),
                0, 50));

        assertThat(filtered.total()).isEqualTo(3);
        assertThat(filtered.events()).extracting(TimelineEvent::sourceId).containsExactly("r-1", "c-old", "x-1");
        // the support ticket is hidden but still a meaningful touch
        assertThat(filtered.gaps()).hasSize(2);
    }

    @Test
    void gapsBetweenMeaningfulTouchesLongerThanTheLimitIncludingTheOpenOne() {
        ActivityTimeline timeline = timeline(new TimelineQuery(Q2, Set.of(), 0, 50));

        // touches: call 03-20 (before), meeting 04-10, ticket 05-20; emails do not count.
        // 03-20 -> 04-10 = 21 days (fine); 04-10 -> 05-20 = 40 > 30; 05-20 -> 06-30 (window end) = 41 > 30
        assertThat(timeline.gaps()).containsExactly(
                new TimelineGap(day("2024-04-10"), day("2024-05-20"), 40),
                new TimelineGap(day("2024-05-20"), day("2024-06-30"), 41));
        assertThat(timeline.communicationGap().lastTouch()).contains(day("2024-05-20"));
        assertThat(timeline.communicationGap().flagged()).isTrue();
        assertThat(timeline.overContact().marketingEmails()).isEqualTo(1);
    }

    @Test
    void withoutAnEarlierTouchTheFirstGapStartsOnTheWindowsFirstDay() {
        AccountTimeline timeline = new AccountTimeline(account("a-1", 1), new TimelineQuery(Q2, Set.of(), 0, 10),
                DEFAULTS);
        timeline.addActivity(activity("x-1", "a-1", ActivityType.VISIT, at("2024-06-10T10:00:00Z")));

        // 04-01 -> 06-10 = 70 days > 30; 06-10 -> 06-30 = 20 days
        assertThat(timeline.timeline().gaps())
                .containsExactly(new TimelineGap(day("2024-04-01"), day("2024-06-10"), 70));
    }

    @Test
    void exactlyTheLimitIsNotAGapOneDayMoreIs() {
        AccountTimeline timeline = new AccountTimeline(account("a-1", 1), new TimelineQuery(Q2, Set.of(), 0, 10),
                DEFAULTS);
        // 04-01 -> 05-01 = 30 days (not a gap), 05-01 -> 06-01 = 31 days (a gap), 06-01 -> 06-30 = 29 days
        timeline.addActivity(activity("x-1", "a-1", ActivityType.CALL, at("2024-05-01T10:00:00Z")));
        timeline.addActivity(activity("x-2", "a-1", ActivityType.BUSINESS_REVIEW, at("2024-06-01T10:00:00Z")));

        assertThat(timeline.timeline().gaps())
                .containsExactly(new TimelineGap(day("2024-05-01"), day("2024-06-01"), 31));
    }

    @Test
    void datesAreTheTenantsDates() {
        DateWindow lastDay = window("2024-06-30", "2024-06-30");
        AccountTimeline timeline = new AccountTimeline(account("a-1", 3), new TimelineQuery(lastDay, Set.of(), 0, 10),
                inZone("America/New_York"));
        // 2024-07-01T02:00Z is 2024-06-30 22:00 in New York (UTC-4): inside the window there
        timeline.addActivity(activity("x-1", "a-1", ActivityType.CALL, at("2024-07-01T02:00:00Z")));
        timeline.addContract(contract("c-1", "a-1", "2024-06-30", "10").build());

        ActivityTimeline result = timeline.timeline();

        assertThat(result.events()).extracting(TimelineEvent::sourceId, TimelineEvent::date)
                .containsExactly(tuple("x-1", day("2024-06-30")), tuple("c-1", day("2024-06-30")));
        // the contract start is midnight in New York = 04:00Z
        assertThat(result.events().get(1).at()).isEqualTo(at("2024-06-30T04:00:00Z"));
        assertThat(result.communicationGap().daysSince()).hasValue(0);
    }
}
