package org.accountsuccess.store.dataset;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A data set in a {@code .zip}: the files at its root, or in its one top folder (the folder that
 * holds accounts.csv). Nothing is extracted to disk. Entry names that could escape a folder
 * ({@code ..}, absolute paths, drive letters) are refused outright, and every entry is read
 * through a limit on its size and compression ratio ({@link ZipLimits}).
 */
final class ZipSource implements DataSetSource {
    private static final long RATIO_ALLOWANCE = 1L << 20;

    private final Path path;
    private final ZipFile zip;
    private final ZipLimits limits;
    private final Map<String, ZipEntry> files = new TreeMap<>();
    private final List<String> ignored = new ArrayList<>();

    ZipSource(Path path, ZipLimits limits) throws IOException {
        this.path = path;
        this.limits = limits;
        try {
            this.zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new IOException(path + ": not a readable .zip (" + reason(e) + ")", e);
        }
        try {
            index();
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private void index() throws IOException {
        List<ZipEntry> entries = new ArrayList<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            if (entries.size() == limits.maxEntries()) {
                throw new IOException(path + ": more than " + limits.maxEntries() + " entries; refused as unsafe");
            }
            ZipEntry entry = all.nextElement();
            checkName(entry.getName());
            if (entry.getSize() > limits.maxEntryBytes()) {
                throw new IOException(path + ": entry " + entry.getName() + " says it holds " + entry.getSize()
                        + " bytes, more than the limit of " + limits.maxEntryBytes() + "; refused as unsafe");
            }
            entries.add(entry);
        }
        String root = root(entries);
        for (ZipEntry entry : entries) {
            String name = entry.getName();
            if (entry.isDirectory()) {
                continue;
            }
            String relative = name.startsWith(root) ? name.substring(root.length()) : name;
            if (!name.startsWith(root) || relative.contains("/")) {
                ignored.add(name);
            } else if (files.put(relative, entry) != null) {
                throw new IOException(path + ": holds " + relative + " twice");
            }
        }
    }

    /** Refuses names that could point outside the folder they are extracted to (zip slip). */
    private void checkName(String name) throws IOException {
        String unified = name.replace('\\', '/');
        boolean unsafe = unified.startsWith("/") || unified.indexOf(':') >= 0 || unified.indexOf('\0') >= 0
                || ("/" + unified + "/").contains("/../");
        if (unsafe) {
            throw new IOException(path + ": entry name '" + name + "' points outside the data set; refused as unsafe");
        }
    }

    /** The folder prefix of the shallowest accounts.csv ({@code ""} when it is at the root or absent). */
    private static String root(List<ZipEntry> entries) {
        return entries.stream().map(ZipEntry::getName)
                .filter(name -> name.equals("accounts.csv") || name.endsWith("/accounts.csv"))
                .min(Comparator.comparingLong(name -> name.chars().filter(c -> c == '/').count()))
                .map(name -> name.substring(0, name.length() - "accounts.csv".length())).orElse("");
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public Set<String> files() {
        return Collections.unmodifiableSet(files.keySet());
    }

    @Override
    public List<String> ignored() {
        return ignored;
    }

    @Override
    public InputStream open(String file) throws IOException {
        ZipEntry entry = files.get(file);
        if (entry == null) {
            throw new IOException(path + " has no file " + file);
        }
        long ratioLimit = entry.getCompressedSize() < 0 ? Long.MAX_VALUE
                : entry.getCompressedSize() * limits.maxRatio() + RATIO_ALLOWANCE;
        return new Limited(zip.getInputStream(entry), file, Math.min(limits.maxEntryBytes(), ratioLimit));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Stops reading an entry that inflates beyond its limit, whatever its header claims. */
    private final class Limited extends FilterInputStream {
        private final String file;
        private final long limit;
        private long read;

        Limited(InputStream in, String file, long limit) {
            super(in);
            this.file = file;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b;
            try {
                b = super.read();
            } catch (ZipException | EOFException e) {
                throw damaged(e);
            }
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (ZipException | EOFException e) {
                throw damaged(e);
            }
            count(Math.max(n, 0));
            return n;
        }

        /** A broken entry: the zip library's reason, which may have no message, said with the file. */
        private IOException damaged(IOException e) {
            return new IOException(path + ": " + file + " is damaged in the .zip (" + reason(e) + ")", e);
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException(path + ": " + file + " inflates to more than " + limit + " bytes (limits: "
                        + limits.maxEntryBytes() + " bytes per entry, a compression ratio of " + limits.maxRatio()
                        + "); refused as a possible zip bomb");
            }
        }
    }
}
