package org.accountsuccess.api.nps;

import java.time.LocalDate;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.host.spi.DateWindow;
import org.osgi.annotation.versioning.ProviderType;

/** Customer NPS over the host's survey responses. */
@ProviderType
public interface NpsService {

    /** NPS for a window, with its interval and n. */
    NpsResult nps(NpsQuery query);

    /**
     * NPS month by month: one figure per window of {@link NpsSeriesQuery#windows()}, each the
     * answer {@link #nps} gives for it, in one call.
     */
    NpsSeries series(NpsSeriesQuery query);

    /** Two NPS figures (say this quarter and the last) and whether the change is significant. */
    NpsComparison compare(NpsQuery first, NpsQuery second);

    /** Distinct contacts who answered over distinct contacts invited, both in the window. */
    ResponseRate responseRate(DateWindow window, AccountFilter filter);

    /** NPS weighted by ARR, from each account's role-weighted NPS as of {@code asOf}. */
    RevenueWeightedNps revenueWeighted(LocalDate asOf, AccountFilter filter);
}
