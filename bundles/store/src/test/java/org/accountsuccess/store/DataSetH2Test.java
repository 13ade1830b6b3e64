package org.accountsuccess.store;

import java.nio.file.Path;

/** Data-set import and export on H2 in file mode. */
class DataSetH2Test extends DataSetContract {
    @Override
    TestDatabase newDatabase(Path folder) {
        return new H2TestDatabase(folder);
    }
}
