package org.accountsuccess.store.dataset;

import java.util.function.BiConsumer;

/** A check of one row that spans several of its columns, such as an end date not before the start date. */
@FunctionalInterface
interface RowRule {
    RowRule NONE = (row, baseCurrency, problem) -> {
    };

    /**
     * Checks the parsed values of {@code row} (a value that failed its own check is {@code null}).
     *
     * @param problem takes the column to blame and the reason
     */
    void check(DataRow row, String baseCurrency, BiConsumer<String, String> problem);
}
