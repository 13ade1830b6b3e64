package org.accountsuccess.host.spi;

import java.time.YearMonth;
import java.util.stream.Stream;

import org.osgi.annotation.versioning.ProviderType;

/** Revenue and margin per account and month. Optional: without it, value axes use ARR. */
@ProviderType
public interface RevenueLedger {

    /**
     * The entries of the months {@code from..to} (both included).
     *
     * @param accountId one account, or {@code null} for every account
     */
    Stream<RevenueEntry> revenue(String accountId, YearMonth from, YearMonth to);
}
