package org.accountsuccess.api.drivers;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.host.spi.DateWindow;
import org.osgi.annotation.versioning.ProviderType;

/** Revenue-weighted drivers of the responses of the accounts a filter selects. */
@ProviderType
public interface DriverService {

    DriverReport drivers(DateWindow window, AccountFilter filter);
}
