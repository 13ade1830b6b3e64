package org.accountsuccess.host.spi;

import java.util.Collection;
import java.util.stream.Stream;

import org.osgi.annotation.versioning.ProviderType;

/** The host's recurring-revenue contracts. Required. */
@ProviderType
public interface ContractBook {

    /** The contracts matching the query (see {@link ContractQuery#matches(Contract)}). */
    Stream<Contract> contracts(ContractQuery query);

    /**
     * The contracts whose {@code renewalOf} names one of {@code contractIds}, whatever their dates,
     * so that a renewal signed early or starting after a period still counts.
     */
    Stream<Contract> renewalsOf(Collection<String> contractIds);
}
