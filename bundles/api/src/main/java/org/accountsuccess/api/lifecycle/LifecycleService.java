package org.accountsuccess.api.lifecycle;

import java.time.LocalDate;

import org.accountsuccess.api.AccountFilter;
import org.osgi.annotation.versioning.ProviderType;

/** The lifecycle (Pareto) view of the accounts a filter selects. */
@ProviderType
public interface LifecycleService {
    /** The head share of metrics.md. */
    double DEFAULT_HEAD_SHARE = 0.8;

    /**
     * @param headShare the share of the total ARR the head must reach, above 0 and at most 1
     * @throws IllegalArgumentException when {@code headShare} is outside (0, 1]
     */
    LifecycleReport lifecycle(LocalDate asOf, double headShare, AccountFilter filter);
}
