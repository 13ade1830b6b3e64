package org.accountsuccess.api.lifecycle;

import java.time.LocalDate;
import java.util.OptionalDouble;

import org.accountsuccess.api.AccountFilter;
import org.osgi.annotation.versioning.ProviderType;

/** The lifecycle (Pareto) view of the accounts a filter selects. */
@ProviderType
public interface LifecycleService {
    /**
     * @param headShare the share of the total ARR the head must reach, above 0 and at most 1; empty
     *        for the configured share ({@code lifecycle.head.share}, 0.8 by default)
     * @throws IllegalArgumentException when {@code headShare} is outside (0, 1]
     */
    LifecycleReport lifecycle(LocalDate asOf, OptionalDouble headShare, AccountFilter filter);
}
