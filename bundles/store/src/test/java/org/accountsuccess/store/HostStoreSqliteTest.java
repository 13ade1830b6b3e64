package org.accountsuccess.store;

import java.nio.file.Path;

/** The host store on SQLite, the embedded default, as shipped. */
class HostStoreSqliteTest extends HostStoreContract {
    @Override
    TestDatabase newDatabase(Path folder) {
        return new SqliteTestDatabase(folder);
    }
}
