package org.accountsuccess.api.data;

import org.osgi.annotation.versioning.ProviderType;

/** Which version of the host's data the figures come from, and a way to catch up with the host at once. */
@ProviderType
public interface DataVersionService {

    /** The version every answer is computed from now (reading the host first when nothing was read yet). */
    DataVersion current();

    /**
     * Reads the host again now and answers the version served from then on. An import calls it
     * before it answers, so that the figures a user asks for next include what they imported.
     */
    DataVersion refresh();
}
