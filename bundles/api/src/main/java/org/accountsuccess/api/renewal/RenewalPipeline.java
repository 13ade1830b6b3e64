package org.accountsuccess.api.renewal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The contracts due in the next days and not yet renewed, riskiest first: red accounts, then
 * accounts without a health score, then yellow, then green; within a band lower health first,
 * then larger ARR at stake, then sooner end date, then contract id.
 *
 * @param asOf the day the pipeline is seen from
 * @param last the last end date included ({@code asOf + days})
 * @param baseCurrency the currency of the money figures
 * @param arrAtStake the sum of the entries' ARR at stake
 * @param entries the due contracts, riskiest first
 */
public record RenewalPipeline(LocalDate asOf, LocalDate last, String baseCurrency, BigDecimal arrAtStake,
        List<PipelineEntry> entries) {
    public RenewalPipeline {
        entries = List.copyOf(entries);
    }
}
