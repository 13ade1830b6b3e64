package org.accountsuccess.api.renewal;

import java.math.BigDecimal;

import org.accountsuccess.host.spi.Contract;

/**
 * A contract due for renewal in the period.
 *
 * @param contract the contract as the host holds it
 * @param mrr its MRR in the base currency
 * @param renewedBy the id of the contract that renews it, or {@code null} when not (yet) renewed
 */
public record DueContract(Contract contract, BigDecimal mrr, String renewedBy) {
    public boolean renewed() {
        return renewedBy != null;
    }
}
