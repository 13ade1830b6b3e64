package org.accountsuccess.store.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.accountsuccess.api.dataset.DataSetRejectedException;
import org.accountsuccess.api.dataset.DataSetService;
import org.accountsuccess.api.dataset.FileReport;
import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportProgress;
import org.accountsuccess.api.dataset.ImportReport;
import org.accountsuccess.database.schema.Dialect;
import org.accountsuccess.store.jdbc.DataVersion;
import org.accountsuccess.store.jdbc.StoreException;

/**
 * Imports and exports the store's data in the file form of data-format.md. An import checks the
 * whole data set first ({@link DataSetCheck}); only when every row is good does it write, in one
 * transaction ({@link TableWriter}), so that a reader sees the old data or the new, never a mix,
 * and a failure leaves everything as it was. Imports run one at a time: in this JVM, and across
 * the nodes over one database through the lock on the {@link DataVersion} row, which the
 * transaction also raises. A failing database
 * surfaces as a {@link StoreException} (after the rollback: nothing changed).
 */
public class DataSetStore implements DataSetService {
    private final DataSource dataSource;
    private final String baseCurrency;
    private final ZipLimits zipLimits;
    private final ReentrantLock importing = new ReentrantLock();

    /**
     * @param baseCurrency ISO 4217 code of the base currency: a currency other than this needs an exchange rate
     */
    public DataSetStore(DataSource dataSource, String baseCurrency) {
        this(dataSource, baseCurrency, ZipLimits.DEFAULT);
    }

    DataSetStore(DataSource dataSource, String baseCurrency, ZipLimits zipLimits) {
        this.dataSource = Objects.requireNonNull(dataSource, "DataSetStore: dataSource");
        this.baseCurrency = Objects.requireNonNull(baseCurrency, "DataSetStore: baseCurrency");
        this.zipLimits = zipLimits;
    }

    @Override
    public ImportReport importDataSet(Path source, ImportMode mode, ImportProgress progress)
            throws DataSetRejectedException, IOException {
        Objects.requireNonNull(mode, "importDataSet: mode");
        ImportProgress listener = progress == null ? ImportProgress.NONE : progress;
        importing.lock();
        long start = System.nanoTime();
        try (DataSetSource files = DataSetSource.open(source, zipLimits);
                Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // Held from before the check to the commit: the stored rows a merge checks against stay put.
                DataVersion.lockForImport(connection);
                DataSetCheck.Outcome outcome = new DataSetCheck(dataSource, baseCurrency, mode, listener).run(files);
                if (!outcome.accepted()) {
                    throw new DataSetRejectedException(outcome.errors());
                }
                List<FileReport> reports = write(connection, files, mode, listener, baseCurrency);
                if (mode == ImportMode.REPLACE || reports.stream().anyMatch(r -> r.inserted() + r.updated() > 0)) {
                    DataVersion.raise(connection); // a merge that changed nothing keeps the version
                }
                connection.commit();
                return new ImportReport(mode, reports, outcome.warnings(), (System.nanoTime() - start) / 1_000_000);
            } catch (IOException | SQLException | RuntimeException | DataSetRejectedException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("import failed, nothing changed: " + e.getMessage(), e);
        } finally {
            importing.unlock();
        }
    }

    private static List<FileReport> write(Connection connection, DataSetSource files, ImportMode mode,
            ImportProgress progress, String baseCurrency) throws IOException, SQLException {
        if (mode == ImportMode.REPLACE) {
            clear(connection);
        }
        List<FileReport> reports = new ArrayList<>();
        Dialect dialect = Dialect.of(connection);
        for (DataFile file : DataFiles.ALL) {
            if (files.files().contains(file.name())) {
                try (InputStream in = files.open(file.name())) {
                    reports.add(new TableWriter(connection, dialect, file, mode, baseCurrency).write(in, progress));
                }
            }
        }
        return reports;
    }

    /** Empties the tables of the data set, children first; follow-ups stay (they are keyed by response id). */
    private static void clear(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (int i = DataFiles.ALL.size() - 1; i >= 0; i--) {
                statement.executeUpdate("DELETE FROM " + DataFiles.ALL.get(i).table());
            }
        }
    }

    @Override
    public List<FileReport> exportDataSet(Path target) throws IOException {
        return DataSetExport.write(dataSource, target);
    }

    @Override
    public boolean isEmpty() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet any = statement.executeQuery("SELECT 1 FROM accounts LIMIT 1")) {
            return !any.next();
        } catch (SQLException e) {
            throw new StoreException("reading accounts failed: " + e.getMessage(), e);
        }
    }
}
