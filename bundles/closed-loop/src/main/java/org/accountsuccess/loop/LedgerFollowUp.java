package org.accountsuccess.loop;

import java.time.Instant;
import java.time.LocalDate;

import org.accountsuccess.api.followup.FollowUpState;
import org.accountsuccess.host.spi.FollowUp;

/**
 * A follow-up as the ledger holds it.
 *
 * @param followUp what was (or is to be) handed to the host
 * @param answeredAt when the response was given
 * @param createdAt when the sweep created it
 * @param state whether the host's sink has taken it
 * @param closedOn the day a sweep found it done, or {@code null}; the overdue check skips it from then on
 */
record LedgerFollowUp(FollowUp followUp, Instant answeredAt, Instant createdAt, FollowUpState state,
        LocalDate closedOn) {
}
