package org.accountsuccess.store;

import java.nio.file.Path;

/** The host store on H2 in file mode. */
class HostStoreH2Test extends HostStoreContract {
    @Override
    TestDatabase newDatabase(Path folder) {
        return new H2TestDatabase(folder);
    }
}
