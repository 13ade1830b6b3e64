package org.accountsuccess.api.stakeholder;

import java.util.Optional;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.host.spi.Contact;

/**
 * A contact of the account with their loyalty.
 *
 * @param contact the contact
 * @param loyaltyClass from their latest response in the lookback; non-responder when there is none
 * @param latest their latest valid response up to the as-of date (possibly older than the lookback)
 * @param previous the response before {@code latest}
 */
public record Stakeholder(Contact contact, LoyaltyClass loyaltyClass, Optional<ScoredResponse> latest,
        Optional<ScoredResponse> previous) {
}
