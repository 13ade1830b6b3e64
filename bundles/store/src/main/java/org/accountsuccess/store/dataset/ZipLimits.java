package org.accountsuccess.store.dataset;

/**
 * What a zipped data set may hold, so that a zip bomb is refused instead of filling disk or time.
 *
 * @param maxEntries entries in the zip, folders included
 * @param maxEntryBytes uncompressed bytes of one entry
 * @param maxRatio uncompressed bytes per compressed byte of one entry (CSV compresses about 5 to 20 times)
 */
record ZipLimits(int maxEntries, long maxEntryBytes, int maxRatio) {
    /** 1,000 entries, 4 GiB per entry (about 30 million activity rows), a ratio of 100. */
    static final ZipLimits DEFAULT = new ZipLimits(1_000, 4L << 30, 100);
}
