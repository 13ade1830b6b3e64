package org.accountsuccess.api.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.stakeholder.CoverageCheck;
import org.accountsuccess.api.timeline.CommunicationGap;
import org.accountsuccess.api.timeline.OverContact;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.HostDataStatus;

/**
 * What a rep sees first when opening an account.
 *
 * @param account the account as the host holds it
 * @param asOf the day the figures are for
 * @param baseCurrency the currency of the money figures
 * @param mrr MRR on {@code asOf}
 * @param arr {@code 12 * mrr}
 * @param loyalty account NPS, loyalty class and margin of error
 * @param nextRenewal the next contract due and not yet renewed; empty when none
 * @param coverage the coverage check
 * @param communicationGap the communication-gap flag
 * @param overContact the over-contact flag
 * @param health the health score with its factors
 * @param dataStatus whether the host data the figures come from is live, a stale copy (with the time it
 *        was read) or missing
 * @param topNegativeTopic the label of the tenant's comment topic this account's comments mention most
 *        often negatively over the lookback (docs/analytics.md, "Comment analysis"); empty when none does,
 *        and in the lists of many scorecards, which do not compute it
 */
public record AccountScorecard(Account account, LocalDate asOf, String baseCurrency, BigDecimal mrr, BigDecimal arr,
        AccountLoyalty loyalty, Optional<RenewalDue> nextRenewal, CoverageCheck coverage,
        CommunicationGap communicationGap, OverContact overContact, HealthScore health, HostDataStatus dataStatus,
        Optional<String> topNegativeTopic) {

    /** A scorecard without the top negative topic (the constructor before it was added). */
    public AccountScorecard(Account account, LocalDate asOf, String baseCurrency, BigDecimal mrr, BigDecimal arr,
            AccountLoyalty loyalty, Optional<RenewalDue> nextRenewal, CoverageCheck coverage,
            CommunicationGap communicationGap, OverContact overContact, HealthScore health,
            HostDataStatus dataStatus) {
        this(account, asOf, baseCurrency, mrr, arr, loyalty, nextRenewal, coverage, communicationGap, overContact,
                health, dataStatus, Optional.empty());
    }

    /** The same scorecard naming {@code topic} as its top negative topic. */
    public AccountScorecard withTopNegativeTopic(Optional<String> topic) {
        return new AccountScorecard(account, asOf, baseCurrency, mrr, arr, loyalty, nextRenewal, coverage,
                communicationGap, overContact, health, dataStatus, topic);
    }

    /** The failed checks, one word each: {@code coverage}, {@code gap} (communication gap), {@code over-contact}. */
    public List<String> flags() {
        List<String> flags = new ArrayList<>();
        if (!coverage.sufficient()) {
            flags.add("coverage");
        }
        if (communicationGap.flagged()) {
            flags.add("gap");
        }
        if (overContact.flagged()) {
            flags.add("over-contact");
        }
        return List.copyOf(flags);
    }
}
