package org.accountsuccess.loop;

import static org.accountsuccess.api.event.AccountSuccessEvents.BAND_CHANGED;
import static org.accountsuccess.api.event.AccountSuccessEvents.FOLLOW_UP_OVERDUE;
import static org.accountsuccess.api.event.AccountSuccessEvents.RENEWAL_WINDOW_ENTERED;
import static org.accountsuccess.api.event.AccountSuccessEvents.RESPONSE_ARRIVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.accountsuccess.api.followup.FollowUpEdit;
import org.accountsuccess.api.followup.StaleFollowUpException;
import org.accountsuccess.api.followup.SweepReport;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.host.spi.FollowUpStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The ledger's SQL on PostgreSQL, in a schema of its own in the database named by
 * {@code ACCOUNTSUCCESS_PG_URL}, {@code _USER}, {@code _PASSWORD} (dropped afterwards); skipped
 * without them. Two ledgers over one database stand for two nodes.
 */
class LedgerPostgresTest {
    private static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-15");
    private final LoopTestHost host = new LoopTestHost();
    private final String schema = "loop_test_" + UUID.randomUUID().toString().replace("-", "");
    private PGSimpleDataSource database;

    @BeforeEach
    void schema() throws SQLException {
        assumeTrue(System.getenv("ACCOUNTSUCCESS_PG_URL") != null, "PostgreSQL variant skipped: set"
                + " ACCOUNTSUCCESS_PG_URL, ACCOUNTSUCCESS_PG_USER and ACCOUNTSUCCESS_PG_PASSWORD to run it");
        execute("CREATE SCHEMA " + schema);
        database = server();
        database.setCurrentSchema(schema);
        host.account("acc-1", "Cedar Medical GmbH", "u-rep1");
        host.contact("c-1", "acc-1", "Liam Brown");
        host.response("r-1", "c-1", "2026-11-10T09:00:00Z", 6); // overdue since 11-12
        host.response("r-2", "c-1", "2026-11-11T09:00:00Z", 9);
        host.contract("k-1", "acc-1", "2025-11-16", "2026-12-31", "100.50", null);
    }

    @AfterEach
    void drop() throws SQLException {
        if (database != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void aSweepOnPostgresqlRecordsEachFactOnceWhicheverNodeSweeps() throws SQLException {
        host.health.bands.put("acc-1", HealthBand.GREEN);
        Ledger first = new Ledger(database);
        SweepReport report = loop(first).sweep();
        assertThat(report.newResponses()).isEqualTo(2);
        assertThat(report.overdue()).isEqualTo(1);
        assertThat(report.renewalsEntered()).isEqualTo(1);

        host.health.bands.put("acc-1", HealthBand.RED);
        Ledger second = new Ledger(database); // the other node: migrated already, nothing twice
        SweepReport other = loop(second).sweep();
        assertThat(other.newResponses()).isZero();
        assertThat(other.overdue()).isZero();
        assertThat(other.renewalsEntered()).isZero();
        assertThat(other.bandChanges()).isEqualTo(1);
        assertThat(loop(first).sweep().bandChanges()).isZero();

        assertThat(first.eventCount(RESPONSE_ARRIVED)).isEqualTo(2);
        assertThat(first.eventCount(FOLLOW_UP_OVERDUE)).isEqualTo(1);
        assertThat(first.eventCount(RENEWAL_WINDOW_ENTERED)).isEqualTo(1);
        assertThat(first.eventCount(BAND_CHANGED)).isEqualTo(1);
        assertThat(first.unposted()).isEmpty();
        LedgerFollowUp one = first.answeredBefore(NOW).get(0);
        assertThat(second.recordFollowUps(List.of(one), List.of())).isFalse();
        assertThat(host.sink.tasks).hasSize(2);
    }

    @Test
    void twoNodesChangingOneFollowUpOnPostgresqlCannotOverwriteEachOther() throws SQLException {
        Ledger first = new Ledger(database);
        loop(first).sweep();
        Ledger second = new Ledger(database);
        LedgerFollowUp seen = second.followUp("r-1").orElseThrow();
        ClosedLoop node1 = loop(first);

        node1.change(new FollowUpEdit("r-1", 1, FollowUpStatus.DONE, null, null, "called", "u-rep1"), TODAY);

        LedgerChange late = new LedgerChange("r-1", 2, NOW, "u-rep2", "reassigned to u-rep2", FollowUpStatus.OPEN,
                null, "u-rep2", null);
        assertThat(second.recordChange(seen, late, null)).isFalse();
        assertThatThrownBy(() -> loop(second).change(new FollowUpEdit("r-1", 1, null, null, "u-rep2", null,
                "u-rep2"), TODAY)).isInstanceOf(StaleFollowUpException.class).hasMessageContaining("version 2, not 1");
        assertThat(loop(second).followUp("r-1", TODAY).orElseThrow().note()).isEqualTo("called");
        assertThat(second.changes("r-1")).extracting(LedgerChange::version).containsExactly(1L, 2L);
        assertThat(host.sink.updates).hasSize(1);
    }

    private ClosedLoop loop(Ledger ledger) {
        return new ClosedLoop(host.loopHost(), ledger, Clock.fixed(NOW, ZoneOffset.UTC), LoopSettings.defaults());
    }

    private static PGSimpleDataSource server() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(System.getenv("ACCOUNTSUCCESS_PG_URL"));
        ds.setUser(System.getenv("ACCOUNTSUCCESS_PG_USER"));
        ds.setPassword(System.getenv("ACCOUNTSUCCESS_PG_PASSWORD"));
        return ds;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = server().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
