package org.accountsuccess.loop;

import static org.accountsuccess.api.event.AccountSuccessEvents.ACCOUNT_ID;
import static org.accountsuccess.api.event.AccountSuccessEvents.ANSWERED_AT;
import static org.accountsuccess.api.event.AccountSuccessEvents.ASSIGNEE;
import static org.accountsuccess.api.event.AccountSuccessEvents.BAND;
import static org.accountsuccess.api.event.AccountSuccessEvents.BAND_CHANGED;
import static org.accountsuccess.api.event.AccountSuccessEvents.CONTACT_ID;
import static org.accountsuccess.api.event.AccountSuccessEvents.CONTRACT_ID;
import static org.accountsuccess.api.event.AccountSuccessEvents.CURRENCY;
import static org.accountsuccess.api.event.AccountSuccessEvents.DUE_DATE;
import static org.accountsuccess.api.event.AccountSuccessEvents.END_DATE;
import static org.accountsuccess.api.event.AccountSuccessEvents.EVENT_ID;
import static org.accountsuccess.api.event.AccountSuccessEvents.FOLLOW_UP_OVERDUE;
import static org.accountsuccess.api.event.AccountSuccessEvents.HEALTH_SCORE;
import static org.accountsuccess.api.event.AccountSuccessEvents.KIND;
import static org.accountsuccess.api.event.AccountSuccessEvents.LOYALTY_CLASS;
import static org.accountsuccess.api.event.AccountSuccessEvents.MRR;
import static org.accountsuccess.api.event.AccountSuccessEvents.OCCURRED_AT;
import static org.accountsuccess.api.event.AccountSuccessEvents.PREVIOUS_BAND;
import static org.accountsuccess.api.event.AccountSuccessEvents.RENEWAL_WINDOW_ENTERED;
import static org.accountsuccess.api.event.AccountSuccessEvents.RESPONSE_ARRIVED;
import static org.accountsuccess.api.event.AccountSuccessEvents.RESPONSE_ID;
import static org.accountsuccess.api.event.AccountSuccessEvents.SCORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.followup.FollowUpQuery;
import org.accountsuccess.api.followup.FollowUpState;
import org.accountsuccess.api.followup.SweepReport;
import org.accountsuccess.api.followup.TrackedFollowUp;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.FollowUp;
import org.accountsuccess.host.spi.FollowUp.Kind;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;

/**
 * The closed loop over a hand-written host, a ledger in a temporary H2 file and a fixed clock at
 * 2026-11-15 12:00 UTC. With the default lookback of 14 days the new responses are those answered
 * from 2026-11-02 00:00 to 2026-11-15 23:59:59 UTC.
 */
class ClosedLoopTest {
    private static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-15");

    @TempDir
    Path folder;

    private final LoopTestHost host = new LoopTestHost();

    @BeforeEach
    void tenant() {
        host.account("acc-1", "Cedar Medical GmbH", "u-rep1");
        host.account("acc-2", "Horizon Logistics Inc.", "u-rep2");
        host.account("acc-3", "Orphan Ltd", null);
        host.contact("c-1", "acc-1", "Liam Brown");
        host.contact("c-2", "acc-1", "Ana Ruiz");
        host.contact("c-3", "acc-2", "Mia Chen");
        host.contact("c-4", "acc-3", null);
        host.response("r-1", "c-1", "2026-11-10T09:00:00Z", 6);   // detractor: call back by 11-10 + 2 = 11-12
        host.response("r-2", "c-2", "2026-11-11T10:00:00Z", 7);   // passive: engage by 11-11 + 7 = 11-18
        host.response("r-3", "c-3", "2026-11-12T08:00:00Z", 8);   // passive: 11-12 + 7 = 11-19
        host.response("r-4", "c-3", "2026-11-14T15:00:00Z", 10);  // promoter: 11-14 + 14 = 11-28
        host.response("r-5", "c-4", "2026-11-02T00:30:00Z", 9);   // promoter, first day of the lookback: 11-16
        host.response("r-old", "c-1", "2026-11-01T23:59:00Z", 0); // a day before the lookback: never
        host.response("r-ghost", "c-unknown", "2026-11-13T10:00:00Z", 5); // no such contact (yet)
    }

