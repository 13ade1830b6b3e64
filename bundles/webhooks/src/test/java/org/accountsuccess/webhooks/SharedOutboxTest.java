package org.accountsuccess.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.accountsuccess.api.event.AccountSuccessEvents;
import org.accountsuccess.database.lease.LeaderLease;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.postgresql.ds.PGSimpleDataSource;

/** Two nodes' dispatchers on one outbox database, and a stop in the middle of a delivery. */
class SharedOutboxTest {
    @TempDir
    Path folder;
    private final Receiver receiver;
    private final AtomicBoolean aLeads = new AtomicBoolean(true);
    private JdbcDataSource h2;

    SharedOutboxTest() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stop() throws SQLException {
        receiver.close();
        if (h2 != null) {
            try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
    }

    @Test
    void anEventBothNodesSeeIsDeliveredOnceByTheLeaseHolderAndTheOtherTakesOver() throws Exception {
        DataSource database = h2();
        WebhookDispatcher a = dispatcher(database, Configs.lease(aLeads::get));
        WebhookDispatcher b = dispatcher(database, Configs.lease(() -> !aLeads.get()));
        try {
            a.handleEvent(event("band:acc-1:1"));
            b.handleEvent(event("band:acc-1:1"));
            await().atMost(Duration.ofSeconds(5)).until(() -> receiver.requests.size() == 1);
            aLeads.set(false); // a crashed or stopped: b holds the lease now
            b.handleEvent(event("band:acc-1:2"));
            await().atMost(Duration.ofSeconds(5)).until(() -> receiver.requests.size() == 2);
            await().during(Duration.ofSeconds(2)).until(() -> receiver.requests.size() == 2);
            assertThat(b.endpoints()).extracting(e -> e.delivered()).containsExactly(2L);
        } finally {
            a.close();
            b.close();
        }
    }

    @Test
    void aStopDuringASlowDeliveryCutsItShortWithoutInterruptingAndTheDatabaseStaysUsable() throws Exception {
        receiver.delayMillis.set(8_000);
        Outbox outbox = new Outbox(h2());
        WebhookDispatcher dispatcher = dispatcher(outbox, Configs.HELD);
        dispatcher.handleEvent(event("band:acc-1:1"));
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.requests.size() == 1);
        Instant stopping = Instant.now();
        dispatcher.close();
        assertThat(Duration.between(stopping, Instant.now())).isLessThan(Duration.ofSeconds(7));
        // the cut attempt counts as failed and stays pending; the database answers
        assertThat(outbox.counts().get("crm")).isEqualTo(new Outbox.Counts(1, 0, 0));
        assertThat(outbox.due("crm", Instant.now().plus(Duration.ofDays(1)), 10)).singleElement()
                .extracting(Delivery::attempts).isEqualTo(1);
    }

    @Test
    void onPostgresqlADuplicateEventLeavesTheOtherDeliveriesOfItsTransaction() throws SQLException {
        assumeTrue(System.getenv("ACCOUNTSUCCESS_PG_URL") != null, "PostgreSQL variant skipped: set"
                + " ACCOUNTSUCCESS_PG_URL, ACCOUNTSUCCESS_PG_USER and ACCOUNTSUCCESS_PG_PASSWORD to run it");
        String schema = "webhooks_test_" + UUID.randomUUID().toString().replace("-", "");
        execute(postgres(null), "CREATE SCHEMA " + schema);
        try {
            Outbox outbox = new Outbox(postgres(schema));
            new Outbox(postgres(schema)); // a second node: migrated already
            Instant now = Instant.now();
            EventBody body = EventBody.of(event("band:acc-1:1"), now);
            assertThat(outbox.add(List.of(new Delivery("d-1", "crm", body, 0, now, now)))).hasSize(1);
            List<Delivery> added = outbox.add(List.of(new Delivery("d-2", "crm", body, 0, now, now),
                    new Delivery("d-3", "erp", body, 0, now, now)));
            assertThat(added).extracting(Delivery::id).containsExactly("d-3");
            Delivery due = outbox.due("crm", now, 10).get(0);
            assertThat(outbox.claim(due, now.plusSeconds(60))).isTrue();
            assertThat(outbox.claim(due, now.plusSeconds(60))).isFalse(); // the other node's claim fails
            assertThat(outbox.counts()).containsEntry("crm", new Outbox.Counts(1, 0, 0))
                    .containsEntry("erp", new Outbox.Counts(1, 0, 0));
        } finally {
            execute(postgres(null), "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private WebhookDispatcher dispatcher(DataSource database, LeaderLease lease)
            throws SQLException {
        return dispatcher(new Outbox(database), lease);
    }

    private WebhookDispatcher dispatcher(Outbox outbox, LeaderLease lease) {
        WebhookDispatcher dispatcher = new WebhookDispatcher(outbox, lease, Clock.systemUTC(),
                Configs.of(WebhooksConfiguration.class, Map.of()));
        dispatcher.add(Endpoint.of("crm", "org.accountsuccess.webhook-crm.cfg", Configs.endpoint(receiver.url(),
                Map.of("response_timeout_ms", 20_000))));
        return dispatcher;
    }

    private DataSource h2() {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.resolve("accountsuccess") + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    private static PGSimpleDataSource postgres(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(System.getenv("ACCOUNTSUCCESS_PG_URL"));
        ds.setUser(System.getenv("ACCOUNTSUCCESS_PG_USER"));
        ds.setPassword(System.getenv("ACCOUNTSUCCESS_PG_PASSWORD"));
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Event event(String eventId) {
        return new Event(AccountSuccessEvents.BAND_CHANGED, Map.of(AccountSuccessEvents.EVENT_ID, eventId,
                AccountSuccessEvents.ACCOUNT_ID, "acc-1", AccountSuccessEvents.BAND, "RED"));
    }
}
