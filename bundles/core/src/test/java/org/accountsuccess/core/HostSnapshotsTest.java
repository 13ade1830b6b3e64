package org.accountsuccess.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.nps.NpsLevel;
import org.accountsuccess.api.nps.NpsQuery;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.AccountDirectory;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.KpiParameters;
import org.junit.jupiter.api.Test;

/**
 * The versions the services compute from: a new one is read when the host's data version moves,
 * and while it is being read every answer comes wholly from the last complete one.
 */
class HostSnapshotsTest {
    private static final NpsQuery YEAR = new NpsQuery(DateWindow.lookback(ThreeAccounts.AS_OF, 365), AccountFilter.ALL,
            NpsLevel.RESPONSE);

    private final TestHost host = ThreeAccounts.host();
    private final AtomicLong version = new AtomicLong(1);
    /** While set, reading the contacts waits for {@link #release}: a slow read of a new version. */
    private volatile CountDownLatch hold;
    private final CountDownLatch reading = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    private final AccountDirectory slowDirectory = new AccountDirectory() {
        @Override
        public Optional<Account> account(String accountId) {
            return host.account(accountId);
        }

        @Override
        public Stream<Account> accounts() {
            return host.accounts();
        }

        @Override
        public Stream<Contact> contacts(String accountId) {
            return host.contacts(accountId);
        }

        @Override
        public Stream<Contact> allContacts() {
            if (hold != null) {
                reading.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return host.allContacts();
        }
    };

    @Test
    void answersDuringARebuildComeWhollyFromTheOldVersion() throws Exception {
        HostSnapshots snapshots = HostSnapshots.versioned(new HostPorts(slowDirectory, host, host, host, host, null, null),
                version::get, Duration.ofDays(1), Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC));
        HostBinding binding = HostBinding.over(snapshots, 16);
        NpsComponent nps = new NpsComponent(binding, KpiParameters::defaults);
        NpsResult before = nps.nps(YEAR);
        assertThat(binding.current().version()).isEqualTo(1);

        // Version 2 adds a detractor; its read stops half-way (after the accounts, at the contacts).
        host.response("r-late", "c1", "2026-06-29", 0);
        version.set(2);
        hold = reading;
        CompletableFuture<Long> rebuild = CompletableFuture.supplyAsync(() -> binding.refresh().version());
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

        NpsResult during = nps.nps(YEAR);
        assertThat(during).isEqualTo(before);
        assertThat(binding.current().version()).isEqualTo(1);

        release.countDown();
        assertThat(rebuild.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        NpsResult after = nps.nps(YEAR);
        assertThat(after.n()).isEqualTo(before.n() + 1);
        assertThat(after.detractors()).isEqualTo(before.detractors() + 1);
    }

    @Test
    void thePollerReadsANewVersionWhenTheHostSaysItsDataChanged() {
        HostSnapshots snapshots = HostSnapshots.versioned(new HostPorts(host, host, host, host, host, null, null),
                version::get, Duration.ofDays(1), Clock.systemUTC());
        snapshots.start(20);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> snapshots.current().version().version() == 1);
            long rows = snapshots.current().version().rows();
            host.response("r-late", "c1", "2026-06-29", 0);
            version.set(5);
            await().atMost(Duration.ofSeconds(10)).until(() -> snapshots.current().version().version() == 2);
            assertThat(snapshots.current().version().rows()).isEqualTo(rows + 1);
        } finally {
            snapshots.stop();
        }
    }
}
