package org.accountsuccess.api.scorecard;

import java.util.OptionalDouble;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.nps.NpsResult;

/**
 * An account's loyalty as of a date.
 *
 * @param accountNps the role-weighted account NPS over each contact's latest response in the
 *        lookback; empty when no contact has one
 * @param loyaltyClass the account loyalty class from {@code accountNps}
 * @param contacts the unweighted NPS over the same responses, one per contact, with n and the
 *        adjusted-Wald interval: the margin of error a rep reads next to the account NPS
 */
public record AccountLoyalty(OptionalDouble accountNps, LoyaltyClass loyaltyClass, NpsResult contacts) {
}
