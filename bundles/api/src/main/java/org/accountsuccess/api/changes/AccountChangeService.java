package org.accountsuccess.api.changes;

import java.time.LocalDate;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** How an account's health and account NPS moved between two days, and why. */
@ProviderType
public interface AccountChangeService {

    /** The account as of {@code from} against as of {@code to}; empty when the host does not know the account. */
    Optional<AccountChanges> changes(String accountId, LocalDate from, LocalDate to);
}
