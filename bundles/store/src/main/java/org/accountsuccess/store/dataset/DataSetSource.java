package org.accountsuccess.store.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The files of a data set: a folder, or a {@code .zip} of one. Each file can be opened more than
 * once (the import reads it to check it, then again to write it).
 */
interface DataSetSource extends Closeable {

    /** The names of the files of the data set, such as {@code accounts.csv}. */
    Set<String> files();

    /** What the source holds besides files of the data set (subfolders, nested files), for warnings. */
    List<String> ignored();

    InputStream open(String file) throws IOException;

    /** The data set at {@code path}: a folder, or a file ending in {@code .zip}. */
    static DataSetSource open(Path path, ZipLimits limits) throws IOException {
        if (Files.isDirectory(path)) {
            return new FolderSource(path);
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no data set here: neither a folder nor a .zip");
        }
        if (!path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            throw new IOException(path + ": a data set is a folder or a .zip of one");
        }
        return new ZipSource(path, limits);
    }
}
