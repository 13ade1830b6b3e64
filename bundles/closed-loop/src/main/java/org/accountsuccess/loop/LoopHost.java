package org.accountsuccess.loop;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.accountsuccess.api.health.HealthService;
import org.accountsuccess.api.renewal.RenewalService;
import org.accountsuccess.host.spi.AccountDirectory;
import org.accountsuccess.host.spi.ActivityLog;
import org.accountsuccess.host.spi.FollowUpSink;
import org.accountsuccess.host.spi.HostChanges;
import org.accountsuccess.host.spi.SurveyRecords;
import org.osgi.service.event.EventAdmin;

/**
 * What the closed loop reads and writes. The optional ones are asked for at each use, since they
 * come and go; a supplier answers {@code null} while one is absent.
 *
 * @param accounts the host's accounts and contacts
 * @param surveys the host's survey responses
 * @param activities the host's activities, for the touches that close a follow-up
 * @param renewals the product's renewal figures, for the contracts entering the renewal window
 * @param sink the host's follow-up sink: without it follow-ups stay pending
 * @param health the product's health scores: without it no band is followed
 * @param events Event Admin: without it events wait in the ledger
 * @param changes the host's data version: without it every sweep reads the host again
 */
record LoopHost(AccountDirectory accounts, SurveyRecords surveys, ActivityLog activities, RenewalService renewals,
        Supplier<FollowUpSink> sink, Supplier<HealthService> health, Supplier<EventAdmin> events,
        Supplier<HostChanges> changes) {
    LoopHost {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(surveys, "surveys");
        Objects.requireNonNull(activities, "activities");
        Objects.requireNonNull(renewals, "renewals");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(changes, "changes");
    }

    /** The host's data version, when it tells one. */
    Optional<Long> dataVersion() {
        return Optional.ofNullable(changes.get()).map(HostChanges::dataVersion);
    }
}
