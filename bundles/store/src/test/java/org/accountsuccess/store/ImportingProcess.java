package org.accountsuccess.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportProgress;

/**
 * The child JVM of {@link ImportCrashTest}: starts the standalone host on an H2 URL, imports one
 * data set, says so on stdout and then waits to be killed. Lines: {@value #IMPORTING}, then
 * {@value #IMPORTED} followed by the import's milliseconds.
 *
 * <p>Arguments: the JDBC URL, the data set's folder, {@code MERGE} or {@code REPLACE}.
 */
public final class ImportingProcess {
    static final String IMPORTING = "importing";
    static final String IMPORTED = "imported";

    private ImportingProcess() {
    }

    public static void main(String[] args) throws Exception {
        DataSource dataSource = ShippedDataSource.open(args[0]);
        // Held open for the life of the process, as a connection pool's idle connections are: H2
        // closes (and so writes out) a database when its last connection closes, a pooled one never.
        Connection pooled = dataSource.getConnection();
        StandaloneHost host = new StandaloneHost(dataSource, StandaloneHostTest.config(Map.of()));
        System.out.println(IMPORTING);
        System.out.flush();
        long start = System.nanoTime();
        host.importDataSet(Path.of(args[1]), ImportMode.valueOf(args[2]), ImportProgress.NONE);
        System.out.println(IMPORTED + " " + (System.nanoTime() - start) / 1_000_000);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
        pooled.close();
    }
}
