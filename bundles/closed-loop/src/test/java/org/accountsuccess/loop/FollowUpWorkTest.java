package org.accountsuccess.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.followup.FollowUpCreation;
import org.accountsuccess.api.followup.FollowUpEdit;
import org.accountsuccess.api.followup.FollowUpHistoryEntry;
import org.accountsuccess.api.followup.FollowUpQuery;
import org.accountsuccess.api.followup.FollowUpState;
import org.accountsuccess.api.followup.NewFollowUp;
import org.accountsuccess.api.followup.StaleFollowUpException;
import org.accountsuccess.api.followup.TrackedFollowUp;
import org.accountsuccess.database.schema.Dialect;
import org.accountsuccess.database.schema.SchemaMigration;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.FollowUp;
import org.accountsuccess.host.spi.FollowUpChange;
import org.accountsuccess.host.spi.FollowUpStatus;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlite.SQLiteDataSource;

/**
 * Users working follow-ups: done, snoozed, reassigned, noted, created for a recommended action;
 * versions, history and the write-back to the host. The clock stands at 2026-11-15 12:00 UTC; the
 * detractor's follow-up r-1 (answered 11-10) was due 11-12, so it is overdue on 11-15.
 */
class FollowUpWorkTest {
    private static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-15");

    @TempDir
    Path folder;

    private final LoopTestHost host = new LoopTestHost();
    private DataSource database;
    private ClosedLoop loop;

    @BeforeEach
    void tenant() throws SQLException {
        host.account("acc-1", "Cedar Medical GmbH", "u-rep1");
        host.account("acc-3", "Orphan Ltd", null);
        host.contact("c-1", "acc-1", "Liam Brown");
        host.response("r-1", "c-1", "2026-11-10T09:00:00Z", 6); // call back by 11-12
        host.response("r-2", "c-1", "2026-11-11T10:00:00Z", 7); // engage by 11-18
        database = h2();
        loop = loop(database);
        loop.sweep();
    }

    private JdbcDataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + folder.getFileName() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    private ClosedLoop loop(DataSource ds) throws SQLException {
        return new ClosedLoop(host.loopHost(), new Ledger(ds), Clock.fixed(NOW, ZoneOffset.UTC),
                LoopSettings.defaults());
    }

    private TrackedFollowUp change(String id, long version, FollowUpStatus status, LocalDate snoozeUntil,
            String assignee, String note) {
        return loop.change(new FollowUpEdit(id, version, status, snoozeUntil, assignee, note, "u-rep1"), TODAY)
                .orElseThrow();
    }

    private TrackedFollowUp asOf(String id, String day) {
        return loop.followUp(id, LocalDate.parse(day)).orElseThrow();
    }

    private List<String> overdue(LocalDate day) {
        return loop.followUps(new FollowUpQuery(day, true, null, AccountFilter.ALL)).stream()
                .map(TrackedFollowUp::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "sqlite"})
    void aV1LedgerWithRowsMigratesAndKeepsThem(String engine) throws SQLException {
        DataSource v1 = engine.equals("h2") ? h2File() : sqlite();
        new SchemaMigration("loop_schema_version", Ledger.class, List.of("V1__ledger.sql")).migrate(v1);
        try (Connection c = v1.getConnection(); PreparedStatement insert = c.prepareStatement("INSERT INTO"
                + " loop_follow_up (response_id, account_id, contact_id, assignee, kind, due_date, title, answered_at,"
                + " created_at, state, overdue_notified) VALUES ('r-1', 'acc-1', 'c-1', 'u-rep1', 'CALL_BACK', ?,"
                + " 'Call back Liam', ?, ?, 'SUBMITTED', TRUE)")) {
            Dialect dialect = Dialect.of(v1);
            insert.setDate(1, java.sql.Date.valueOf("2026-11-12"));
            dialect.setTimestamp(insert, 2, Instant.parse("2026-11-10T09:00:00Z"));
            dialect.setTimestamp(insert, 3, Instant.parse("2026-11-10T09:05:00Z"));
            insert.executeUpdate();
        }

        Ledger ledger = new Ledger(v1); // migrates to V2

        LedgerFollowUp kept = ledger.followUp("r-1").orElseThrow();
        assertThat(kept.followUp()).isEqualTo(new FollowUp("r-1", "acc-1", "c-1", "u-rep1", FollowUp.Kind.CALL_BACK,
                LocalDate.parse("2026-11-12"), "Call back Liam"));
        assertThat(kept.answeredAt()).isEqualTo(Instant.parse("2026-11-10T09:00:00Z"));
        assertThat(kept.state()).isEqualTo(FollowUpState.SUBMITTED);
        assertThat(kept.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(kept.version()).isEqualTo(1);
        assertThat(kept.snoozedUntil()).isNull();
        assertThat(kept.note()).isNull();
        // the migrated ledger takes changes and follow-ups without a contact
        LedgerChange done = new LedgerChange("r-1", 2, NOW, "u-rep1", "done", FollowUpStatus.DONE, null, "u-rep1", null);
        assertThat(ledger.recordChange(kept, done, TODAY)).isTrue();
        assertThat(ledger.changes("r-1")).extracting(LedgerChange::version, LedgerChange::by, LedgerChange::what)
                .containsExactly(tuple(1L, "closed-loop", "created"),
                        tuple(2L, "u-rep1", "done"));
        FollowUp action = new FollowUp("act-1", "acc-1", null, "u-rep1", FollowUp.Kind.RECOMMENDED_ACTION, TODAY,
                "Schedule a business review");
        assertThat(ledger.recordFollowUps(List.of(LedgerFollowUp.created(action, NOW, NOW, "u-rep1")), List.of()))
                .isTrue();
        assertThat(ledger.followUp("act-1").orElseThrow().followUp().contactId()).isNull();
    }

    private DataSource h2File() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + folder.resolve("v1") + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    private DataSource sqlite() {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + folder.resolve("v1.db"));
        return ds;
    }