    /** The ledger in an H2 file kept open between connections, as the store's database is. */
    private Ledger ledger() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + folder.resolve("accountsuccess") + ";DB_CLOSE_DELAY=-1");
        try {
            return new Ledger(ds);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the database, as a restart does. */
    private void shutdown() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + folder.resolve("accountsuccess") + ";DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ClosedLoop loop(Ledger ledger, Instant now, LoopSettings settings) {
        return new ClosedLoop(host.loopHost(), ledger, Clock.fixed(now, ZoneOffset.UTC), settings);
    }

    @AfterEach
    void closeLedger() {
        shutdown();
    }

    private ClosedLoop loop() {
        return loop(ledger(), NOW, LoopSettings.defaults());
    }

    @Test
    void eachNewResponseGetsOneFollowUpOfItsClassForTheOwner() {
        SweepReport report = loop().sweep();

        assertThat(report.asOf()).isEqualTo(TODAY);
        assertThat(report.newResponses()).isEqualTo(5);
        assertThat(report.submitted()).isEqualTo(5);
        assertThat(report.pending()).isZero();
        Map<String, FollowUp> tasks = host.sink.tasks;
        assertThat(tasks.keySet()).containsExactly("r-5", "r-1", "r-2", "r-3", "r-4"); // by answer time
        assertThat(tasks.get("r-1")).isEqualTo(new FollowUp("r-1", "acc-1", "c-1", "u-rep1", Kind.CALL_BACK,
                LocalDate.parse("2026-11-12"), "Call back Liam Brown (c-1) of Cedar Medical GmbH, score 6 on 2026-11-10"));
        assertThat(tasks.get("r-2").kind()).isEqualTo(Kind.ENGAGE);
        assertThat(tasks.get("r-2").dueDate()).isEqualTo("2026-11-18");
        assertThat(tasks.get("r-3").kind()).isEqualTo(Kind.ENGAGE);
        assertThat(tasks.get("r-3").dueDate()).isEqualTo("2026-11-19");
        assertThat(tasks.get("r-3").assignee()).isEqualTo("u-rep2");
        assertThat(tasks.get("r-4").kind()).isEqualTo(Kind.THANK_AND_ASK_REFERRAL);
        assertThat(tasks.get("r-4").dueDate()).isEqualTo("2026-11-28");
        assertThat(tasks.get("r-5")).isEqualTo(new FollowUp("r-5", "acc-3", "c-4", null, Kind.THANK_AND_ASK_REFERRAL,
                LocalDate.parse("2026-11-16"), "Thank and ask for a referral: c-4 of Orphan Ltd, score 9 on 2026-11-02"));
    }

    @Test
    void responseArrivedCarriesTheDocumentedProperties() {
        loop().sweep();

        List<Event> arrived = host.events.topic(RESPONSE_ARRIVED);
        assertThat(arrived).hasSize(5);
        assertThat(LoopTestHost.Events.properties(arrived.get(1))).containsOnly(
                entry(EVENT_ID, "response-arrived:r-1"), entry(ACCOUNT_ID, "acc-1"),
                entry(OCCURRED_AT, "2026-11-15T12:00:00Z"), entry(RESPONSE_ID, "r-1"), entry(CONTACT_ID, "c-1"),
                entry(SCORE, 6), entry(LOYALTY_CLASS, "DETRACTOR"), entry(ANSWERED_AT, "2026-11-10T09:00:00Z"));
    }

    @Test
    void sweepingAgainRestartingOrReimportingCreatesNothingTwice() {
        Ledger ledger = ledger();
        loop(ledger, NOW, LoopSettings.defaults()).sweep();
        SweepReport again = loop(ledger, NOW.plusSeconds(60), LoopSettings.defaults()).sweep();
        // a re-import hands the same response ids again
        host.responses.add(host.responses.get(0));
        shutdown(); // a restart: the database is closed and opened afresh
        SweepReport restarted = loop(ledger(), NOW.plusSeconds(120), LoopSettings.defaults()).sweep();

        assertThat(again.newResponses()).isZero();
        assertThat(restarted.newResponses()).isZero();
        assertThat(restarted.eventsPosted()).isZero();
        assertThat(host.sink.calls).isEqualTo(5);
        assertThat(host.sink.tasks).hasSize(5);
        assertThat(host.events.topic(RESPONSE_ARRIVED)).hasSize(5);
    }

    @Test
    void aFailingSinkIsRetriedAndAnAnswerLostAfterTheHostTookItCreatesNoSecondTask() {
        ClosedLoop loop = loop();
        host.sink.failing = true;
        SweepReport failed = loop.sweep();
        assertThat(failed.submitted()).isZero();
        assertThat(failed.pending()).isEqualTo(5);
        assertThat(loop.followUps(new FollowUpQuery(TODAY, false, null, AccountFilter.ALL)))
                .extracting(TrackedFollowUp::state).containsOnly(FollowUpState.PENDING);

        host.sink.failing = false;
        host.sink.failAfterCreating = true;
        SweepReport lostAnswers = loop.sweep();
        assertThat(lostAnswers.submitted()).isZero();
        assertThat(host.sink.tasks).hasSize(5);

        host.sink.failAfterCreating = false;
        SweepReport retried = loop.sweep();
        assertThat(retried.submitted()).isEqualTo(5);
        assertThat(retried.pending()).isZero();
        assertThat(host.sink.tasks).hasSize(5);
        assertThat(host.sink.calls).isEqualTo(15);
        assertThat(loop.sweep().submitted()).isZero();
        assertThat(host.sink.calls).isEqualTo(15);
        assertThat(host.events.topic(RESPONSE_ARRIVED)).hasSize(5);
    }

    @Test
    void withADataVersionTheHostIsReadAgainOnlyWhenItOrTheDayChanges() {
        long[] version = {1};
        host.changes = () -> version[0];
        Ledger ledger = ledger();
        assertThat(loop(ledger, NOW, LoopSettings.defaults()).sweep().newResponses()).isEqualTo(5);
        ClosedLoop loop = loop(ledger, NOW, LoopSettings.defaults());
        assertThat(loop.sweep().newResponses()).isZero();
        host.response("r-6", "c-1", "2026-11-15T08:00:00Z", 3);
        assertThat(loop.sweep().newResponses()).isZero(); // version and day unchanged: not read
        int asked = host.sink.calls;
        version[0] = 2;
        assertThat(loop.sweep().newResponses()).isEqualTo(1);
        assertThat(host.sink.calls).isEqualTo(asked + 1);
        // a new day reads again too, whatever the version
        host.response("r-7", "c-2", "2026-11-15T09:00:00Z", 9);
        assertThat(loop(ledger, NOW.plusSeconds(86_400), LoopSettings.defaults()).sweep().newResponses()).isEqualTo(1);
    }

    @Test
    void aFollowUpAnotherNodeRecordedFirstIsNotRecordedTwice() {
        Ledger ledger = ledger();
        loop(ledger, NOW, LoopSettings.defaults()).sweep();
        LedgerFollowUp first = ledger.answeredBefore(NOW.plusSeconds(86_400)).get(0);
        LedgerEvent event = new LedgerEvent("response-arrived:" + first.followUp().responseId(), RESPONSE_ARRIVED,
                Map.of(EVENT_ID, "response-arrived:" + first.followUp().responseId()));
        // the second node read the ledger before the first wrote: its insert meets the primary key
        assertThat(ledger().recordFollowUps(List.of(first), List.of(event))).isFalse();
        assertThat(ledger.answeredBefore(NOW.plusSeconds(86_400))).hasSize(5);
        assertThat(ledger.eventCount(RESPONSE_ARRIVED)).isEqualTo(5);
        assertThat(ledger.recordOnce(event)).isFalse();
    }

    @Test
    void withoutASinkFollowUpsWaitPendingUntilOneComes() {
        host.sinkBound = false;
        ClosedLoop loop = loop();
        assertThat(loop.sweep().pending()).isEqualTo(5);
        host.sinkBound = true;
        assertThat(loop.sweep().submitted()).isEqualTo(5);
        assertThat(host.sink.tasks).hasSize(5);
    }

    @Test
    void withoutEventAdminEventsWaitInTheLedgerAndArePostedInOrder() {
        host.eventsBound = false;
        ClosedLoop loop = loop();
        assertThat(loop.sweep().eventsPosted()).isZero();
        host.eventsBound = true;
        // five arrivals and r-1 overdue (due 11-12), in the order the first sweep recorded them
        assertThat(loop.sweep().eventsPosted()).isEqualTo(6);
        assertThat(host.events.posted).extracting(e -> e.getProperty(EVENT_ID)).containsExactly(
                "response-arrived:r-5", "response-arrived:r-1", "response-arrived:r-2", "response-arrived:r-3",
                "response-arrived:r-4", "followup-overdue:r-1");
    }

    @Test
    void aResponseBelongsToTheDayItWasGivenInTheTenantsZone() {
        host.responses.clear();
        // 23:30 UTC on 11-10 is 00:30 on 11-11 in Berlin: the follow-up is due 11-11 + 2 = 11-13
        host.response("r-late", "c-1", "2026-11-10T23:30:00Z", 3);
        LoopSettings berlin = new LoopSettings(ZoneId.of("Europe/Berlin"), "EUR", true, 60, 14, 120, 2, 7, 14, 7);
        loop(ledger(), NOW, berlin).sweep();
        assertThat(host.sink.tasks.get("r-late").dueDate()).isEqualTo("2026-11-13");
    }

    @Test
    void overdueIsDueBeforeTheDayAndNoMeaningfulTouchSinceTheAnswer() {
        host.activity("a-before", "acc-1", ActivityType.CALL, "2026-11-10T08:00:00Z"); // before r-1's answer
        host.activity("a-email", "acc-1", ActivityType.EMAIL, "2026-11-13T08:00:00Z");  // not a meaningful touch
        ClosedLoop loop = loop();
        SweepReport first = loop.sweep();

        // only r-1 (due 11-12) is due before 11-15; r-5 is due 11-16
        assertThat(first.overdue()).isEqualTo(1);
        assertThat(loop.followUps(new FollowUpQuery(TODAY, true, null, AccountFilter.ALL)))
                .extracting(t -> t.followUp().responseId()).containsExactly("r-1");
        List<Event> overdue = host.events.topic(FOLLOW_UP_OVERDUE);
        assertThat(overdue).hasSize(1);
        assertThat(LoopTestHost.Events.properties(overdue.get(0))).containsOnly(
                entry(EVENT_ID, "followup-overdue:r-1"), entry(ACCOUNT_ID, "acc-1"),
                entry(OCCURRED_AT, "2026-11-15T12:00:00Z"), entry(RESPONSE_ID, "r-1"), entry(ASSIGNEE, "u-rep1"),
                entry(KIND, "CALL_BACK"), entry(DUE_DATE, "2026-11-12"));
        assertThat(loop.sweep().overdue()).isZero();
        assertThat(host.events.topic(FOLLOW_UP_OVERDUE)).hasSize(1);

        // a call on 11-15 closes both open follow-ups of acc-1 (answered 11-10 and 11-11), as of 11-15, not before
        host.activity("a-call", "acc-1", ActivityType.CALL, "2026-11-15T10:00:00Z");
        List<TrackedFollowUp> asOfToday = loop.followUps(new FollowUpQuery(TODAY, false, "u-rep1", AccountFilter.ALL));
        assertThat(asOfToday).extracting(t -> t.followUp().responseId(), TrackedFollowUp::doneOn, TrackedFollowUp::overdue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("r-1", Optional.of(LocalDate.parse("2026-11-15")), false),
                        org.assertj.core.groups.Tuple.tuple("r-2", Optional.of(LocalDate.parse("2026-11-15")), false));
        assertThat(loop.followUps(new FollowUpQuery(LocalDate.parse("2026-11-14"), true, null, AccountFilter.ALL)))
                .extracting(t -> t.followUp().responseId()).containsExactly("r-1");
    }

    @Test
    void aFollowUpDoneBeforeItsDueDateIsNeverOverdue() {
        host.activity("a-visit", "acc-1", ActivityType.VISIT, "2026-11-11T11:00:00Z"); // after r-1's and r-2's answers
        ClosedLoop loop = loop();
        assertThat(loop.sweep().overdue()).isZero();
        // a sweep two weeks on: r-1..r-3 and r-5 are due; acc-1's are done, acc-2's and acc-3's are not
        ClosedLoop later = loop(ledger(), Instant.parse("2026-11-29T12:00:00Z"), LoopSettings.defaults());
        assertThat(later.sweep().overdue()).isEqualTo(3); // r-3 (due 11-19), r-4 (11-28), r-5 (11-16)
        assertThat(host.events.topic(FOLLOW_UP_OVERDUE)).extracting(e -> e.getProperty(RESPONSE_ID))
                .containsExactlyInAnyOrder("r-3", "r-4", "r-5");
        Event orphan = host.events.topic(FOLLOW_UP_OVERDUE).stream()
                .filter(e -> e.getProperty(RESPONSE_ID).equals("r-5")).findFirst().orElseThrow();
        assertThat(orphan.containsProperty(ASSIGNEE)).isFalse();
    }

    @Test
    void theFirstSweepRecordsBandsAndLaterChangesArePostedOnce() {
        host.health.bands.put("acc-1", HealthBand.GREEN);
        host.health.bands.put("acc-2", HealthBand.YELLOW);
        ClosedLoop loop = loop();
        assertThat(loop.sweep().bandChanges()).isZero();

        host.health.bands.put("acc-1", HealthBand.RED);
        host.health.bands.put("acc-3", HealthBand.YELLOW);
        assertThat(loop.sweep().bandChanges()).isEqualTo(2);
        assertThat(loop.sweep().bandChanges()).isZero();
        host.health.bands.put("acc-1", HealthBand.GREEN);
        assertThat(loop.sweep().bandChanges()).isEqualTo(1);

        List<Event> changed = host.events.topic(BAND_CHANGED);
        assertThat(changed).extracting(e -> e.getProperty(EVENT_ID)).containsExactlyInAnyOrder(
                "band-changed:acc-1:1", "band-changed:acc-3:1", "band-changed:acc-1:2");
        Event red = changed.stream().filter(e -> e.getProperty(EVENT_ID).equals("band-changed:acc-1:1"))
                .findFirst().orElseThrow();
        assertThat(LoopTestHost.Events.properties(red)).containsOnly(entry(EVENT_ID, "band-changed:acc-1:1"),
                entry(ACCOUNT_ID, "acc-1"), entry(OCCURRED_AT, "2026-11-15T12:00:00Z"), entry(PREVIOUS_BAND, "GREEN"),
                entry(BAND, "RED"), entry(HEALTH_SCORE, 20.0));
        Event first = changed.stream().filter(e -> e.getProperty(EVENT_ID).equals("band-changed:acc-3:1"))
                .findFirst().orElseThrow();
        assertThat(first.containsProperty(PREVIOUS_BAND)).isFalse();
    }

    @Test
    void aContractEndingInTheWindowAndNotRenewedIsAnnouncedOnce() {
        // window [2026-11-15, 2027-03-15]
        host.contract("k-1", "acc-1", "2025-11-16", "2026-12-31", "100.50", null);  // in, not renewed
        host.contract("k-2", "acc-2", "2026-02-01", "2027-01-31", "900", null);     // in, renewed by k-3
        host.contract("k-3", "acc-2", "2027-02-01", null, "950", "k-2");
        host.contract("k-4", "acc-2", "2026-03-17", "2027-03-16", "10", null);      // a day after the window
        host.contract("k-5", "acc-3", "2025-11-15", "2026-11-14", "10", null);      // ended yesterday
        host.contract("k-6", "acc-3", "2025-11-16", "2026-11-15", "20", null);      // ends today: in
        ClosedLoop loop = loop();
        assertThat(loop.sweep().renewalsEntered()).isEqualTo(2);
        assertThat(loop.sweep().renewalsEntered()).isZero();

        List<Event> entered = host.events.topic(RENEWAL_WINDOW_ENTERED);
        assertThat(entered).extracting(e -> e.getProperty(CONTRACT_ID)).containsExactlyInAnyOrder("k-1", "k-6");
        Event k1 = entered.stream().filter(e -> e.getProperty(CONTRACT_ID).equals("k-1")).findFirst().orElseThrow();
        assertThat(LoopTestHost.Events.properties(k1)).containsOnly(
                entry(EVENT_ID, "renewal-window-entered:k-1:2026-12-31"), entry(ACCOUNT_ID, "acc-1"),
                entry(OCCURRED_AT, "2026-11-15T12:00:00Z"), entry(CONTRACT_ID, "k-1"), entry(END_DATE, "2026-12-31"),
                entry(MRR, "100.50"), entry(CURRENCY, "EUR"));
    }

    @Test
    void aFailingHealthServiceDoesNotKeepTheOtherChecksOrTheEventsBack() {
        host.contract("k-1", "acc-1", "2025-11-16", "2026-12-31", "100.50", null);
        host.health.failing = true;
        SweepReport report = loop().sweep();
        assertThat(report.bandChanges()).isZero();
        assertThat(report.overdue()).isEqualTo(1);
        assertThat(report.renewalsEntered()).isEqualTo(1);
        assertThat(report.eventsPosted()).isEqualTo(7); // 5 arrivals, r-1 overdue, k-1
    }

    @Test
    void theListingIsNarrowedByAssigneeAccountsAndDay() {
        ClosedLoop loop = loop();
        loop.sweep();
        assertThat(loop.followUps(new FollowUpQuery(TODAY, false, "u-rep2", AccountFilter.ALL)))
                .extracting(t -> t.followUp().responseId()).containsExactly("r-3", "r-4");
        assertThat(loop.followUps(new FollowUpQuery(TODAY, false, null, AccountFilter.ALL.withAccountIds(Set.of("acc-1")))))
                .extracting(t -> t.followUp().responseId()).containsExactly("r-1", "r-2");
        assertThat(loop.followUps(new FollowUpQuery(TODAY, false, null, new AccountFilter(null, null, null, "u-rep2"))))
                .extracting(t -> t.followUp().responseId()).containsExactly("r-3", "r-4");
        // as of 11-11: the responses answered by the end of that day, by due date
        assertThat(loop.followUps(new FollowUpQuery(LocalDate.parse("2026-11-11"), false, null, AccountFilter.ALL)))
                .extracting(t -> t.followUp().responseId()).containsExactly("r-1", "r-5", "r-2");
    }
}
