package org.accountsuccess.console;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.accountsuccess.api.data.DataVersionService;
import org.accountsuccess.api.dataset.DataSetService;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/**
 * A command on the stored data set. The store is optional, so that a host that keeps its own data
 * (a remote CRM) still gets every figure command; these commands then say why they cannot run.
 */
abstract class DataSetCommand extends ConsoleCommand {

    @Reference(optional = true)
    DataSetService dataSets;

    @Reference(optional = true)
    DataVersionService versions;

    /** After a change to the stored data: the figures are computed from it before the command answers. */
    void figuresFollow() {
        if (versions != null) {
            versions.refresh();
        }
    }

    /** The store, or an {@link InputException} when no running host stores data sets. */
    DataSetService store() {
        if (dataSets == null) {
            throw new InputException("no data set store is running: import and export need a host that stores"
                    + " the data itself, such as the standalone store");
        }
        return dataSets;
    }

    /** {@code path} made absolute: relative paths are taken from the directory Karaf runs in. */
    static Path resolve(String path) {
        try {
            return Path.of(path).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new InputException("path: '" + path + "' is not a valid path");
        }
    }

    /** An I/O failure in one line: what kind it was and its message (often only the file). */
    static String reason(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