    @Test
    void aRepMarksOneDoneThenItIsNeitherOpenNorOverdue() {
        assertThat(overdue(TODAY)).containsExactly("r-1");

        TrackedFollowUp done = change("r-1", 1, FollowUpStatus.DONE, null, null, null);

        assertThat(done.status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(done.doneOn()).contains(TODAY);
        assertThat(done.overdue()).isFalse();
        assertThat(done.version()).isEqualTo(2);
        assertThat(overdue(TODAY)).isEmpty();
        assertThat(asOf("r-1", "2026-11-14").overdue()).as("before it was marked done").isTrue();
        assertThat(loop.history("r-1")).extracting(FollowUpHistoryEntry::version, FollowUpHistoryEntry::by,
                FollowUpHistoryEntry::what, FollowUpHistoryEntry::status).containsExactly(
                        tuple(1L, "closed-loop", "created", FollowUpStatus.OPEN),
                        tuple(2L, "u-rep1", "done", FollowUpStatus.DONE));
        // a later sweep finds no overdue follow-up to announce
        assertThat(loop.sweep().overdue()).isZero();

        TrackedFollowUp reopened = change("r-1", 2, FollowUpStatus.OPEN, null, null, null);
        assertThat(reopened.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(reopened.overdue()).isTrue();
        assertThat(loop.history("r-1").get(2).what()).isEqualTo("reopened");
    }

    @Test
    void aMeaningfulTouchStillClosesOne() {
        host.activity("x-1", "acc-1", ActivityType.CALL, "2026-11-13T10:00:00Z");
        TrackedFollowUp r1 = asOf("r-1", "2026-11-15");
        assertThat(r1.status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(r1.doneOn()).contains(LocalDate.parse("2026-11-13"));
    }

    @Test
    void aSnoozedOneIsNotOverdueUntilItsDayAndOpenAgainFromThen() {
        TrackedFollowUp snoozed = change("r-1", 1, null, LocalDate.parse("2026-11-18"), null, null);

        assertThat(snoozed.status()).isEqualTo(FollowUpStatus.SNOOZED);
        assertThat(snoozed.snoozedUntil()).contains(LocalDate.parse("2026-11-18"));
        assertThat(snoozed.overdue()).isFalse();
        assertThat(overdue(TODAY)).isEmpty();
        assertThat(asOf("r-1", "2026-11-17").status()).isEqualTo(FollowUpStatus.SNOOZED);
        TrackedFollowUp back = asOf("r-1", "2026-11-18");
        assertThat(back.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(back.overdue()).as("due again on the snooze's day, not yet overdue").isFalse();
        assertThat(asOf("r-1", "2026-11-19").overdue()).isTrue();
        assertThat(loop.history("r-1").get(1).what()).isEqualTo("snoozed until 2026-11-18");
    }

    @Test
    void aSnoozeMustEndAfterToday() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> change("r-1", 1, FollowUpStatus.SNOOZED, TODAY, null, null))
                .withMessage("snoozeUntil: 2026-11-15 is not after 2026-11-15");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FollowUpEdit("r-1", 1, FollowUpStatus.SNOOZED, null, null, null, "u-rep1"))
                .withMessageStartingWith("snoozeUntil:");
    }

    @Test
    void reassignedAndNotedWithOneVersionPerChange() {
        TrackedFollowUp moved = change("r-2", 1, null, null, "u-rep2", "Prefers email");
        assertThat(moved.followUp().assignee()).isEqualTo("u-rep2");
        assertThat(moved.note()).isEqualTo("Prefers email");
        assertThat(moved.version()).isEqualTo(2);
        assertThat(loop.followUps(new FollowUpQuery(TODAY, false, "u-rep2", AccountFilter.ALL)))
                .extracting(TrackedFollowUp::id).containsExactly("r-2");

        TrackedFollowUp cleared = change("r-2", 2, null, null, null, "");
        assertThat(cleared.note()).isNull();
        assertThat(loop.history("r-2")).extracting(FollowUpHistoryEntry::what, FollowUpHistoryEntry::assignee)
                .containsExactly(tuple("created", "u-rep1"),
                        tuple("reassigned to u-rep2; note", "u-rep2"),
                        tuple("note removed", "u-rep2"));
        // the same values again make no version
        assertThat(change("r-2", 3, null, null, "u-rep2", null).version()).isEqualTo(3);
    }

    @Test
    void aChangeOnAStaleVersionIsRefused() {
        change("r-2", 1, null, null, "u-rep2", null);

        assertThatThrownBy(() -> change("r-2", 1, FollowUpStatus.DONE, null, null, null))
                .isInstanceOf(StaleFollowUpException.class)
                .hasMessage("follow-up 'r-2' is at version 2, not 1: someone changed it meanwhile; reload it and"
                        + " apply the change again");
        assertThat(asOf("r-2", "2026-11-15").status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(loop.followUp("nope", TODAY)).isEmpty();
        assertThat(loop.change(new FollowUpEdit("nope", 1, FollowUpStatus.DONE, null, null, null, "u"), TODAY))
                .isEmpty();
    }

    @Test
    void twoNodesWritingTheSameVersionWriteItOnce() throws SQLException {
        Ledger first = new Ledger(database);
        Ledger second = new Ledger(database); // the other node, on the same database
        LedgerFollowUp seen = first.followUp("r-2").orElseThrow();
        LedgerChange mine = new LedgerChange("r-2", 2, NOW, "u-rep1", "done", FollowUpStatus.DONE, null, "u-rep1",
                null);
        LedgerChange theirs = new LedgerChange("r-2", 2, NOW, "u-rep2", "reassigned to u-rep2", FollowUpStatus.OPEN,
                null, "u-rep2", null);

        assertThat(first.recordChange(seen, mine, TODAY)).isTrue();
        assertThat(second.recordChange(seen, theirs, null)).isFalse();
        assertThat(second.followUp("r-2").orElseThrow().status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(second.changes("r-2")).extracting(LedgerChange::by).containsExactly("closed-loop", "u-rep1");
    }

    @Test
    void changesGoBackToTheHostAndAreRetriedUntilItTakesThem() {
        host.sink.failingUpdates = true;
        change("r-1", 1, FollowUpStatus.DONE, null, null, "Called, all good");
        assertThat(host.sink.updates).isEmpty();

        host.sink.failingUpdates = false;
        loop.sweep();
        assertThat(host.sink.updates).containsExactly(new FollowUpChange("r-1", 2, FollowUpStatus.DONE, null,
                "u-rep1", "Called, all good", "u-rep1", NOW));
        loop.sweep();
        assertThat(host.sink.updates).as("taken once").hasSize(1);
    }

    @Test
    void aHostWithoutUpdatesKeepsTheChangeInTheProductOnly() {
        host.sinkUpdates = false;
        assertThat(change("r-1", 1, FollowUpStatus.DONE, null, null, null).status()).isEqualTo(FollowUpStatus.DONE);
        loop.sweep();
        assertThat(host.sink.updates).isEmpty();
    }

    @Test
    void aRecommendedActionGetsOneOpenFollowUpForTheOwner() {
        NewFollowUp request = new NewFollowUp("acc-1", "Schedule a business review", null, null, "u-manager");

        FollowUpCreation first = loop.create(request, TODAY);
        FollowUpCreation again = loop.create(request, TODAY);

        TrackedFollowUp created = first.followUp();
        assertThat(first.created()).isTrue();
        assertThat(created.id()).matches("act-[0-9a-f]{16}");
        assertThat(created.followUp()).isEqualTo(new FollowUp(created.id(), "acc-1", null, "u-rep1",
                FollowUp.Kind.RECOMMENDED_ACTION, LocalDate.parse("2026-11-22"), "Schedule a business review"));
        assertThat(created.state()).as("handed to the host at once").isEqualTo(FollowUpState.SUBMITTED);
        assertThat(host.sink.tasks).containsKey(created.id());
        assertThat(loop.history(created.id())).extracting(FollowUpHistoryEntry::by).containsExactly("u-manager");
        assertThat(again.created()).isFalse();
        assertThat(again.followUp().id()).isEqualTo(created.id());

        change(created.id(), 1, FollowUpStatus.DONE, null, null, null);
        FollowUpCreation next = loop.create(request, TODAY);
        assertThat(next.created()).as("the first one is done").isTrue();
        assertThat(next.followUp().id()).isNotEqualTo(created.id());
    }

    @Test
    void aRecommendedActionOfAnAccountWithoutOwnerGoesToItsCreator() {
        FollowUpCreation c = loop.create(new NewFollowUp("acc-3", "Find an owner", LocalDate.parse("2026-11-20"),
                null, "u-manager"), TODAY);
        assertThat(c.followUp().followUp().assignee()).isEqualTo("u-manager");
        assertThat(c.followUp().followUp().dueDate()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> loop.create(new NewFollowUp("acc-9", "x", null, null, "u"), TODAY))
                .withMessage("accountId: no account 'acc-9'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> loop.create(new NewFollowUp("acc-1", "x", LocalDate.parse("2026-11-14"), null, "u"),
                        TODAY))
                .withMessage("dueDate: 2026-11-14 is before 2026-11-15");
    }

    @Test
    void oneMadeForAnEarlierDayCountsFromThatDay() {
        LocalDate earlier = LocalDate.parse("2026-11-10");
        TrackedFollowUp created = loop.create(new NewFollowUp("acc-1", "Send the case study", null, null, "u-rep1"),
                earlier).followUp();
        assertThat(created.answeredAt()).isEqualTo(Instant.parse("2026-11-10T00:00:00Z"));
        assertThat(created.createdAt()).isEqualTo(NOW);
        assertThat(created.followUp().dueDate()).isEqualTo(LocalDate.parse("2026-11-17"));
        assertThat(loop.followUps(new FollowUpQuery(earlier, false, null, AccountFilter.ALL)))
                .extracting(TrackedFollowUp::id).contains(created.id());
    }

    @Test
    void aFailingSinkDoesNotFailTheCreationAndTheNextSweepHandsItOver() {
        host.sink.failing = true;
        TrackedFollowUp created = loop.create(new NewFollowUp("acc-1", "Send the case study", null, null, "u-rep1"),
                TODAY).followUp();
        assertThat(created.state()).isEqualTo(FollowUpState.PENDING);

        host.sink.failing = false;
        loop.sweep();
        assertThat(host.sink.tasks).containsKey(created.id());
    }

    @Test
    void aFollowUpOfAnUnboundSinkWaitsPendingAndKeepsItsChanges() {
        host.sinkBound = false;
        TrackedFollowUp created = loop.create(new NewFollowUp("acc-1", "Send the renewal offer", null, "u-rep2",
                "u-rep1"), TODAY).followUp();
        assertThat(created.state()).isEqualTo(FollowUpState.PENDING);
        change(created.id(), 1, null, null, null, "Offer drafted");

        host.sinkBound = true;
        loop.sweep();
        assertThat(host.sink.tasks.get(created.id()).assignee()).isEqualTo("u-rep2");
        assertThat(host.sink.updates).extracting(FollowUpChange::note).containsExactly("Offer drafted");
        assertThat(asOf(created.id(), "2026-11-15").state()).isEqualTo(FollowUpState.SUBMITTED);
    }
}
