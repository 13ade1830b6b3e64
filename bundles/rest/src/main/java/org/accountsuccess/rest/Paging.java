package org.accountsuccess.rest;

import java.util.List;

/**
 * Which page of a list a request asks for, from its {@code offset} (default 0) and {@code limit}
 * (default {@value Params#DEFAULT_LIMIT}, at most {@value Params#MAX_LIMIT}) parameters. In an
 * answer with several lists, each list is paged the same way and says its own total.
 *
 * @param offset entries to skip
 * @param limit most entries a page holds
 */
record Paging(int offset, int limit) {
    /** The paging of the query parameters; a bad value is a 400 naming the parameter. */
    static Paging of(String offset, String limit) {
        return new Paging(Params.offset(offset), Params.limit(limit));
    }

    <T> Page<T> page(List<T> all) {
        return Page.of(all, offset, limit);
    }
}
