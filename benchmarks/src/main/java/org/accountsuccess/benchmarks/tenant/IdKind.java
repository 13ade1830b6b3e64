package org.accountsuccess.benchmarks.tenant;

/** The ids of generated rows: a prefix per kind and the row index, such as {@code a-123}. */
enum IdKind {
    ACCOUNT("a-"), CONTACT("c-"), RESPONSE("r-"), INVITATION("inv-"), CONTRACT("ctr-"), ACTIVITY("act-"), USER("u-");

    private final String prefix;

    IdKind(String prefix) {
        this.prefix = prefix;
    }

    String id(int row) {
        return prefix + row;
    }

    /**
     * The row that {@code id} names, or -1 when it names none below {@code count}. Only the exact
     * form {@link #id(int)} writes is read back: "a-007" or "a-+7" name no row.
     */
    int row(String id, int count) {
        if (id == null || !id.startsWith(prefix)) {
            return -1;
        }
        int digits = id.length() - prefix.length();
        if (digits < 1 || digits > 10 || (digits > 1 && id.charAt(prefix.length()) == '0')) {
            return -1;
        }
        long row = 0;
        for (int i = prefix.length(); i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            row = row * 10 + (c - '0');
        }
        return row < count ? (int) row : -1;
    }
}
