package org.accountsuccess.api.retention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.accountsuccess.api.AccountDimension;
import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.Cut;
import org.accountsuccess.host.spi.DateWindow;
import org.osgi.annotation.versioning.ProviderType;

/** MRR and retention over the host's contracts. */
@ProviderType
public interface RetentionService {

    /** The MRR of the accounts on {@code date}, in the base currency. */
    BigDecimal mrrAt(LocalDate date, AccountFilter filter);

    /** Retention over {@code period}. */
    RetentionReport retention(DateWindow period, AccountFilter filter);

    /** Retention over {@code period}, one report per group of {@code dimension} at the period's start. */
    List<Cut<RetentionReport>> retentionBy(DateWindow period, AccountFilter filter, AccountDimension dimension);
}
