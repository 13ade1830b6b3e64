package org.accountsuccess.api.movement;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.host.spi.DateWindow;
import org.osgi.annotation.versioning.ProviderType;

/** Climbers and fallers among the accounts a filter selects. */
@ProviderType
public interface MovementService {

    /**
     * Contacts (and accounts) with at least two valid responses up to {@code window.to()} whose
     * latest response falls in {@code window}.
     */
    MovementReport movements(DateWindow window, AccountFilter filter);
}
