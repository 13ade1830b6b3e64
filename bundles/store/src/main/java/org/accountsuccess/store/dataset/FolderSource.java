package org.accountsuccess.store.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A data set in a folder: the regular files directly inside it. */
final class FolderSource implements DataSetSource {
    private final Path folder;
    private final Set<String> files = new TreeSet<>();
    private final List<String> ignored = new ArrayList<>();

    FolderSource(Path folder) throws IOException {
        this.folder = folder;
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (Files.isRegularFile(entry)) {
                    files.add(name);
                } else {
                    ignored.add(name + "/");
                }
            }
        }
    }

    @Override
    public Set<String> files() {
        return files;
    }

    @Override
    public List<String> ignored() {
        return ignored;
    }

    @Override
    public InputStream open(String file) throws IOException {
        if (!files.contains(file)) {
            throw new IOException(folder + " has no file " + file);
        }
        return Files.newInputStream(folder.resolve(file));
    }

    @Override
    public void close() {
        // nothing held open
    }
}
