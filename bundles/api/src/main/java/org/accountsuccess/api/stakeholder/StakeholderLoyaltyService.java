package org.accountsuccess.api.stakeholder;

import java.time.LocalDate;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Who among an account's decision makers, influencers and users is a promoter or a detractor. */
@ProviderType
public interface StakeholderLoyaltyService {

    /** The stakeholder map of the account as of {@code asOf}; empty for an unknown account. */
    Optional<StakeholderMap> stakeholders(String accountId, LocalDate asOf);

    /** The coverage check of the account as of {@code asOf}; empty for an unknown account. */
    Optional<CoverageCheck> coverage(String accountId, LocalDate asOf);
}
