package org.accountsuccess.api.drivers;

import java.math.BigDecimal;

import org.accountsuccess.api.nps.NpsResult;

/**
 * One driver over the responses of a window.
 *
 * @param driver the driver's name without polarity, in lower case
 * @param mentions responses that name it
 * @param positive tags naming it as a strength ({@code +})
 * @param negative tags naming it as a weakness ({@code -})
 * @param neutral tags without a sign
 * @param detractorMentions responses of detractors (score 0-6) that name it
 * @param nps the NPS of the responses that name it
 * @param accountsAtStake distinct accounts whose detractors name it
 * @param arrAtStake the ARR of those accounts on the window's last day
 */
public record DriverImpact(String driver, int mentions, int positive, int negative, int neutral,
        int detractorMentions, NpsResult nps, int accountsAtStake, BigDecimal arrAtStake) {
}
