package org.accountsuccess.host.spi;

/**
 * Which contracts to hand over.
 *
 * @param accountId only this account's contracts, or {@code null} for every account
 * @param overlapping only contracts that cover at least one day of this window (start on or
 *        before its last day, and evergreen or ending on or after its first day); {@code null}
 *        for all contracts whatever their dates
 */
public record ContractQuery(String accountId, DateWindow overlapping) {
    /** Every contract of the tenant. */
    public static final ContractQuery ALL = new ContractQuery(null, null);

    /** True when {@code contract} matches this query. */
    public boolean matches(Contract contract) {
        return (accountId == null || accountId.equals(contract.accountId()))
                && (overlapping == null || (!contract.startDate().isAfter(overlapping.to())
                        && (contract.evergreen() || !contract.endDate().isBefore(overlapping.from()))));
    }
}
