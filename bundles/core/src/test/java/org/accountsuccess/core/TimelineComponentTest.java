package org.accountsuccess.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.accountsuccess.api.timeline.ActivityTimeline;
import org.accountsuccess.api.timeline.TimelineEventType;
import org.accountsuccess.api.timeline.TimelineQuery;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.KpiParameters;
import org.junit.jupiter.api.Test;

class TimelineComponentTest {
    private static final DateWindow H1 = new DateWindow(LocalDate.parse("2026-01-01"), ThreeAccounts.AS_OF);
    private final TestHost host = ThreeAccounts.host();
    private final TimelineComponent timelines = timelines(host);

    private static TimelineComponent timelines(TestHost host) {
        return new TimelineComponent(host.binding(), KpiParameters::defaults,
                new TopicsComponent(host.binding(), KpiParameters::defaults, null));
    }

    @Test
    void betaTimelineMergesActivitiesResponsesAndContractsNewestFirst() {
        ActivityTimeline t = timelines.timeline("a2", new TimelineQuery(H1, Set.of(), 0, 50)).orElseThrow();

        // r9 06-10, t3 email 06-20, r7 06-01, t2 meeting 02-01; k4 neither starts nor ends in the window
        assertThat(t.events()).extracting(e -> e.sourceId())
                .containsExactly("t3", "r9", "r7", "t2");
        assertThat(t.total()).isEqualTo(4);
        // tier 3 allows 90 days: 2026-01-01 (no earlier touch) to 02-01 is 31, 02-01 to 06-30 is 149
        assertThat(t.gaps()).singleElement().satisfies(g -> {
            assertThat(g.from()).isEqualTo(LocalDate.parse("2026-02-01"));
            assertThat(g.to()).isEqualTo(ThreeAccounts.AS_OF);
            assertThat(g.days()).isEqualTo(149);
        });
        assertThat(t.communicationGap().flagged()).isTrue();
        assertThat(host.tenantWideReads).hasValue(0);
        assertThat(host.openStreams).hasValue(0);
    }

    @Test
    void acmeTimelineFiltersTypesAndPages() {
        var contractEvents = Set.of(TimelineEventType.CONTRACT_START, TimelineEventType.CONTRACT_RENEWAL,
                TimelineEventType.CONTRACT_END);
        var window = new DateWindow(LocalDate.parse("2025-12-01"), ThreeAccounts.AS_OF);
        ActivityTimeline t = timelines.timeline("a1", new TimelineQuery(window, contractEvents, 0, 2)).orElseThrow();

        // k3 starts 2026-03-01, k2 renews k1 on 2026-01-01, k1 ends 2025-12-31
        assertThat(t.total()).isEqualTo(3);
        assertThat(t.events()).extracting(e -> e.type() + " " + e.sourceId())
                .containsExactly("CONTRACT_START k3", "CONTRACT_RENEWAL k2");
        ActivityTimeline page2 = timelines.timeline("a1", new TimelineQuery(window, contractEvents, 2, 2)).orElseThrow();
        assertThat(page2.events()).extracting(e -> e.type() + " " + e.sourceId()).containsExactly("CONTRACT_END k1");
    }

    /**
     * A topic shows only the responses whose comments mention it: in TopicsComponentTest's quarter,
     * "invoice" is in A's r1 and r2 (not in r7, "Rechnung" is another word) and in B's r5; "support
     * team" in B's r3 and r5. A's meeting in the quarter is not a response, so it is left out too.
     */
    @Test
    void aTopicShowsOnlyTheResponsesMentioningIt() {
        TestHost comments = TopicsComponentTest.commentedQuarter();
        comments.activity("m1", "A", ActivityType.MEETING, "2026-05-01", null);
        TimelineComponent topical = timelines(comments);
        DateWindow quarter = new DateWindow(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-06-30"));

        ActivityTimeline invoice = topical.timeline("A", new TimelineQuery(quarter, Set.of(), 0, 50, " invoice "))
                .orElseThrow();
        assertThat(invoice.events()).extracting(e -> e.sourceId()).containsExactly("r2", "r1");
        assertThat(invoice.total()).isEqualTo(2);
        assertThat(topical.timeline("A", new TimelineQuery(quarter, Set.of(), 0, 50)).orElseThrow().events())
                .extracting(e -> e.sourceId()).containsExactly("r7", "r2", "m1", "r1");
        assertThat(topical.timeline("B", new TimelineQuery(quarter, Set.of(), 0, 50, "support team")).orElseThrow()
                .events()).extracting(e -> e.sourceId()).containsExactly("r5", "r3");
        assertThat(topical.timeline("B", new TimelineQuery(quarter, Set.of(), 0, 1, "invoice")).orElseThrow())
                .satisfies(t -> {
                    assertThat(t.events()).extracting(e -> e.sourceId()).containsExactly("r5");
                    assertThat(t.total()).isEqualTo(1);
                });
        assertThat(topical.timeline("A", new TimelineQuery(quarter, Set.of(TimelineEventType.MEETING), 0, 50,
                "invoice")).orElseThrow().total()).as("a topic and no response type: nothing").isZero();
        assertThat(topical.timeline("A", new TimelineQuery(quarter, Set.of(), 0, 50, "nothing")).orElseThrow().total())
                .isZero();
    }

    @Test
    void unknownAccountHasNoTimeline() {
        assertThat(timelines.timeline("nope", new TimelineQuery(H1, Set.of(), 0, 10))).isEmpty();
    }
}
