package org.accountsuccess.host.spi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A recurring-revenue contract (subscription).
 *
 * @param id the contract id
 * @param accountId the account that pays
 * @param startDate first covered day
 * @param endDate last covered day (inclusive), or {@code null} for an evergreen contract
 * @param mrr monthly recurring value, {@code >= 0}, in {@code currency}
 * @param currency ISO 4217 code, or {@code null} for the account's (or else the base) currency
 * @param autoRenew whether the contract renews itself
 * @param renewalOf the id of the contract this one renews, or {@code null}
 * @param product or {@code null}
 */
public record Contract(String id, String accountId, LocalDate startDate, LocalDate endDate, BigDecimal mrr,
        String currency, boolean autoRenew, String renewalOf, String product) {
    public Contract {
        Check.id("Contract", id);
        Check.required("Contract", id, "accountId", accountId);
        Check.required("Contract", id, "startDate", startDate);
        Check.nonNegative("Contract", id, "mrr", mrr);
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("Contract " + id + ": field 'endDate' " + endDate
                    + " is before 'startDate' " + startDate);
        }
        currency = Check.optional(currency);
        renewalOf = Check.optional(renewalOf);
        product = Check.optional(product);
        if (id.equals(renewalOf)) {
            throw new IllegalArgumentException("Contract " + id + ": field 'renewalOf' names the contract itself");
        }
    }

    /** True when the contract has no end date. */
    public boolean evergreen() {
        return endDate == null;
    }

    /** True when {@code day} is covered: {@code startDate <= day} and the contract has not ended before it. */
    public boolean covers(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }
}
