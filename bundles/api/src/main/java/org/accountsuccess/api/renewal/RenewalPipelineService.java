package org.accountsuccess.api.renewal;

import java.time.LocalDate;
import java.util.OptionalInt;

import org.accountsuccess.api.AccountFilter;
import org.osgi.annotation.versioning.ProviderType;

/** The renewal pipeline: what is due soon, with the health of the accounts it depends on. */
@ProviderType
public interface RenewalPipelineService {

    /**
     * The contracts of the accounts the filter selects that end from {@code asOf} to
     * {@code asOf + days} and that no contract renews yet.
     *
     * @param days the horizon in days, at least 0; empty for the configured default (120)
     */
    RenewalPipeline pipeline(LocalDate asOf, OptionalInt days, AccountFilter filter);
}
