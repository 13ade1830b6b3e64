package org.accountsuccess.console;

import java.io.PrintStream;

import org.accountsuccess.api.dataset.ImportProgress;

/**
 * Prints an import's progress as lines such as "checking contacts.csv: 20000 rows": one when a
 * phase or file starts, then one every {@value #EVERY} rows, so a large file shows it is moving
 * without flooding the console.
 */
final class ProgressLines implements ImportProgress {
    static final long EVERY = 10_000;

    private final PrintStream out;
    private String current = "";
    private long printedAt;

    ProgressLines(PrintStream out) {
        this.out = out;
    }

    @Override
    public void rowsDone(String phase, String file, long rows) {
        String step = phase + " " + file;
        if (!step.equals(current) || rows - printedAt >= EVERY) {
            out.println(step + ": " + rows + " rows");
            current = step;
            printedAt = rows;
        }
    }
}
