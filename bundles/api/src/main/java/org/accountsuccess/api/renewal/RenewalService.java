package org.accountsuccess.api.renewal;

import java.util.List;

import org.accountsuccess.api.AccountDimension;
import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.Cut;
import org.accountsuccess.host.spi.DateWindow;
import org.osgi.annotation.versioning.ProviderType;

/** Renewals due and renewed. */
@ProviderType
public interface RenewalService {

    /** The renewal figures of the contracts due in {@code period}. */
    RenewalReport renewals(DateWindow period, AccountFilter filter);

    /** The same, one report per group of {@code dimension} at the period's start. */
    List<Cut<RenewalReport>> renewalsBy(DateWindow period, AccountFilter filter, AccountDimension dimension);
}
