package org.accountsuccess.api.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Imports and exports the stored host data in the file form of data-format.md. */
@ProviderType
public interface DataSetService {

    /**
     * Imports a data set: a folder, or a {@code .zip} of one. All or nothing: when any row is bad,
     * nothing is changed and the exception lists every bad row. Importing the same rows twice
     * changes nothing.
     *
     * @throws DataSetRejectedException when the data set has bad rows or files (nothing changed)
     * @throws IOException when the source cannot be read (nothing changed)
     */
    ImportReport importDataSet(Path source, ImportMode mode, ImportProgress progress)
            throws DataSetRejectedException, IOException;

    /**
     * Writes everything stored as a data set: into the folder {@code target}, or as a zip when
     * {@code target} ends in {@code .zip}. Re-importing it gives the same figures.
     *
     * @return one entry per file written
     */
    List<FileReport> exportDataSet(Path target) throws IOException;

    /** True when nothing is stored yet (no account). */
    boolean isEmpty();
}
