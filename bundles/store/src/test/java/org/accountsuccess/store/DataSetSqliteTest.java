package org.accountsuccess.store;

import java.nio.file.Path;

/** Data-set import and export on SQLite, the embedded default, as shipped. */
class DataSetSqliteTest extends DataSetContract {
    @Override
    TestDatabase newDatabase(Path folder) {
        return new SqliteTestDatabase(folder);
    }
}
