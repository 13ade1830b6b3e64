package org.accountsuccess.api.enps;

import org.accountsuccess.host.spi.DateWindow;
import org.osgi.annotation.versioning.ProviderType;

/** Employee NPS; callers must restrict it to the hr role. */
@ProviderType
public interface EnpsService {

    /** eNPS overall and by department over the window, with the anonymity floor applied. */
    EnpsReport enps(DateWindow window);
}
