package org.accountsuccess.console;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.accountsuccess.api.dataset.DataSetRejectedException;
import org.accountsuccess.api.dataset.DataSetService;
import org.accountsuccess.api.dataset.FileReport;
import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportProgress;
import org.accountsuccess.api.dataset.ImportReport;
import org.accountsuccess.api.dataset.RowError;

/** A store that reports progress like a real one would, and accepts or rejects as told. */
final class FakeDataSets implements DataSetService {
    final List<ImportMode> modes = new ArrayList<>();
    final List<Path> paths = new ArrayList<>();
    List<RowError> rejection = List.of();
    IOException failure;
    /** How long the import is said to take; 0: not measured. */
    long millis;

    @Override
    public ImportReport importDataSet(Path source, ImportMode mode, ImportProgress progress)
            throws DataSetRejectedException, IOException {
        paths.add(source);
        modes.add(mode);
        if (failure != null) {
            throw failure;
        }
        for (long rows = 1; rows <= 25_000; rows++) {
            progress.rowsDone("checking", "activities.csv", rows);
        }
        if (!rejection.isEmpty()) {
            throw new DataSetRejectedException(rejection);
        }
        progress.rowsDone("writing", "accounts.csv", 200);
        return new ImportReport(mode, List.of(new FileReport("accounts.csv", 200, 3, 1, 196),
                new FileReport("activities.csv", 25000, 25000, 0, 0)),
                List.of("accounts.csv: unknown column 'fax' ignored"), millis);
    }

    @Override
    public List<FileReport> exportDataSet(Path target) throws IOException {
        paths.add(target);
        if (failure != null) {
            throw failure;
        }
        return List.of(new FileReport("accounts.csv", 200, 0, 0, 0), new FileReport("contacts.csv", 1174, 0, 0, 0));
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
