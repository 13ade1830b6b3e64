package org.accountsuccess.rest;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the entries of this page
 * @param total entries of the whole list
 * @param offset entries skipped before this page
 * @param limit most entries a page holds
 * @param <T> the entry type
 */
public record Page<T>(List<T> items, int total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }

    /** The page of {@code all} that starts at {@code offset}. */
    public static <T> Page<T> of(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        return new Page<>(all.subList(from, Math.min(all.size(), from + limit)), all.size(), offset, limit);
    }
}
